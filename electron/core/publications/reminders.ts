import type { Database } from 'better-sqlite3';
import type { PublicationReminder } from '../contract/publications.js';
import { addDays, monthPeriod, quarterPeriod, weekPeriod } from './periods.js';

/**
 * What the office should issue next, from the register and today's date:
 * last week's cadre notice (once the village has duty items with owners), last
 * month's notice until the 10th, and last quarter's notice in the quarter's
 * first month. A notice already issued is never asked for again.
 */
export function publicationReminders(issued: readonly { kind: string; period: string }[], today: string, hasDuties: boolean): PublicationReminder[] {
  const done = new Set(issued.map((p) => `${p.kind}:${p.period}`));
  const out: PublicationReminder[] = [];
  const lastWeek = weekPeriod(addDays(today, -7));
  if (hasDuties && !done.has(`dutyWeekly:${lastWeek.key}`)) out.push({ kind: 'dutyWeekly', period: lastWeek.key, periodLabel: lastWeek.label, deadline: null });
  const lastMonth = monthPeriod(addDays(`${today.slice(0, 7)}-01`, -1).slice(0, 7));
  if (Number(today.slice(8, 10)) <= 10 && !done.has(`monthly:${lastMonth.key}`)) {
    out.push({ kind: 'monthly', period: lastMonth.key, periodLabel: lastMonth.label, deadline: `${today.slice(0, 7)}-10` });
  }
  const month = Number(today.slice(5, 7));
  if (month % 3 === 1) {
    const prev = addDays(`${today.slice(0, 7)}-01`, -1);
    const quarter = quarterPeriod(`${prev.slice(0, 4)}-Q${Math.ceil(Number(prev.slice(5, 7)) / 3)}`);
    if (!done.has(`quarterly:${quarter.key}`)) out.push({ kind: 'quarterly', period: quarter.key, periodLabel: quarter.label, deadline: null });
  }
  return out;
}

export function villageReminders(db: Database, today: string): PublicationReminder[] {
  const issued = db.prepare('SELECT kind, period FROM publications').all() as { kind: string; period: string }[];
  const hasDuties = db.prepare("SELECT 1 FROM items WHERE subject = 'cadre' AND active = 1 AND cadre_id IS NOT NULL LIMIT 1").get() !== undefined;
  return publicationReminders(issued, today, hasDuties);
}
