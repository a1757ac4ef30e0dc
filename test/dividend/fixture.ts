import type { ItemRow } from '../../electron/core/contract/checklist.js';
import { ledgerVillage } from '../ledger/fixture.js';

/**
 * 测试村 with households holding approved points in 2026-02 and 2026-03:
 * household i gets `volunteer` × 参加志愿服务 (15 points each, in February) and
 * 门前屋后清扫 × `sweep` (10 points each, at most 5, in March); by default 0, 25, 50, 30, 55, 80 points.
 */
export async function pointsVillage(opts: { households?: number; awards?: { volunteer: number; sweep: number }[] } = {}) {
  const v = await ledgerVillage({ households: opts.households ?? 6 });
  const { core, clerk, reviewer, households, item } = v;
  const awards = opts.awards ?? households.map((_, i) => ({ volunteer: i % 3, sweep: i }));
  const give = async (it: ItemRow, date: string, who: number[], quantity = 1) => {
    if (who.length === 0) return;
    const r = await core.call(clerk, 'ledger.record', { itemId: it.id, date, householdIds: who, quantity });
    await core.call(reviewer, 'ledger.review', { seqs: r.seqs, decision: 'approved' });
  };
  for (const [i, a] of awards.entries()) {
    const h = households[i]!;
    for (let k = 0; k < a.volunteer; k++) await give(item('参加志愿服务'), `2026-02-${String(10 + k).padStart(2, '0')}`, [h]);
    if (a.sweep > 0) await give(item('门前屋后清扫'), '2026-03-02', [h], a.sweep);
  }
  return v;
}
