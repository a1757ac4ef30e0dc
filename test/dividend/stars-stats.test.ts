import { describe, expect, it } from 'vitest';
import { flat, pdfText } from '../publications/pdf-tools.js';
import { shopVillage } from '../shop/fixture.js';
import { pointsVillage } from './fixture.js';

describe('star households (星级文明户)', () => {
  it('rates every active household of a year by the latest thresholds the village set', async () => {
    const { core, admin, clerk } = await pointsVillage();
    expect(await core.call(admin, 'stars.rule', { year: 2026 })).toBeNull();
    await expect(core.call(admin, 'stars.listPdf', { year: 2026 })).rejects.toThrow('还没有设定 2026 年的星级评定标准');
    await expect(core.call(admin, 'stars.saveRule', { year: 2026, thresholds: [30, 30] })).rejects.toThrow('星级越高');
    await expect(core.call(clerk, 'stars.saveRule', { year: 2026, thresholds: [30] })).rejects.toThrow('权限');
    await core.call(admin, 'stars.saveRule', { year: 2026, thresholds: [20, 40, 60] });
    const rule = await core.call(admin, 'stars.saveRule', { year: 2026, thresholds: [30, 50, 80], note: '村民代表大会 2026-01-10 通过' });
    expect(rule).toMatchObject({ thresholds: [30, 50, 80], operatorName: '王书记' });

    const list = await core.call(clerk, 'stars.list', { year: 2026 });
    expect(list.rows.map((r) => [r.headName, r.points, r.stars])).toEqual([
      ['户主6', 80, 3],
      ['户主3', 50, 2],
      ['户主5', 55, 2],
      ['户主4', 30, 1],
      ['户主1', 0, 0],
      ['户主2', 25, 0],
    ]);
    expect(list.counts).toEqual([2, 1, 2, 1]);
    expect(() => core.db.prepare('UPDATE star_rules SET star1 = 1').run()).toThrow('星级评定标准只能追加');

    const pdf = await core.call(clerk, 'stars.listPdf', { year: 2026 });
    const text = flat(pdfText(Buffer.from(pdf.file.dataBase64, 'base64')));
    expect(text).toContain('测试村2026年度星级文明户名单');
    expect(text).toContain('三星级文明户（1户）');
    expect(text).toContain('户主6');
    expect(text).not.toContain('户主2');

    const certs = await core.call(clerk, 'stars.certificatesPdf', { year: 2026, minStars: 2 });
    expect(certs.pages).toBe(3);
    const certText = flat(pdfText(Buffer.from(certs.file.dataBase64, 'base64')));
    expect(certText).toContain('户主6户');
    expect(certText).toContain('三星级文明户');
    expect(certText).not.toContain('户主4');
    await expect(core.call(clerk, 'stars.certificatesPdf', { year: 2026, minStars: 4 })).rejects.toThrow('没有达到 4 星');
  });
});

describe('village statistics', () => {
  it('counts participation, points by list and item, operators, duties and pending reviews', async () => {
    const { core, admin, clerk, reviewer, cadres, households, item } = await pointsVillage();
    const mediate = item('调解矛盾纠纷');
    await core.call(admin, 'checklist.assign', { itemId: mediate.id, cadreId: cadres[0]! });
    const duty = await core.call(clerk, 'ledger.record', { itemId: mediate.id, date: '2026-03-13', cadreId: cadres[0]!, note: '调解邻里纠纷' });
    await core.call(reviewer, 'ledger.review', { seqs: duty.seqs, decision: 'approved' });
    await core.call(clerk, 'ledger.record', { itemId: item('参加志愿服务').id, date: '2026-03-14', householdIds: [households[0]!] });

    const s = await core.call(admin, 'stats.village', { fromMonth: '2026-01', toMonth: '2026-12' });
    expect(s.months).toHaveLength(12);
    expect(s.participation.slice(0, 4)).toEqual([
      { month: '2026-01', participating: 0, households: 6, perMille: 0 },
      { month: '2026-02', participating: 4, households: 6, perMille: 667 },
      { month: '2026-03', participating: 5, households: 6, perMille: 833 },
      { month: '2026-04', participating: 0, households: 6, perMille: 0 },
    ]);
    // Households' 240 points and the cadre's duty points; the pending entry does not count.
    expect(s.byList.reduce((n, r) => n + r.points, 0)).toBe(240 + mediate.points!);
    expect(s.topItems.slice(0, 2).map((t) => [t.itemName, t.entries, t.points])).toEqual([
      ['参加志愿服务', 6, 90],
      ['门前屋后清扫', 5, 150],
    ]);
    expect(s.operators).toEqual([{ operatorName: '张文书', recorded: 13, approved: 12, rejected: 0, pending: 1 }]);
    expect(s.duties.find((d) => d.cadreName === '李主任')).toMatchObject({ assigned: 1, done: 1, perMille: 1000, points: mediate.points });
    expect(s.duties.find((d) => d.cadreName === '陈委员')).toMatchObject({ assigned: 0, done: 0, perMille: 0 });
    expect(s.pending).toEqual([{ month: '2026-03', entries: 1, points: 15 }]);
    await expect(core.call(admin, 'stats.village', { fromMonth: '2026-05', toMonth: '2026-01' })).rejects.toThrow('开始月份不能晚于结束月份');
  });
});

describe('village statistics: the supermarket', () => {
  it('counts redemptions without the voided ones, donations and donors, and values the stock at points prices', async () => {
    const { core, admin, cashier, households, soap, rice } = await shopVillage();
    await core.call(admin, 'shop.stock.in', { goodsId: rice, kind: 'donation', quantity: 3, date: '2026-03-12', donorKind: 'enterprise', donorName: '打安镇供销社' });
    await core.call(cashier, 'shop.redeem', { key: 'stats-cart-0001', householdId: households[0]!, lines: [{ goodsId: soap, quantity: 1 }] });
    await core.call(cashier, 'shop.redeem', { key: 'stats-cart-0002', householdId: households[1]!, lines: [{ goodsId: rice, quantity: 2 }] });
    const wrong = await core.call(cashier, 'shop.redeem', { key: 'stats-cart-0003', householdId: households[2]!, lines: [{ goodsId: soap, quantity: 1 }] });
    await core.call(cashier, 'shop.void', { id: wrong.id, reason: '拿错商品' });

    const { shop } = await core.call(admin, 'stats.village', { fromMonth: '2026-02', toMonth: '2026-03' });
    expect(shop.months).toEqual([
      { month: '2026-02', redemptions: 0, households: 0, points: 0, donations: 0, donatedUnits: 0, donatedPoints: 0 },
      { month: '2026-03', redemptions: 2, households: 2, points: 178, donations: 1, donatedUnits: 3, donatedPoints: 117 },
    ]);
    // 洗衣粉 9 × 100 + 大米 6 × 39 + 抽纸 2 × 50
    expect(shop.stock).toEqual({ goods: 3, units: 17, points: 1234 });
    expect(shop.donors).toEqual([{ donorName: '打安镇供销社', donations: 1, units: 3, points: 117 }]);
  });
});
