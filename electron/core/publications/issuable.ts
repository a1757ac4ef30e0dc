import type { Database } from 'better-sqlite3';
import type { PublicationInput } from '../contract/publications.js';
import { UserError } from '../api/errors.js';
import { STATUS_SQL } from '../ledger/entries.js';
import { dateWindow } from '../village/window.js';
import { boardPeriod, monthPeriod, quarterPeriod, weekPeriod, type Period } from './periods.js';

export function periodOf(input: PublicationInput): Period {
  switch (input.kind) {
    case 'monthly':
      return monthPeriod(input.month);
    case 'quarterly':
      return quarterPeriod(input.quarter);
    case 'dutyWeekly':
      return weekPeriod(input.weekStart);
    default:
      return boardPeriod(input.period);
  }
}

/**
 * A publication is registered for ever, so an empty one or one for a period
 * before the village used cunji must not get in: refuses those and periods
 * not yet begun; returns how many households (or cadres, for the weekly duty
 * publication) it shows.
 */
export function checkIssuable(db: Database, input: PublicationInput, today: string): { period: Period; people: number } {
  const period = periodOf(input);
  const w = dateWindow(db, today);
  if (period.to < w.from) {
    throw new UserError('BEFORE_VILLAGE', `${period.label}在本村开始使用本系统（${w.from}）之前，没有可以公示的记录`);
  }
  if (period.from > today) throw new UserError('FUTURE_PERIOD', `${period.label}还没有到，不能公示`);
  const cadres = input.kind === 'dutyWeekly';
  const people = db
    .prepare(
      `SELECT count(DISTINCT ${cadres ? 'e.cadre_id' : 'e.household_id'}) FROM entries e
       WHERE e.subject = ? AND e.date >= ? AND e.date <= ? AND ${STATUS_SQL} ${cadres ? "<> 'rejected'" : "= 'approved'"}`,
    )
    .pluck()
    .get(cadres ? 'cadre' : 'household', period.from, period.to) as number;
  if (people === 0) {
    throw new UserError('NOTHING_TO_PUBLISH', cadres ? `${period.label}没有干部职责记分，不能正式发布` : `${period.label}没有审核通过的积分记录，不能正式发布`);
  }
  return { period, people };
}
