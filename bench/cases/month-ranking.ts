import { periodPoints } from '../../electron/core/stats/points.js';
import { interleave, type BenchCase } from '../harness.js';
import { pointsVillage, SESSION } from './points-village.js';

const MONTHS = ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03'];

/**
 * A village with a year and a quarter of reviewed entries: every month two
 * batch awards to all households and a few single entries, all approved by
 * review (so statuses come from the review rows, as in the field). Subject:
 * the month balances and ranking that publications, dividends and statistics
 * read (`periodPoints`). Floor: a bare GROUP BY over the same month's rows.
 */
export const monthRanking: BenchCase = {
  id: 'month-ranking',
  title: '1,000 户月度积分与排名 / month balances and ranking',
  async run({ quick, workDir }) {
    const households = quick ? 20 : 1000;
    const months = quick ? MONTHS.slice(-2) : MONTHS;
    const { core, ids, itemId } = await pointsVillage(workDir, households, '2026-03-31T18:00:00+08:00');
    try {
      for (const [i, m] of months.entries()) {
        const seqs = [
          ...(await core.call(SESSION, 'ledger.record', { itemId, date: `${m}-05`, householdIds: ids })).seqs,
          ...(await core.call(SESSION, 'ledger.record', { itemId, date: `${m}-20`, householdIds: ids.filter((_, k) => (k + i) % 3 === 0) })).seqs,
        ];
        for (let k = 0; k < seqs.length; k += 5000) await core.call(SESSION, 'ledger.review', { seqs: seqs.slice(k, k + 5000), decision: 'approved' });
      }
      const month = months[months.length - 1]!;
      const n = quick ? 3 : 30;
      const bare = core.db.prepare(
        `SELECT household_id, sum(points) AS points FROM entries WHERE household_id IS NOT NULL AND date >= ? AND date <= ? GROUP BY household_id`,
      );
      const { subject, floor } = await interleave(n, { run: () => periodPoints(core.db, month, month) }, { run: () => bare.all(`${month}-01`, `${month}-31`) });
      const entries = (core.db.prepare('SELECT count(*) AS n FROM entries').get() as { n: number }).n;
      return { status: 'measured', subject, floor, floorLabel: 'bare SELECT household_id, sum(points) … GROUP BY', size: `${households} households, ${entries} entries` };
    } finally {
      core.db.close();
    }
  },
};
