import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Ctx } from '../api/context.js';
import type { DomainHandlers } from '../api/dispatcher.js';
import { UserError } from '../api/errors.js';
import { localDate } from '../api/time.js';
import type { BackupRow, backupApi } from '../contract/backup.js';
import { readVillage } from '../village/village.js';
import { backupsDir, createBackup, listBackups, tempName } from './store.js';
import { recoverFromBackup, replaceDatabaseFile } from './restore.js';
import { verifyDatabaseFile } from './verify.js';

/**
 * The 恢复前备份 of the file a restore replaces, or null when that file failed its
 * integrity check — or is still being checked and cannot be copied, as a damaged one cannot.
 */
function snapshotBeforeRestore(ctx: Ctx, dir: string): BackupRow | null {
  if (ctx.integrity === 'failed') return null;
  try {
    return createBackup(ctx.db, dir, 'before-restore', ctx.clock.now());
  } catch (error) {
    if (ctx.integrity === 'checking') return null;
    throw error;
  }
}

export const backupHandlers: DomainHandlers<keyof typeof backupApi> = {
  'backup.list': (_i, ctx) => listBackups(backupsDir(ctx.dataDir)),

  'backup.create': (_i, ctx) => {
    const row = createBackup(ctx.db, backupsDir(ctx.dataDir), 'manual', ctx.clock.now());
    ctx.audit(`手动备份：${row.name}`);
    return row;
  },

  'backup.export': (_i, ctx) => {
    const now = ctx.clock.now();
    const row = createBackup(ctx.db, backupsDir(ctx.dataDir), 'manual', now);
    const village = readVillage(ctx.db)?.name ?? 'cunji';
    ctx.audit(`导出备份文件（${row.name}）`);
    return {
      fileName: `${village}-数据备份-${localDate(now)}.sqlite`,
      mime: 'application/vnd.sqlite3',
      dataBase64: readFileSync(join(backupsDir(ctx.dataDir), row.name)).toString('base64'),
    };
  },

  'backup.restore': (input, ctx) => {
    const dir = backupsDir(ctx.dataDir);
    let source: string;
    let label: string;
    let upload: string | null = null;
    if ('name' in input) {
      source = join(dir, input.name);
      label = input.name;
      if (!existsSync(source)) throw new UserError('NOT_FOUND', '没有找到这个备份文件');
    } else {
      const bytes = Buffer.from(input.dataBase64, 'base64');
      if (bytes.length === 0) throw new UserError('BACKUP_INVALID', '备份文件未通过校验：文件是空的（0 字节）。没有使用这个文件，现有数据没有改动。');
      mkdirSync(dir, { recursive: true });
      upload = tempName(dir, 'upload');
      writeFileSync(upload, bytes);
      source = upload;
      label = input.fileName;
    }
    try {
      // verify before anything else happens, then keep what is there now
      verifyDatabaseFile(source);
      const snapshot = snapshotBeforeRestore(ctx, dir);
      if (!snapshot) {
        // a file that failed its check is kept byte for byte, not copied through SQLite (which drops what it
        // cannot read or refuses): it is the one thing a technician may still recover from
        let aside = '';
        ctx.reopenDatabase((dbFile) => (aside = basename(recoverFromBackup(dbFile, source, ctx.clock.now()))));
        ctx.audit(`从备份“${label}”恢复数据；未通过完整性检查的原数据文件已原样保存在 ${aside}`);
        return { restoredFrom: label, snapshot: aside, keptDamaged: true };
      }
      try {
        ctx.reopenDatabase((dbFile) => replaceDatabaseFile(source, dbFile));
      } catch (error) {
        ctx.reopenDatabase((dbFile) => replaceDatabaseFile(join(dir, snapshot.name), dbFile));
        throw error;
      }
      ctx.audit(`从备份“${label}”恢复数据；恢复前的数据已保存为 ${snapshot.name}`);
      return { restoredFrom: label, snapshot: snapshot.name, keptDamaged: false };
    } finally {
      if (upload) rmSync(upload, { force: true });
    }
  },
};
