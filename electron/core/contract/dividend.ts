import { z } from 'zod';
import { endpoint } from './endpoint.js';
import { empty, id, month, nonEmpty } from './fields.js';
import type { PdfResult } from './publications.js';
import type { FileResult } from './result.js';

/** The largest amount one distribution may split: 999 亿 yuan, far below 2^53 fen. */
export const MAX_AMOUNT_FEN = 9_999_999_999_999;

/**
 * Reads an amount in yuan as typed — "10000", "10,000.00", "¥10000.5",
 * "１００００元" — straight into integer fen, never through a float.
 * Returns the fen, or a Chinese message saying what is wrong.
 */
export function parseYuan(text: string): { ok: true; fen: number } | { ok: false; message: string } {
  const s = text
    .normalize('NFKC')
    .trim()
    .replace(/^[¥￥]\s*/, '')
    .replace(/\s*元$/, '')
    .trim();
  if (s === '') return { ok: false, message: '请填写分红金额' };
  if (s.startsWith('-')) return { ok: false, message: '分红金额不能是负数' };
  const m = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d*))?$/.exec(s);
  if (!m) return { ok: false, message: '金额格式不对，请填写数字，例如 10000 或 10,000.00' };
  const whole = (m[1] as string).replaceAll(',', '');
  const decimals = m[2] ?? '';
  if (decimals.length > 2) return { ok: false, message: '金额最多只能有两位小数（精确到分）' };
  const digits = `${whole}${decimals.padEnd(2, '0')}`.replace(/^0+(?=\d)/, '');
  if (digits.length > String(MAX_AMOUNT_FEN).length || Number(digits) > MAX_AMOUNT_FEN) {
    return { ok: false, message: '金额太大，单次分红不能超过 999 亿元' };
  }
  return { ok: true, fen: Number(digits) };
}

/** 1234567 fen → "12,345.67": integer digits only, so no rounding can creep in. */
export function formatFen(fen: number, opts: { grouping?: boolean } = {}): string {
  if (!Number.isSafeInteger(fen)) throw new Error('fen must be a safe integer');
  const sign = fen < 0 ? '-' : '';
  const digits = String(Math.abs(fen)).padStart(3, '0');
  const whole = digits.slice(0, -2);
  const grouped = opts.grouping === false ? whole : whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return `${sign}${grouped}.${digits.slice(-2)}`;
}

/** An amount in yuan typed into a form; the schema's output is integer fen. */
export const yuanAmount = z.string().max(40, '金额太长').transform((text, ctx) => {
  const r = parseYuan(text);
  if (!r.ok) {
    ctx.addIssue({ code: 'custom', message: r.message });
    return z.NEVER;
  }
  if (r.fen === 0) {
    ctx.addIssue({ code: 'custom', message: '分红金额必须大于 0' });
    return z.NEVER;
  }
  return r.fen;
});

export const dividendInput = z
  .object({
    title: nonEmpty('分红名称', 40),
    amount: yuanAmount,
    fromMonth: month,
    toMonth: month,
    /** Households with fewer points in the period get nothing; null: any positive points. */
    minPoints: z.number().int('最低积分必须是整数').min(1, '最低积分至少为 1').max(1_000_000).nullable().default(null),
    exclusions: z
      .array(z.object({ householdId: id, reason: nonEmpty('不参与分红的原因', 100) }))
      .max(1000)
      .default([]),
    /** Household items whose points do not count (the screen leaves the base score out by default); empty: every item counts. */
    leftOutItems: z.array(id).max(2000).default([]),
  })
  .refine((v) => v.fromMonth <= v.toMonth, { message: '开始月份不能晚于结束月份' })
  .refine((v) => new Set(v.exclusions.map((e) => e.householdId)).size === v.exclusions.length, { message: '同一户被排除了两次，请检查' })
  .refine((v) => new Set(v.leftOutItems).size === v.leftOutItems.length, { message: '不计入分红的项目里有重复，请检查' });
export type DividendInput = z.input<typeof dividendInput>;

export interface ShareRow {
  householdId: number;
  number: string;
  headName: string;
  groupName: string;
  /** 累计积分 earned in the period (approved `earn` entries). */
  points: number;
  shareFen: number;
}

/** A household of the village that gets nothing, and why. */
export interface ExcludedRow {
  householdId: number;
  number: string;
  headName: string;
  groupName: string;
  points: number;
  reason: string;
}

/** A household item and whether a distribution counted its points. */
export interface DividendItem {
  itemId: number;
  category: string;
  name: string;
  counted: boolean;
}

/**
 * 计入项目 as printed: a category whose items all count by its name, a partly
 * counted one with its counted items, then what was left out. Nothing for
 * distributions recorded before items could be chosen.
 */
export function itemLines(items: readonly DividendItem[]): string[] {
  if (items.length === 0) return [];
  const leftOut = items.filter((i) => !i.counted);
  if (leftOut.length === 0) return ['计入项目：全部农户积分事项'];
  const categories = new Map<string, DividendItem[]>();
  for (const i of items) categories.set(i.category || '其他', [...(categories.get(i.category || '其他') ?? []), i]);
  const counted = [...categories].flatMap(([category, list]) => {
    const kept = list.filter((i) => i.counted);
    if (kept.length === 0) return [];
    return kept.length === list.length ? [category] : [`${category}（${kept.map((i) => i.name).join('、')}）`];
  });
  return [`计入项目：${counted.join('；')}`, `不计入：${leftOut.map((i) => i.name).join('、')}`];
}

export interface DividendPreview {
  title: string;
  amountFen: number;
  fromMonth: string;
  toMonth: string;
  minPoints: number | null;
  totalPoints: number;
  shares: ShareRow[];
  excluded: ExcludedRow[];
  /** Every household item and whether it counts. */
  items: DividendItem[];
  /** Entries of the period not yet reviewed: they are not counted. */
  pendingEntries: number;
  /** Months of the period not yet closed: their points may still change. */
  openMonths: string[];
  /** Fingerprint of the inputs and the shares; recording refuses a different one (data changed since preview) or a repeat. */
  basisHash: string;
}

export interface DividendSummary {
  id: number;
  title: string;
  amountFen: number;
  fromMonth: string;
  toMonth: string;
  households: number;
  totalPoints: number;
  operatorName: string;
  createdAt: string;
}

export interface DividendDetail extends DividendSummary {
  minPoints: number | null;
  shares: ShareRow[];
  excluded: ExcludedRow[];
  /** As recorded; empty for distributions recorded before items could be chosen (every item counted). */
  items: DividendItem[];
}

/** How ties in the largest-remainder rounding are broken, printed under every table. */
export const TIE_RULE = '按积分比例分配到分，余下的分按余数从大到小每户补 1 分钱；余数相同时积分多的户优先，积分也相同时户号小的优先。';

export const dividendApi = {
  'dividends.preview': endpoint<DividendPreview>()('预览分红', dividendInput, ['admin', 'clerk'], 'read'),
  'dividends.record': endpoint<DividendDetail>()('登记分红', dividendInput.and(z.object({ basisHash: z.string().length(64) })), ['admin'], 'write'),
  'dividends.list': endpoint<DividendSummary[]>()('查看分红记录', empty, 'session', 'read'),
  'dividends.get': endpoint<DividendDetail>()('查看分红明细', z.object({ id }), 'session', 'read'),
  'dividends.sheetXlsx': endpoint<FileResult>()('导出分红签领表', z.object({ id }), 'session', 'async'),
  'dividends.sheetPdf': endpoint<PdfResult>()('打印分红签领表', z.object({ id }), 'session', 'async'),
} as const;
