import { z } from 'zod';
import { endpoint } from './endpoint.js';
import { meetingInput } from './checklist.js';
import { empty, file } from './fields.js';
import type { FileResult } from './result.js';

export interface DriveInfo {
  path: string;
  label: string;
  freeBytes: number | null;
}

export interface ExportRow {
  sequence: number;
  period: string;
  fileName: string;
  createdAt: string;
}

export interface TransferStatus {
  /** Null until the first export makes the village's key. */
  fingerprint: string | null;
  nextFileName: string;
  exports: ExportRow[];
}

export interface ExportResult {
  fileName: string;
  sequence: number;
  fingerprint: string;
  /** Where it was written, or null for a download. */
  path: string | null;
  /** The file itself when downloading (web build, or no drive at hand). */
  file: FileResult | null;
}

export const exportTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('folder'), path: z.string().trim().min(1, '请选择 U 盘或填写文件夹').max(500) }),
  z.object({ kind: z.literal('download') }),
]);

/** What a village adopted from a township's 政府事务清单 file. */
export interface AdoptedLists {
  township: string;
  issuedOn: string;
  /** The township's key fingerprint, to compare on paper. */
  fingerprint: string;
  lists: { name: string; version: number; items: number }[];
}

export const transferApi = {
  'transfer.status': endpoint<TransferStatus>()('查看数据包导出', empty, ['admin'], 'read'),
  'transfer.drives': endpoint<DriveInfo[]>()('查找 U 盘', empty, ['admin'], 'async'),
  'transfer.export': endpoint<ExportResult>()('导出数据包', z.object({ target: exportTarget }), ['admin'], 'async'),
  'transfer.adoptLists': endpoint<AdoptedLists>()('导入乡镇下发的政府事务清单', z.object({ file, meeting: meetingInput }), ['admin'], 'write'),
} as const;
