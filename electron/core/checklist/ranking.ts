import type { Database } from 'better-sqlite3';
import { UserError } from '../api/errors.js';
import type { CadreRankRow, CadreRanking } from '../contract/checklist.js';
import { STATUS_SQL } from '../ledger/entries.js';
import { competitionRanks } from '../publications/periods.js';
import { cadreDuties } from './cadence.js';

/**
 * The yearly cadre ranking behind 党员干部评先评优: every cadre who served in
 * the year, ranked by approved points (a correction is an entry of its own,
 * so summing nets it), with the completion rate of the items due over the
 * year. While the year runs only what has fallen due up to today counts, so
 * a yearly item is not "open" in June.
 */
export function cadreRanking(db: Database, year: number, today: string): CadreRanking {
  const thisYear = Number(today.slice(0, 4));
  if (year > thisYear) throw new UserError('FUTURE_YEAR', `年份不能晚于今年（${thisYear} 年）`);
  const from = `${year}-01-01`;
  const through = year === thisYear ? today : `${year}-12-31`;
  const points = new Map(
    (
      db
        .prepare(
          `SELECT e.cadre_id AS id, sum(e.points) AS points FROM entries e
           WHERE e.subject = 'cadre' AND e.date >= ? AND e.date <= ? AND ${STATUS_SQL} = 'approved' GROUP BY e.cadre_id`,
        )
        .all(from, through) as { id: number; points: number }[]
    ).map((r) => [r.id, r.points]),
  );
  const cadres = cadreDuties(db, { from, to: through }).map((c) => ({
    cadreId: c.cadreId,
    name: c.name,
    post: c.post,
    points: points.get(c.cadreId) ?? 0,
    due: c.due,
    done: c.done,
    rate: c.rate,
  }));
  const ranks = competitionRanks(cadres.map((c) => c.points));
  const rows: CadreRankRow[] = cadres
    .map((c, i) => ({ ...c, rank: ranks[i] as number }))
    // within a shared rank the better completion reads first; it does not change the rank
    .sort((a, b) => a.rank - b.rank || (b.rate ?? -1) - (a.rate ?? -1) || a.cadreId - b.cadreId);
  return { year, through, rows };
}
