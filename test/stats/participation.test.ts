import { describe, expect, it } from 'vitest';
import { ledgerVillage } from '../ledger/fixture.js';
import { ADMIN, tempDir } from '../helpers.js';
import { exportTo, importFile, setUpTownship } from '../transfer/helpers.js';

/**
 * March 2026 in a 6-household village: everyone gets the yearly base score,
 * household 1 is graded "一般" (0 points), household 2 is deducted for gambling,
 * household 3 volunteers (approved), household 4 volunteers (still pending).
 * Only household 3 takes part.
 */
async function marchVillage() {
  const v = await ledgerVillage();
  const { core, clerk, reviewer, households, item } = v;
  const approve = async (r: { seqs: number[] }) => core.call(reviewer, 'ledger.review', { seqs: r.seqs, decision: 'approved' });
  await approve(await core.call(clerk, 'ledger.record', { itemId: item('户基础分（每年）').id, date: '2026-03-02', householdIds: households }));
  await approve(await core.call(clerk, 'ledger.record', { itemId: item('人居环境入户巡查评分').id, date: '2026-03-03', householdIds: [households[0]!], grade: '一般' }));
  await approve(await core.call(clerk, 'ledger.record', { itemId: item('参与赌博').id, date: '2026-03-04', householdIds: [households[1]!], note: '派出所通报' }));
  await approve(await core.call(clerk, 'ledger.record', { itemId: item('参加志愿服务').id, date: '2026-03-05', householdIds: [households[2]!] }));
  await core.call(clerk, 'ledger.record', { itemId: item('参加志愿服务').id, date: '2026-03-06', householdIds: [households[3]!] });
  return v;
}

describe('participation: an approved positive entry that is not the base score', () => {
  it('the village counts neither the base score, a 0-point grade, a deduction nor a pending entry', async () => {
    const { core, admin } = await marchVillage();
    const s = await core.call(admin, 'stats.village', { fromMonth: '2026-03', toMonth: '2026-03' });
    expect(s.participation).toEqual([{ month: '2026-03', participating: 1, households: 6, perMille: 167 }]);
  });

  it('the township applies the same rule to the package', async () => {
    const v = await marchVillage();
    const r = await exportTo(v.core, tempDir());
    const t = await setUpTownship();
    expect((await importFile(t.core, r.path!)).status).toBe('imported');
    const d = await t.core.call(ADMIN, 'township.dashboard', { period: '2026-03' });
    expect(d.villages[0]).toMatchObject({ households: 6, participating: 1 });
    const detail = await t.core.call(ADMIN, 'township.village', { uid: d.villages[0]!.uid, period: '2026-03' });
    expect(detail.months.map((m) => m.participating)).toEqual([1]);
    expect(detail.groups.reduce((n, g) => n + g.participating, 0)).toBe(1);
  });
});
