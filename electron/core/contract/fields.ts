import { z } from 'zod';
import { fieldLabel } from './labels.js';

/** Shared field schemas with Chinese messages, used by every domain contract. */
export const id = z.number().int().positive();
export const nonEmpty = (label: string, max = 100) =>
  z.string().trim().min(1, `请填写${label}`).max(max, `${label}不能超过 ${max} 个字`);
export const optionalText = (label: string, max = 500) =>
  z.string().trim().max(max, `${label}不能超过 ${max} 个字`).default('');

/** Years a village record can plausibly carry; the core narrows points and stock dates further (`village/window.ts`). */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;

/** Days in a month of the Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `YYYY-MM-DD` naming a day that exists: 2026-02-30 and 2026-13-01 do not. */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return y >= FIRST_YEAR && y <= LAST_YEAR && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/**
 * The one calendar-date type of the contract: a real day, written
 * `YYYY-MM-DD`. The pattern alone let 2026-02-30 and 2026-13-01 through.
 */
export const localDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: (iss) => `${fieldLabel(iss.path) ?? '日期'}应写成 2026-03-15 这样的格式`, abort: true })
  .refine(isCalendarDate, { error: (iss) => `${fieldLabel(iss.path) ?? '日期'}“${String(iss.input)}”不存在` });

/** The one month type: `YYYY-MM` with a month 01–12. */
export const month = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: (iss) => `${fieldLabel(iss.path) ?? '月份'}应写成 2026-03 这样的格式`, abort: true })
  .refine((s) => Number(s.slice(0, 4)) >= FIRST_YEAR && Number(s.slice(0, 4)) <= LAST_YEAR, {
    error: (iss) => `${fieldLabel(iss.path) ?? '月份'}“${String(iss.input)}”不存在`,
  });
export const pin = z.string().regex(/^\d{4,8}$/, 'PIN 应为 4 到 8 位数字');
/** Points and stock: integers only — a string from a form is parsed before it gets here. */
export const points = z.number().int('积分必须是整数').min(-1_000_000).max(1_000_000);
export const empty = z.object({}).strict();
export const page = z.object({
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(500).default(50),
});
export const file = z.object({
  fileName: z.string().max(255),
  dataBase64: z.string().max(30_000_000, '文件太大（超过 20 MB）'),
});
