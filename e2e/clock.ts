import type { Clock } from '../electron/core/api/context.js';

/**
 * The day e2e tests live on, never today's date. `CUNJI_TEST_DATE=YYYY-MM-DD` moves it; the
 * `15 January` and `31 December` projects in playwright.config.ts rerun the `@date` tests there.
 */
export const DEFAULT_TEST_DATE = process.env.CUNJI_TEST_DATE ?? '2026-06-18';

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** A calendar seen from the test day, for seeding data relative to it. */
export interface TestDay {
  /** `YYYY-MM-DD` */
  today: string;
  year: number;
  /** 1–12 */
  month: number;
  /** `YYYY-MM` */
  thisMonth: string;
  /** `YYYY-MM` of the month before (December of last year in January). */
  lastMonth: string;
  /** `YYYY-MM-DD`: the given day of the month `back` months before this one (0 = this month). */
  monthsAgo(back: number, day: number): string;
}

export function testDay(date: string): TestDay {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(new Date(`${date}T10:00:00`).getTime())) {
    throw new Error(`CUNJI_TEST_DATE must be a date like 2026-06-18, not "${date}"`);
  }
  const [year, month] = date.split('-').map(Number) as [number, number];
  const monthsAgo = (back: number, day: number) => ymd(new Date(year, month - 1 - back, day));
  return { today: date, year, month, thisMonth: date.slice(0, 7), lastMonth: monthsAgo(1, 1).slice(0, 7), monthsAgo };
}

/** A clock that starts at 10:00 local time on `date` and moves on in real time. */
export interface TestClock extends Clock {
  day: TestDay;
  /** Moves to 09:00 local time on another day (say, the 1st of next month), running on from there. */
  jumpTo(date: string): Date;
}

export function testClock(date: string): TestClock {
  const day = testDay(date);
  let start = new Date(`${date}T10:00:00`).getTime();
  let made = Date.now();
  return {
    day,
    now: () => new Date(start + (Date.now() - made)),
    jumpTo(to) {
      start = new Date(`${testDay(to).today}T09:00:00`).getTime();
      made = Date.now();
      return new Date(start);
    },
  };
}
