import { describe, expect, it } from 'vitest';
import type { DividendInput } from '../../electron/core/contract/dividend.js';
import { flat, pdfText } from '../publications/pdf-tools.js';
import { pointsVillage } from './fixture.js';

const BASE: DividendInput = { title: '2026年集体经济分红', amount: '10,000.00', fromMonth: '2026-01', toMonth: '2026-03' };

/** The points village (0, 25, 50, 30, 55, 80 points) where every household also got the 100-point base score in January. */
async function villageWithBase() {
  const v = await pointsVillage();
  const base = v.item('户基础分（每年）');
  const r = await v.core.call(v.clerk, 'ledger.record', { itemId: base.id, date: '2026-01-05', householdIds: v.households });
  await v.core.call(v.reviewer, 'ledger.review', { seqs: r.seqs, decision: 'approved' });
  return { ...v, base };
}

describe('dividend items: which items count', () => {
  it('splits by earned points only when the base score is left out, and stores and prints the selection', async () => {
    const { core, admin, base, households } = await villageWithBase();
    const all = await core.call(admin, 'dividends.preview', BASE);
    expect(all.totalPoints).toBe(840);
    expect(all.shares.map((s) => s.points)).toEqual([100, 150, 155, 125, 130, 180]);
    expect(all.items.every((i) => i.counted)).toBe(true);

    const input = { ...BASE, leftOutItems: [base.id] };
    const earned = await core.call(admin, 'dividends.preview', input);
    expect(earned.totalPoints).toBe(240);
    expect(earned.shares.map((s) => [s.points, s.shareFen])).toEqual([
      [50, 208_333],
      [55, 229_167],
      [25, 104_167],
      [30, 125_000],
      [80, 333_333],
    ]);
    expect(earned.excluded).toEqual([expect.objectContaining({ householdId: households[0], reason: '期间内没有获得积分' })]);
    expect(earned.basisHash).not.toBe(all.basisHash);

    const d = await core.call(admin, 'dividends.record', { ...input, basisHash: earned.basisHash });
    const again = await core.call(admin, 'dividends.get', { id: d.id });
    expect(again.items.filter((i) => !i.counted)).toEqual([{ itemId: base.id, category: '基础分', name: '户基础分（每年）', counted: false }]);
    expect(again.items.filter((i) => i.counted).length).toBeGreaterThan(10);

    const pdf = await core.call(admin, 'dividends.sheetPdf', { id: d.id });
    const text = flat(pdfText(Buffer.from(pdf.file.dataBase64, 'base64')));
    expect(text).toContain('计入项目：民主参与；');
    expect(text).toContain('不计入：户基础分（每年）');
    expect(text).not.toMatch(/计入项目：[^不]*基础分/);
  });

  it('refuses an item that is not a household item, a repeated one, or leaving every item out, writing nothing', async () => {
    const { core, admin, base, item } = await villageWithBase();
    await expect(core.call(admin, 'dividends.preview', { ...BASE, leftOutItems: [base.id, base.id] })).rejects.toThrow('不计入分红的项目里有重复');
    await expect(core.call(admin, 'dividends.preview', { ...BASE, leftOutItems: [item('调解矛盾纠纷').id] })).rejects.toThrow('不存在的农户积分事项');
    const every = (core.db.prepare("SELECT id FROM items WHERE subject = 'household'").all() as { id: number }[]).map((r) => r.id);
    await expect(core.call(admin, 'dividends.preview', { ...BASE, leftOutItems: every })).rejects.toThrow('请至少留一项');
    expect((core.db.prepare('SELECT count(*) AS n FROM dividend_items').get() as { n: number }).n).toBe(0);
  });
});
