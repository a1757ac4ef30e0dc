import type { Database } from 'better-sqlite3';
import { STATUS_SQL } from '../ledger/entries.js';

/** A household on the roster with the 累计积分 it earned in a period. */
export interface HouseholdPeriodPoints {
  householdId: number;
  number: string;
  headName: string;
  groupName: string;
  points: number;
  /** 1 = most points; equal points share a rank (1, 2, 2, 4). */
  rank: number;
}

export const monthStart = (month: string) => `${month}-01`;
/** Dates are compared as text, so "-31" closes every month. */
export const monthEnd = (month: string) => `${month}-31`;

/**
 * Every active household with the approved `earn` points dated in
 * [fromMonth, toMonth] (累计积分 of the period; spending never lowers it),
 * ranked; a dividend may leave some items' points out. Used by dividends, star households and the statistics page, and
 * timed by bench/cases/month-ranking.ts.
 */
export function periodPoints(db: Database, fromMonth: string, toMonth: string, leftOutItems: readonly number[] = []): HouseholdPeriodPoints[] {
  // Only a dividend leaves items out; the usual query stays as it was (and as the bench times it).
  const leftOut = leftOutItems.length
    ? `AND coalesce((SELECT v.item_id FROM item_versions v WHERE v.id = e.item_version_id), 0) NOT IN (SELECT value FROM json_each(@leftOut))`
    : '';
  return db
    .prepare(
      `SELECT h.id AS householdId, h.number, h.head_name AS headName, g.name AS groupName, coalesce(p.points, 0) AS points,
              rank() OVER (ORDER BY coalesce(p.points, 0) DESC) AS rank
       FROM households h
       JOIN groups g ON g.id = h.group_id
       LEFT JOIN (
         SELECT e.household_id, sum(e.points) AS points FROM entries e
         WHERE e.household_id IS NOT NULL AND e.kind = 'earn' AND e.date >= @from AND e.date <= @to AND ${STATUS_SQL} = 'approved' ${leftOut}
         GROUP BY e.household_id
       ) p ON p.household_id = h.id
       WHERE h.status = 'active'
       ORDER BY rank, g.sort, h.number`,
    )
    .all({ from: monthStart(fromMonth), to: monthEnd(toMonth), ...(leftOutItems.length ? { leftOut: JSON.stringify(leftOutItems) } : {}) }) as HouseholdPeriodPoints[];
}

/** Entries of a period still waiting for review, and its months not yet closed. */
export function periodOpenness(db: Database, fromMonth: string, toMonth: string): { pendingEntries: number; openMonths: string[] } {
  const pending = db
    .prepare(`SELECT count(*) AS n FROM entries e WHERE e.date >= ? AND e.date <= ? AND ${STATUS_SQL} = 'pending'`)
    .get(monthStart(fromMonth), monthEnd(toMonth)) as { n: number };
  const closed = new Set(
    (db.prepare('SELECT month FROM month_closures WHERE month >= ? AND month <= ?').all(fromMonth, toMonth) as { month: string }[]).map((r) => r.month),
  );
  return { pendingEntries: pending.n, openMonths: monthsBetween(fromMonth, toMonth).filter((m) => !closed.has(m)) };
}

/** ['2026-01', …, '2026-12'] — inclusive. */
export function monthsBetween(fromMonth: string, toMonth: string): string[] {
  const out: string[] = [];
  let y = Number(fromMonth.slice(0, 4));
  let m = Number(fromMonth.slice(5, 7));
  for (;;) {
    const cur = `${y}-${String(m).padStart(2, '0')}`;
    if (cur > toMonth) return out;
    out.push(cur);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
}
