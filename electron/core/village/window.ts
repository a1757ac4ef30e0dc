import type { Database } from 'better-sqlite3';
import type { Ctx } from '../api/context.js';
import { UserError } from '../api/errors.js';
import { addDays, localDate } from '../api/time.js';
import { readSetting } from './village.js';

/** 补录起始日期: an admin may open dates before the village started using cunji, to enter paper records. */
export const BACKFILL_FROM_SETTING = 'village.backfillFrom';
/** Days ahead an activity may be planned (points are never dated ahead). */
export const PLAN_AHEAD_SETTING = 'village.planAheadDays';
export const DEFAULT_PLAN_AHEAD_DAYS = 30;

export interface DateWindow {
  /** First day a record may carry: the 补录 start date, else the day the village was set up. */
  from: string;
  /** Today: points and stock are never dated ahead. */
  today: string;
  /** Last day an activity may be planned for. */
  planUntil: string;
}

export function dateWindow(db: Database, today: string): DateWindow {
  const created = db.prepare('SELECT substr(created_at, 1, 10) FROM village WHERE id = 1').pluck().get() as string | undefined;
  const backfill = readSetting<string | null>(db, BACKFILL_FROM_SETTING, null);
  const from = backfill ?? created ?? today;
  return { from, today, planUntil: addDays(today, readSetting(db, PLAN_AHEAD_SETTING, DEFAULT_PLAN_AHEAD_DAYS)) };
}

/**
 * Refuses a date outside the village's window: before it started (or the
 * 补录 start date), or after today (`ahead: true` allows the planning grace).
 * An entry is append-only, so a wrong year would stay for ever.
 */
export function assertInWindow(db: Database, today: string, date: string, label: string, opts: { ahead?: boolean } = {}): void {
  const w = dateWindow(db, today);
  if (date < w.from) {
    throw new UserError(
      'DATE_OUT_OF_WINDOW',
      `${label}“${date}”早于本村开始使用的日期 ${w.from}。补录更早的记录，请管理员先在“积分设置”中设定补录起始日期`,
    );
  }
  const until = opts.ahead ? w.planUntil : w.today;
  if (date > until) {
    throw new UserError(
      'DATE_OUT_OF_WINDOW',
      opts.ahead ? `${label}“${date}”太远了：最多只能提前安排到 ${until}` : `${label}“${date}”还没有到（今天是 ${w.today}），不能提前记录`,
    );
  }
}

/** `assertInWindow` for a handler: today comes from the context's clock. */
export function checkDate(ctx: Ctx, date: string, label: string, opts: { ahead?: boolean } = {}): void {
  assertInWindow(ctx.db, localDate(ctx.clock.now()), date, label, opts);
}
