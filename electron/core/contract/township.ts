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
}

/** Days after which a village's last package counts as stale. */
export const STALE_AFTER_DAYS = 45;

export interface VillageSummary {
  uid: string;
  name: string;
  households: number;
  groups: number;
  cadres: number;
  sequence: number;
  period: string;
  /** Local date the package was made in the village. */
  packageDate: string;
  daysSincePackage: number;
  stale: boolean;
  fingerprint: string;
}

export interface TownshipDashboard {
  villages: VillageSummary[];
  totals: { villages: number; households: number; cadres: number; stale: number };
}

export interface ReceiptRow {
  sequence: number;
  period: string;
  fileName: string;
  importedAt: string;
}

export interface VillageDetail {
  summary: VillageSummary;
  groups: { name: string; households: number }[];
  cadres: { name: string; post: string }[];
  receipts: ReceiptRow[];
}

export const townshipApi = {
  'township.import': endpoint<ImportOutcome[]>()('导入数据包', z.object({ files: z.array(file).min(1, '请选择数据包').max(200) }), ['admin'], 'async'),
  'township.scan': endpoint<ImportOutcome[]>()('从 U 盘导入数据包',
    z.object({ folder: z.string().trim().max(500).nullable().default(null) }),
    ['admin'],
    'async',
  ),
  'township.dashboard': endpoint<TownshipDashboard>()('查看乡镇汇总', empty, 'session', 'read'),
  'township.village': endpoint<VillageDetail>()('查看村详情', z.object({ uid: z.string().max(64) }), 'session', 'read'),
  'township.exportXlsx': endpoint<FileResult>()('导出乡镇汇总表', empty, 'session', 'async'),
} as const;
