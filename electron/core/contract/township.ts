import { z } from 'zod';
import { endpoint } from './endpoint.js';
import { empty, file } from './fields.js';
import type { FileResult } from './result.js';

export type ImportStatus = 'imported' | 'duplicate' | 'refused' | 'alarm';

export interface ImportOutcome {
  fileName: string;
  status: ImportStatus;
  /** Plain Chinese: what happened and what to do. */
  message: string;
  villageName: string | null;
  sequence: number | null;
  fingerprint: string | null;
  /** True the first time this village is seen: its key is now trusted, compare the fingerprint on paper. */
  firstContact: boolean;
  /** Set when refused only because the village belongs to another township or county: the admin may accept it. */
  acceptable: AcceptableVillage | null;
}

/** A village from another township or county, as its package names it. */
export interface AcceptableVillage {
  uid: string;
  villageName: string;
  township: string;
  county: string;
}

/** Days after which a village's last package counts as stale. */
export const STALE_AFTER_DAYS = 45;

export interface VillageSummary {
  uid: string;
  name: string;
  households: number;
  groups: number;
  cadres: number;
  /** Active households with an approved scoring entry (kind earn) dated in the period. */
  participating: number;
  /** Net approved points earned by households in the period (deductions subtracted). */
  issued: number;
  /** Points spent in the points supermarket in the period. */
  redeemed: number;
  /** Active cadre duty items with a cadre assigned. */
  dutyItems: number;
  /** Of those, items with an approved entry for their cadre in the period. */
  dutyDone: number;
  sequence: number;
  period: string;
  /** Local date the package was made in the village. */
  packageDate: string;
  daysSincePackage: number;
  stale: boolean;
  fingerprint: string;
  /** Month closures and notices against their deadlines (rules in township/rhythm.ts). */
  rhythm: Rhythm;
}

export interface Rhythm {
  /** Months whose closing deadline (10th of the next month) has passed, or that are closed. */
  monthsDue: number;
  monthsOnTime: number;
  /** Monthly, quarterly and issued weekly cadre notices that are due. */
  noticesDue: number;
  noticesOnTime: number;
  /** What was late or is missing, in Chinese; empty when on time. */
  late: string[];
}

export interface RollupTotals {
  villages: number;
  households: number;
  participating: number;
  issued: number;
  redeemed: number;
  dutyItems: number;
  dutyDone: number;
  cadres: number;
  stale: number;
  /** Villages with a late or missing month closure or notice. */
  late: number;
}

export interface TownshipDashboard {
  /** `YYYY` or `YYYY-MM`. */
  period: string;
  /** Ranked: highest participation rate first. */
  villages: VillageSummary[];
  totals: RollupTotals;
}

/** `YYYY` for a year or `YYYY-MM` for a month. */
export const rollupPeriod = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, '统计期间应写成年份（如 2026）或月份（如 2026-03）');

/** Per mille, rounded half up, in integers: 3 of 4 → 750. */
export function permille(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.floor((part * 2000 + whole) / (whole * 2));
}

/** The article's lines: 85 % of a village's households take part; 75 % of the township's villages reach that. */
export const HOUSEHOLD_LINE_PERMILLE = 850;
export const VILLAGE_LINE_PERMILLE = 750;

/** A village reaches the household line when at least 85 % of its households took part in the period. */
export const onHouseholdLine = (v: { participating: number; households: number }) => v.households > 0 && permille(v.participating, v.households) >= HOUSEHOLD_LINE_PERMILLE;

/** `75.0%` from per mille, without floating point. */
export function percentText(part: number, whole: number): string {
  if (whole === 0) return '—';
  const pm = permille(part, whole);
  return `${Math.floor(pm / 10)}.${pm % 10}%`;
}

export interface ReceiptRow {
  sequence: number;
  period: string;
  fileName: string;
  importedAt: string;
}

export interface VillageDetail {
  summary: VillageSummary;
  groups: { name: string; households: number; participating: number }[];
  /** Each current cadre's assigned duty items and how many have an approved entry in the period. */
  cadres: { name: string; post: string; dutyItems: number; dutyDone: number; points: number }[];
  /** Month by month in the period: points issued and redeemed, households taking part. */
  months: { month: string; issued: number; redeemed: number; participating: number }[];
  receipts: ReceiptRow[];
  /** Month closures from the newest package, newest first, each with its anchor's fingerprint. */
  closures: { month: string; closedOn: string; onTime: boolean; fingerprint: string }[];
}

export const townshipApi = {
  'township.import': endpoint<ImportOutcome[]>()('导入数据包', z.object({ files: z.array(file).min(1, '请选择数据包').max(200) }), ['admin'], 'async'),
  'township.scan': endpoint<ImportOutcome[]>()('从 U 盘导入数据包',
    z.object({ folder: z.string().trim().max(500).nullable().default(null) }),
    ['admin'],
    'async',
  ),
  'township.dashboard': endpoint<TownshipDashboard>()('查看乡镇汇总', z.object({ period: rollupPeriod }), 'session', 'read'),
  'township.village': endpoint<VillageDetail>()('查看村详情', z.object({ uid: z.string().max(64), period: rollupPeriod }), 'session', 'read'),
  'township.acceptVillage': endpoint<{ ok: true }>()('接收外乡镇的村',
    z.object({ uid: z.string().trim().min(1).max(64), villageName: z.string().trim().min(1).max(100), township: z.string().trim().min(1).max(100), county: z.string().trim().min(1).max(100), confirm: z.literal(true, '请先确认接收该村') }),
    ['admin'],
    'write',
  ),
  'township.exportLists': endpoint<FileResult>()('下发政府事务清单', empty, ['admin'], 'write'),
  'township.exportXlsx': endpoint<FileResult>()('导出乡镇汇总表', z.object({ period: rollupPeriod }), 'session', 'async'),
} as const;
