import dayjs from 'dayjs';

const QUARTER_NAMES = ['一', '二', '三', '四'];

/** The last `n` months, newest first, as select options (value 2026-03, label 2026年3月). */
export function recentMonths(n = 12): { value: string; label: string }[] {
  return Array.from({ length: n }, (_, i) => {
    const d = dayjs().startOf('month').subtract(i, 'month');
    return { value: d.format('YYYY-MM'), label: `${d.year()}年${d.month() + 1}月` };
  });
}

/** The last `n` quarters, newest first (value 2026-Q1, label 2026年第一季度). */
export function recentQuarters(n = 6): { value: string; label: string }[] {
  const now = dayjs();
  const k0 = now.year() * 4 + Math.floor(now.month() / 3);
  return Array.from({ length: n }, (_, i) => {
    const k = k0 - i;
    const y = Math.floor(k / 4);
    const q = (k % 4) + 1;
    return { value: `${y}-Q${q}`, label: `${y}年第${QUARTER_NAMES[q - 1]}季度` };
  });
}

export function recentYears(n = 5): { value: number; label: string }[] {
  return Array.from({ length: n }, (_, i) => dayjs().year() - i).map((y) => ({ value: y, label: `${y}年` }));
}
