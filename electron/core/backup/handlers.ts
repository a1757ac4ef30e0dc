import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DomainHandlers } from '../api/dispatcher.js';
import { UserError } from '../api/errors.js';
import { localDate } from '../api/time.js';
import type { backupApi } from '../contract/backup.js';
import { readVillage } from '../village/village.js';
import { backupsDir, createBackup, listBackups, tempName } from './store.js';
import { replaceDatabaseFile } from './restore.js';
import { verifyDatabaseFile } from './verify.js';

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
      const snapshot = createBackup(ctx.db, dir, 'before-restore', ctx.clock.now());
      try {
        ctx.reopenDatabase((dbFile) => replaceDatabaseFile(source, dbFile));
      } catch (error) {
        ctx.reopenDatabase((dbFile) => replaceDatabaseFile(join(dir, snapshot.name), dbFile));
        throw error;
      }
      ctx.audit(`从备份“${label}”恢复数据；恢复前的数据已保存为 ${snapshot.name}`);
      return { restoredFrom: label, snapshot: snapshot.name };
    } finally {
      if (upload) rmSync(upload, { force: true });
    }
  },
};
