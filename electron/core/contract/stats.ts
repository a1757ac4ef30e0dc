import { z } from 'zod';
import { endpoint } from './endpoint.js';
import { month, optionalText } from './fields.js';
import type { ChecklistCode } from './checklist.js';
import type { PdfResult } from './publications.js';

export const year = z.number().int().min(2000, '年份不正确').max(2100, '年份不正确');

/** Points needed for 1★, 2★, … — one to five strictly increasing thresholds. */
export const starThresholds = z
  .array(z.number().int('积分必须是整数').min(1, '星级积分至少为 1').max(1_000_000))
  .min(1, '至少要设定一星的积分')
  .max(5, '最多五个星级')
  .refine((t) => t.every((v, i) => i === 0 || v > (t[i - 1] as number)), { message: '星级越高，需要的积分必须越多' });

export interface StarRule {
  year: number;
  thresholds: number[];
  note: string;
  operatorName: string;
  createdAt: string;
}

export interface StarRow {
  householdId: number;
  number: string;
  headName: string;
  groupName: string;
  /** 累计积分 earned in the year. */
  points: number;
  /** 0 = below one star. */
  stars: number;
}

export interface StarList {
  year: number;
  rule: StarRule | null;
  /** Households with at least one star, most stars first; then the rest. */
  rows: StarRow[];
  /** Households per star level, index 0 = no star. */
  counts: number[];
}

/** The stars a number of points earns under thresholds (0 below the first). */
export function starsFor(points: number, thresholds: readonly number[]): number {
  return thresholds.filter((t) => points >= t).length;
}

export const STAR = '★';
export const starText = (n: number) => (n > 0 ? STAR.repeat(n) : '—');
/** 3 → 三星级文明户 */
export const starTitle = (n: number) => `${'一二三四五'.charAt(n - 1)}星级文明户`;

export const statsPeriod = z
  .object({ fromMonth: month, toMonth: month })
  .refine((v) => v.fromMonth <= v.toMonth, { message: '开始月份不能晚于结束月份' })
  .refine((v) => Number(v.toMonth.slice(0, 4)) * 12 + Number(v.toMonth.slice(5)) - (Number(v.fromMonth.slice(0, 4)) * 12 + Number(v.fromMonth.slice(5))) < 36, {
    message: '统计期间最长三年',
  });

/** A share as integer per-mille, rounded half up: 1234‰ is never produced for a share of a whole. */
export function perMille(part: number, whole: number): number {
  if (whole <= 0) return 0;
  return Math.floor((part * 2000 + whole) / (2 * whole));
}

/** 875 → "87.5%" — integer digits only. */
export function formatPerMille(pm: number): string {
  const digits = String(pm).padStart(2, '0');
  return `${digits.slice(0, -1)}.${digits.slice(-1)}%`;
}

/**
 * The yearly base score every household is given is recognised by its item's
 * name (户基础分（每年） in the template): the name is what both the village and
 * a township package carry. It is not taking part, and dividends leave it out by default.
 */
export const BASE_SCORE_MARK = '基础分';
export const isBaseScoreItem = (itemName: string): boolean => itemName.includes(BASE_SCORE_MARK);

/** The share of households that should take part each month (the article's 85 % line), per-mille. */
export const HOUSEHOLD_LINE_PERMILLE = 850;

export interface ParticipationRow {
  month: string;
  /** Households that took part: an approved entry adding points, not the base score (stats/participation.ts). */
  participating: number;
  /** Households on the roster now, plus any that took part that month and have since left. */
  households: number;
  perMille: number;
}

export interface ListMonthRow {
  month: string;
  code: ChecklistCode;
  /** Net approved points (awards minus deductions). */
  points: number;
}

export interface CategoryRow {
  code: ChecklistCode;
  category: string;
  awarded: number;
  deducted: number;
  entries: number;
}

export interface TopItemRow {
  itemName: string;
  code: ChecklistCode;
  entries: number;
  points: number;
}

export interface OperatorRow {
  operatorName: string;
  recorded: number;
  approved: number;
  rejected: number;
  pending: number;
}

export interface DutyRow {
  cadreName: string;
  post: string;
  /** Duty items assigned to the cadre. */
  assigned: number;
  /** Of those, items with at least one approved entry in the period. */
  done: number;
  perMille: number;
  points: number;
}

export interface PendingRow {
  month: string;
  entries: number;
  points: number;
}

export interface ShopMonthRow {
  month: string;
  /** Redemptions not voided. */
  redemptions: number;
  households: number;
  /** Points spent in them. */
  points: number;
  /** Donations taken into stock: moves, units, and their value at today's points prices. */
  donations: number;
  donatedUnits: number;
  donatedPoints: number;
}

export interface ShopStats {
  months: ShopMonthRow[];
  /** Goods with stock now, units in stock, and their value in points at current prices. */
  stock: { goods: number; units: number; points: number };
  /** Donors of the period, most units first. */
  donors: { donorName: string; donations: number; units: number; points: number }[];
}

export interface VillageStats {
  fromMonth: string;
  toMonth: string;
  months: string[];
  participation: ParticipationRow[];
  byList: ListMonthRow[];
  categories: CategoryRow[];
  topItems: TopItemRow[];
  operators: OperatorRow[];
  duties: DutyRow[];
  pending: PendingRow[];
  shop: ShopStats;
}

export const statsApi = {
  'stars.rule': endpoint<StarRule | null>()('查看星级评定标准', z.object({ year }), 'session', 'read'),
  'stars.saveRule': endpoint<StarRule>()('设定星级评定标准', z.object({ year, thresholds: starThresholds, note: optionalText('说明', 200) }), ['admin'], 'write'),
  'stars.list': endpoint<StarList>()('查看星级文明户', z.object({ year }), 'session', 'read'),
  'stars.listPdf': endpoint<PdfResult>()('打印星级文明户名单', z.object({ year }), 'session', 'async'),
  'stars.certificatesPdf': endpoint<PdfResult>()('打印星级文明户证书', z.object({ year, minStars: z.number().int().min(1).max(5).default(1) }), 'session', 'async'),
  'stats.village': endpoint<VillageStats>()('查看全村统计', statsPeriod, 'session', 'read'),
} as const;
