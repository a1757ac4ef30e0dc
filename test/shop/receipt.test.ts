import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { flat, pageOnePng, pageSizePts, pdfText } from '../publications/pdf-tools.js';
import { shopVillage } from './fixture.js';

describe('receipt and reports', () => {
  it('receipt on 58 mm, 80 mm and A5 shows village, number, masked household, items, points before and after, cashier; a voided one says 已作废', async () => {
    const { core, cashier, households, soap, rice } = await shopVillage({ points: 300 });
    const r = await core.call(cashier, 'shop.redeem', { key: 'receipt-cart-01', householdId: households[0]!, lines: [{ goodsId: soap, quantity: 1 }, { goodsId: rice, quantity: 2 }] });
    const pdf = async (paper: 'roll58' | 'roll80' | 'A5') => Buffer.from((await core.call(cashier, 'shop.receipt.pdf', { id: r.id, paper })).file.dataBase64, 'base64');
    const roll = await pdf('roll58');
    const text = flat(pdfText(roll));
    for (const s of ['测试村积分超市', '兑换凭证', '20260315-001', '户*1', '洗衣粉', '大米5kg', '合计积分178', '兑换前可用积分300', '兑换后可用积分122', '收银员王书记']) {
      expect(text).toContain(s);
    }
    expect(text).not.toContain('户主1');
    expect(pageSizePts(roll).width).toBe(164);
    expect(pageSizePts(await pdf('roll80')).width).toBe(227);
    expect(pageSizePts(await pdf('A5'))).toEqual({ width: 420, height: 595 });
    pageOnePng(roll, 'shop-receipt-58');

    await core.call(cashier, 'shop.void', { id: r.id, reason: '农户退回' });
    const voided = await pdf('roll80');
    expect(flat(pdfText(voided))).toContain('【已作废】');
    expect(flat(pdfText(voided))).toContain('农户退回');
    pageOnePng(voided, 'shop-receipt-80-void');
  });

  it('exports 日结, goods movement, stock list and donations as .xlsx', async () => {
    const { core, cashier, households, soap, tissue, admin } = await shopVillage();
    await core.call(admin, 'shop.stock.in', { goodsId: soap, kind: 'donation', quantity: 4, date: '2026-03-12', donorKind: 'unit', donorName: '县人民医院' });
    await core.call(cashier, 'shop.redeem', { key: 'xlsx-cart-0001', householdId: households[0]!, lines: [{ goodsId: tissue, quantity: 1 }] });
    const read = async (report: 'day' | 'movement' | 'stock' | 'donations') => {
      const f = await core.call(cashier, 'shop.report.export', { report, date: '2026-03-15', from: '2026-03-01', to: '2026-03-31' });
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(f.dataBase64, 'base64') as unknown as ArrayBuffer);
      return { name: f.fileName, values: wb.worksheets.map((ws) => Array.from(ws.getSheetValues(), (r) => (Array.isArray(r) ? r.slice(1) : []))) };
    };
    const day = await read('day');
    expect(day.name).toBe('测试村积分超市日结-2026-03-15.xlsx');
    expect(day.values[0]![2]).toEqual(['王书记', 1, 50, 0, 0]);
    expect((await read('donations')).values[0]![2]).toEqual(['2026-03-12', '帮扶单位', '县人民医院', '洗衣粉', 4, '袋', 400, '']);
    const stock = (await read('stock')).values[0]!;
    expect(stock.find((r) => r[1] === '抽纸')).toEqual(['日化', '抽纸', '提', 50, '6901234567003', 1, 3, '库存不足']);
    const movement = (await read('movement')).values[0]!;
    expect(movement.find((r) => r[1] === '洗衣粉')).toEqual(['日化', '洗衣粉', '袋', 0, 10, 4, 0, 0, 0, 14]);
  });
});
