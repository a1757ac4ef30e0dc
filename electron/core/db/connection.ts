import Database from 'better-sqlite3';
import { closeSync, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { migrations, LATEST_VERSION } from './migrations/index.js';
import { openSqlite } from './sqlite.js';

/** 'CJI1' — marks a SQLite file as a cunji database. */
export const APPLICATION_ID = 0x434a4931;
export const DB_FILE_NAME = 'cunji.sqlite';

export type OpenFailure = 'FOREIGN_FILE' | 'NOT_SQLITE' | 'TOO_NEW' | 'CORRUPT';

/** Why the database could not be opened; shown on the recovery screen. */
export class DatabaseOpenError extends Error {
  constructor(
    readonly reason: OpenFailure,
    message: string,
  ) {
    super(message);
    this.name = 'DatabaseOpenError';
  }
}

export interface OpenOptions {
  /** Where the copy taken before a migration goes; default `<db dir>/backups`. */
  backupDir?: string;
  /** For tests and migrations tests: the version to migrate to. */
  targetVersion?: number;
  now?: () => Date;
}

const SQLITE_MAGIC = 'SQLite format 3\0';

/** Reads the header without opening the file, so a foreign file is never touched. */
export function inspectHeader(file: string): { applicationId: number } | 'empty' {
  const size = statSync(file).size;
  if (size === 0) return 'empty';
  const fd = openSync(file, 'r');
  try {
    const header = Buffer.alloc(100);
    const read = readSync(fd, header, 0, 100, 0);
    if (read < 100 || header.toString('latin1', 0, 16) !== SQLITE_MAGIC) {
      throw new DatabaseOpenError('NOT_SQLITE', '数据文件不是本系统的数据库（文件格式不对），为了安全没有打开它。');
    }
    return { applicationId: header.readUInt32BE(68) };
  } finally {
    closeSync(fd);
  }
}

/**
 * Opens (or creates) the cunji database: refuses foreign and newer files,
 * sets durable pragmas, checks integrity, backs up, then migrates.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Database.Database {
  mkdirSync(dirname(file), { recursive: true });
  if (existsSync(file)) {
    const header = inspectHeader(file);
    if (header === 'empty') {
      throw new DatabaseOpenError('NOT_SQLITE', '数据文件是空的（0 字节），为了安全没有打开它。请从备份恢复。');
    }
    if (header.applicationId !== APPLICATION_ID && header.applicationId !== 0) {
      throw new DatabaseOpenError('FOREIGN_FILE', '这个文件属于其他程序，不是本系统的数据库，为了安全没有打开它。');
    }
  }
  const db = openSqlite(file);
  try {
    configure(db);
    const appId = db.pragma('application_id', { simple: true }) as number;
    const version = db.pragma('user_version', { simple: true }) as number;
    if (appId === 0) {
      const tables = db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get() as { n: number };
      if (tables.n > 0) {
        throw new DatabaseOpenError('FOREIGN_FILE', '这个文件属于其他程序，不是本系统的数据库，为了安全没有打开它。');
      }
      db.pragma(`application_id = ${APPLICATION_ID}`);
    }
    if (version > LATEST_VERSION) {
      throw new DatabaseOpenError('TOO_NEW', '数据库由更新版本的程序创建，请升级本程序后再打开。');
    }
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') {
      throw new DatabaseOpenError('CORRUPT', '数据库完整性检查未通过，文件可能已损坏。请从备份恢复。');
    }
    migrate(db, file, options);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export function configure(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  // WAL defaults to NORMAL, which can lose the last commits on power loss.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}

function migrate(db: Database.Database, file: string, options: OpenOptions): void {
  const target = options.targetVersion ?? LATEST_VERSION;
  const current = db.pragma('user_version', { simple: true }) as number;
  const pending = migrations.filter((m) => m.version > current && m.version <= target);
  if (pending.length === 0) return;
  if (current > 0) backupBeforeMigration(db, file, current, options);
  for (const m of pending) {
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
}

function backupBeforeMigration(db: Database.Database, file: string, version: number, options: OpenOptions): void {
  const dir = options.backupDir ?? join(dirname(file), 'backups');
  mkdirSync(dir, { recursive: true });
  const stamp = (options.now ?? (() => new Date()))().toISOString().replace(/[:.]/g, '-');
  const target = join(dir, `before-migration-v${version}-${stamp}.sqlite`);
  db.prepare('VACUUM INTO ?').run(target);
}
