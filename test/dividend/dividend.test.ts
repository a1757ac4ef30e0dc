import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { isoWithOffset } from '../../electron/core/api/time.js';
import type { DividendInput } from '../../electron/core/contract/dividend.js';
import { flat, pdfText, squash } from '../publications/pdf-tools.js';
import { pointsVillage } from './fixture.js';

const BASE: DividendInput = { title: '2026年集体经济分红', amount: '10,000.00', fromMonth: '2026-01', toMonth: '2026-03' };

const counts = (db: import('better-sqlite3').Database) =>
  ['dividends', 'dividend_shares', 'dividend_exclusions'].map((t) => (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n);

describe('dividend distribution', () => {
  it('previews shares proportional to the period points, to the fen, and records them with operator and time', async () => {
    const { core, admin, households, clock } = await pointsVillage();
    const p = await core.call(admin, 'dividends.preview', BASE);
    expect(p.totalPoints).toBe(240);
    // In 户号 order: the first group's households, then the second's.
    expect(p.shares.map((s) => s.points)).toEqual([50, 55, 25, 30, 80]);
    // 1,000,000 × 55/240 = 229166.67 and × 25/240 = 104166.67 carry the largest remainders: the two fen left over go to them.
    expect(p.shares.map((s) => s.shareFen)).toEqual([208_333, 229_167, 104_167, 125_000, 333_333]);
    expect(p.shares.reduce((n, s) => n + s.shareFen, 0)).toBe(1_000_000);
    expect(p.excluded).toEqual([expect.objectContaining({ householdId: households[0], points: 0, reason: '期间内没有获得积分' })]);
    expect(p.openMonths).toEqual(['2026-01', '2026-02', '2026-03']);

    const d = await core.call(admin, 'dividends.record', { ...BASE, basisHash: p.basisHash });
    expect(d).toMatchObject({ id: 1, amountFen: 1_000_000, households: 5, totalPoints: 240, operatorName: '王书记', createdAt: isoWithOffset(clock.now()) });
    expect(d.shares.map((s) => s.shareFen)).toEqual(p.shares.map((s) => s.shareFen));
    expect(await core.call(admin, 'dividends.list', {})).toEqual([expect.objectContaining({ id: 1, title: BASE.title })]);
  });

  it('applies the minimum points and the exclusion list with reasons', async () => {
    const { core, admin, households } = await pointsVillage();
    const p = await core.call(admin, 'dividends.preview', {
      ...BASE,
      amount: '¥100',
      minPoints: 30,
      exclusions: [{ householdId: households[5]!, reason: '违反村规民约，经村民代表大会决定取消当年分红' }],
    });
    expect(p.shares.map((s) => [s.points, s.shareFen])).toEqual([
      [50, 3704],
      [55, 4074],
      [30, 2222],
    ]);
    expect(p.excluded.map((x) => x.reason)).toEqual(['期间内没有获得积分', '积分不足 30 分', '违反村规民约，经村民代表大会决定取消当年分红']);
  });

  it('refuses zero points, bad amounts, a stale preview and a second recording, writing nothing', async () => {
    const { core, admin, clerk, reviewer, households, item } = await pointsVillage();
    const before = counts(core.db);
    await expect(core.call(admin, 'dividends.preview', { ...BASE, fromMonth: '2025-01', toMonth: '2025-12' })).rejects.toThrow('无法按积分分红');
    await expect(core.call(admin, 'dividends.preview', { ...BASE, amount: '10000.001' })).rejects.toThrow('两位小数');
    await expect(core.call(admin, 'dividends.preview', { ...BASE, amount: '0.00' })).rejects.toThrow('必须大于 0');
    await expect(core.call(admin, 'dividends.preview', { ...BASE, fromMonth: '2026-04' })).rejects.toThrow('开始月份不能晚于结束月份');
    await expect(core.call(clerk, 'dividends.record', { ...BASE, basisHash: 'a'.repeat(64) })).rejects.toThrow('没有“登记分红”的权限');

    const p = await core.call(admin, 'dividends.preview', BASE);
    const r = await core.call(clerk, 'ledger.record', { itemId: item('参加志愿服务').id, date: '2026-03-05', householdIds: [households[0]!] });
    await core.call(reviewer, 'ledger.review', { seqs: r.seqs, decision: 'approved' });
    await expect(core.call(admin, 'dividends.record', { ...BASE, basisHash: p.basisHash })).rejects.toThrow('请重新预览');
    expect(counts(core.db)).toEqual(before);

    const fresh = await core.call(admin, 'dividends.preview', BASE);
    await core.call(admin, 'dividends.record', { ...BASE, basisHash: fresh.basisHash });
    await expect(core.call(admin, 'dividends.record', { ...BASE, basisHash: fresh.basisHash })).rejects.toThrow('已经登记过了（第 1 号）');
    expect(counts(core.db)).toEqual([1, 6, 0]);
  });

  it('keeps a recorded distribution unchangeable in the database itself', async () => {
    const { core, admin } = await pointsVillage();
    const p = await core.call(admin, 'dividends.preview', BASE);
    await core.call(admin, 'dividends.record', { ...BASE, basisHash: p.basisHash });
    expect(() => core.db.prepare('UPDATE dividend_shares SET share_fen = share_fen + 1').run()).toThrow('分红明细只能追加，不能修改');
    expect(() => core.db.prepare('DELETE FROM dividends').run()).toThrow('分红记录只能追加，不能删除');
    expect(() => core.db.prepare('DELETE FROM dividend_exclusions').run()).toThrow('不能删除');
    const hh = core.db.prepare('SELECT id FROM households LIMIT 1').get() as { id: number };
    expect(() =>
      core.db.prepare("INSERT INTO dividend_shares VALUES (1, ?, '99999', '某', '某组', 1, 1)").run(hh.id),
    ).toThrow(/超过了分红金额|UNIQUE/);
  });

  it('prints the signing sheet as PDF and exports it as xlsx with the same figures', async () => {
    const { core, admin } = await pointsVillage();
    const p = await core.call(admin, 'dividends.preview', BASE);
    const d = await core.call(admin, 'dividends.record', { ...BASE, basisHash: p.basisHash });
    const pdf = await core.call(admin, 'dividends.sheetPdf', { id: d.id });
    expect(pdf.file.fileName).toBe('测试村2026年集体经济分红签领表-2026年1月至2026年3月.pdf');
    const text = squash(pdfText(Buffer.from(pdf.file.dataBase64, 'base64')));
    expect(flat(text)).toContain('测试村2026年集体经济分红签领表');
    expect(text).toMatch(/户主2 .*25 1,041\.67/);
    expect(text).toMatch(/户主6 .*80 3,333\.33/);
    expect(text).toMatch(/合计 240 10,000\.00/);
    expect(flat(text)).toContain('领取人签名');

    const xlsx = await core.call(admin, 'dividends.sheetXlsx', { id: d.id });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx.dataBase64, 'base64') as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('分红签领表')!;
    expect(ws.getCell('A3').value).toBe('计入项目：全部农户积分事项');
    expect(ws.getRow(5).values).toEqual([undefined, '序号', '户号', '户主', '村小组', '积分', '分红金额（元）', '领取人签名', '领取日期']);
    const body = [6, 7, 8, 9, 10].map((r) => ws.getRow(r).values as unknown[]);
    expect(body.map((v) => [v[3], v[5], v[6]])).toEqual([
      ['户主3', 50, 2083.33],
      ['户主5', 55, 2291.67],
      ['户主2', 25, 1041.67],
      ['户主4', 30, 1250],
      ['户主6', 80, 3333.33],
    ]);
    expect((ws.getRow(11).values as unknown[]).slice(1, 7)).toEqual(['合计', '', '', '', 240, 10000]);
  });
});
