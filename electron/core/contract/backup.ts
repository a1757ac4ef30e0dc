import { z } from 'zod';
import { endpoint } from './endpoint.js';
import type { FileResult } from './result.js';
import { empty, file } from './fields.js';

/** auto: daily and on quit; manual: 立即备份; the other two are taken before risky steps. */
export const BACKUP_KINDS = ['auto', 'manual', 'before-migration', 'before-restore'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];
export const BACKUP_KIND_LABELS: Record<BackupKind, string> = {
  auto: '自动备份',
  manual: '手动备份',
  'before-migration': '升级前备份',
  'before-restore': '恢复前备份',
};

export interface BackupRow {
  name: string;
  kind: BackupKind;
  /** When it was taken, local `YYYY-MM-DD HH:mm:ss`. */
  takenAt: string;
  bytes: number;
}

const backupName = z.string().regex(/^[\w.-]+\.sqlite$/, '备份文件名不正确');

export const backupApi = {
  'backup.list': endpoint<BackupRow[]>()('查看备份', empty, ['admin'], 'read'),
  'backup.create': endpoint<BackupRow>()('立即备份', empty, ['admin'], 'async'),
  'backup.export': endpoint<FileResult>()('备份到U盘', empty, ['admin'], 'async'),
  /** `snapshot`: where the replaced data went — a 恢复前备份, or (`keptDamaged`) the folder the damaged file was moved to as it was. */
  'backup.restore': endpoint<{ restoredFrom: string; snapshot: string; keptDamaged: boolean }>()(
    '从备份恢复',
    z.union([z.object({ name: backupName }).strict(), file.strict()]),
    ['admin'],
    'async',
  ),
} as const;
