/** Calendar periods of publications: months, quarters (2026-Q1) and Monday-to-Sunday weeks. */
import { addDays } from '../api/time.js';

// other modules take addDays from here
export { addDays };

const pad = (n: number) => String(n).padStart(2, '0');

export interface Period {
  /** Machine key stored in the register: 2026-03, 2026-Q1, 2026-03-09 (week start). */
  key: string;
  label: string;
  from: string;
  to: string;
  /** The months a quarter is made of (one for a month). */
  months: string[];
}

export function lastDayOfMonth(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return `${month}-${pad(new Date(Date.UTC(y, m, 0)).getUTCDate())}`;
}

export function monthPeriod(month: string): Period {
  return { key: month, label: `${Number(month.slice(0, 4))}年${Number(month.slice(5, 7))}月`, from: `${month}-01`, to: lastDayOfMonth(month), months: [month] };
}

const QUARTER_NAMES = ['一', '二', '三', '四'];

export function quarterPeriod(quarter: string): Period {
  const y = quarter.slice(0, 4);
  const q = Number(quarter.slice(6));
  const months = [0, 1, 2].map((i) => `${y}-${pad((q - 1) * 3 + i + 1)}`);
  return { key: quarter, label: `${y}年第${QUARTER_NAMES[q - 1]}季度`, from: `${months[0]}-01`, to: lastDayOfMonth(months[2] as string), months };
}

/** A board's period is a month or a quarter. */
export const boardPeriod = (p: string): Period => (p.includes('Q') ? quarterPeriod(p) : monthPeriod(p));

/** Monday of the week containing `date`. */
export function mondayOf(date: string): string {
  const back = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(date, -back);
}

export function weekPeriod(date: string): Period {
  const from = mondayOf(date);
  const to = addDays(from, 6);
  const short = (d: string) => `${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;
  return { key: from, label: `${Number(from.slice(0, 4))}年${short(from)}至${short(to)}`, from, to, months: [...new Set([from.slice(0, 7), to.slice(0, 7)])] };
}

/** 1, 2, 2, 4: equal values share a rank and the next rank skips (the order people expect on a board). */
export function competitionRanks(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => b - a);
  const first = new Map<number, number>();
  sorted.forEach((v, i) => first.has(v) || first.set(v, i + 1));
  return values.map((v) => first.get(v) ?? 0);
}
