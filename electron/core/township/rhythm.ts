import type { Database } from 'better-sqlite3';
import { addDays } from '../api/time.js';
import type { Rhythm } from '../contract/township.js';
import { lastDayOfMonth, monthPeriod, quarterPeriod, weekPeriod } from '../publications/periods.js';

/**
 * 一月一审核、一季一公示 as the township sees it in the packages. The rules
 * (stated on the township screen and in the README):
 * - a month is closed on time when closed by the 10th of the next month;
 * - the monthly notice is on time by the 10th of the next month;
 * - the quarterly notice within the first month of the next quarter;
 * - a weekly cadre notice within its week (only issued ones are counted: a
 *   village need not use them).
 * A month or quarter counts once its deadline has passed (or it is done), and
 * not before the village's first entry; a notice only for a month or quarter
 * with approved entries (a village cannot publish an empty period).
 */

const nextMonth = (month: string): string => addDays(lastDayOfMonth(month), 1).slice(0, 7);
export const monthDeadline = (month: string): string => `${nextMonth(month)}-10`;
const quarterDeadline = (quarter: string): string => lastDayOfMonth(nextMonth(quarterPeriod(quarter).months[2] as string));

interface Done {
  /** Local date it was done, or undefined when not (yet). */
  on: string | undefined;
  deadline: string;
  label: string;
}

interface VillageRecords {
  closures: Map<string, string>;
  /** Earliest issue date per `kind|period`. */
  issued: Map<string, string>;
  weekly: { period: string; on: string }[];
  /** Months with approved entries. */
  active: Set<string>;
}

const months = (period: string): string[] =>
  period.length === 7 ? [period] : Array.from({ length: 12 }, (_, i) => `${period}-${String(i + 1).padStart(2, '0')}`);

/** Tally of due things: on time, late (done after the deadline) and missing (deadline passed, not done). */
function tally(items: Done[], today: string, late: string[], what: string): { due: number; onTime: number } {
  let due = 0;
  let onTime = 0;
  for (const d of items) {
    if (d.on === undefined && d.deadline >= today) continue;
    due++;
    if (d.on !== undefined && d.on <= d.deadline) onTime++;
    else late.push(`${d.label}${what}${d.on === undefined ? '未完成' : '逾期'}`);
  }
  return { due, onTime };
}

/** The period's months, quarters and weeks with their deadlines and labels, worked out once for every village. */
interface Calendar {
  months: { month: string; deadline: string; label: string }[];
  quarters: { quarter: string; lastMonth: string; months: string[]; deadline: string; label: string }[];
  week(start: string): { deadline: string; label: string };
}

function calendarOf(period: string): Calendar {
  const weeks = new Map<string, { deadline: string; label: string }>();
  return {
    months: months(period).map((m) => ({ month: m, deadline: monthDeadline(m), label: monthPeriod(m).label })),
    quarters: months(period)
      .filter((m) => Number(m.slice(5, 7)) % 3 === 0)
      .map((m) => {
        const q = quarterPeriod(`${m.slice(0, 4)}-Q${Number(m.slice(5, 7)) / 3}`);
        return { quarter: q.key, lastMonth: m, months: q.months, deadline: quarterDeadline(q.key), label: q.label };
      }),
    week(start) {
      let w = weeks.get(start);
      if (!w) weeks.set(start, (w = { deadline: addDays(start, 6), label: weekPeriod(start).label }));
      return w;
    },
  };
}

function rhythmOf(r: VillageRecords, cal: Calendar, period: string, firstMonth: string | null, today: string): Rhythm {
  const late: string[] = [];
  const ms = firstMonth === null ? [] : cal.months.filter((m) => m.month >= firstMonth);
  const closed = tally(
    ms.map((m) => ({ on: r.closures.get(m.month), deadline: m.deadline, label: m.label })),
    today,
    late,
    '结账',
  );
  const quarters = cal.quarters.filter((q) => firstMonth !== null && q.lastMonth >= firstMonth && q.months.some((m) => r.active.has(m)));
  const notices: Done[] = [
    ...ms.filter((m) => r.active.has(m.month)).map((m) => ({ on: r.issued.get(`monthly|${m.month}`), deadline: m.deadline, label: `${m.label}月公示` })),
    ...quarters.map((q) => ({ on: r.issued.get(`quarterly|${q.quarter}`), deadline: q.deadline, label: `${q.label}公示` })),
    ...r.weekly.filter((w) => w.period.startsWith(period)).map((w) => ({ on: w.on, ...cal.week(w.period), label: `${cal.week(w.period).label}干部周公示` })),
  ];
  const published = tally(notices, today, late, '');
  return { monthsDue: closed.due, monthsOnTime: closed.onTime, noticesDue: published.due, noticesOnTime: published.onTime, late };
}

/** Each village's rhythm for the period (`YYYY` or `YYYY-MM`), from the newest package's closures and publications register. */
export function rhythms(db: Database, period: string, today: string, firstMonths: Map<string, string | null>): Map<string, Rhythm> {
  const year = period.slice(0, 4);
  const records = new Map<string, VillageRecords>();
  const of = (uid: string) => {
    let r = records.get(uid);
    if (!r) records.set(uid, (r = { closures: new Map(), issued: new Map(), weekly: [], active: new Set() }));
    return r;
  };
  // year ranges on the covering indexes of migration 013: every key of the year sorts between 'YYYY' and 'YYYY+1'
  const range = [year, String(Number(year) + 1)];
  const closures = db.prepare('SELECT village_uid AS uid, month, substr(closed_at, 1, 10) AS on_ FROM township_closures WHERE month > ? AND month < ?').all(...range) as {
    uid: string;
    month: string;
    on_: string;
  }[];
  for (const c of closures) of(c.uid).closures.set(c.month, c.on_);
  const pubs = db
    .prepare("SELECT village_uid AS uid, kind, period, substr(issued_at, 1, 10) AS on_ FROM township_publications WHERE period > ? AND period < ? AND kind IN ('monthly', 'quarterly', 'dutyWeekly')")
    .all(...range) as { uid: string; kind: string; period: string; on_: string }[];
  for (const p of pubs) {
    // a period issued again (a corrected notice) counts from its first issue
    const r = of(p.uid);
    const key = `${p.kind}|${p.period}`;
    const first = r.issued.get(key);
    if (first === undefined || p.on_ < first) r.issued.set(key, p.on_);
  }
  for (const r of records.values()) {
    for (const [key, on] of r.issued) if (key.startsWith('dutyWeekly|')) r.weekly.push({ period: key.slice(11), on });
  }
  const active = db.prepare('SELECT village_uid AS uid, period FROM township_period_stats WHERE period > ? AND period < ? AND length(period) = 7').all(...range) as {
    uid: string;
    period: string;
  }[];
  for (const a of active) of(a.uid).active.add(a.period);
  const cal = calendarOf(period);
  return new Map([...firstMonths].map(([uid, first]) => [uid, rhythmOf(of(uid), cal, period, first, today)]));
}
