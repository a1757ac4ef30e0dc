import Database from 'better-sqlite3';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { registerChainHash } from './chain-hash.js';
import { migrations, LATEST_VERSION } from './migrations/index.js';
import { openSqlite } from './sqlite.js';

/** 'CJI1' — marks a SQLite file as a cunji database. */
export const APPLICATION_ID = 0x434a4931;
export const DB_FILE_NAME = 'cunji.sqlite';

export type OpenFailure = 'FOREIGN_FILE' | 'NOT_SQLITE' | 'TOO_NEW' | 'CORRUPT' | 'MISSING';

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

/** `<db dir>/backups` holds at least one snapshot: a missing database is then a loss, not a first start. */
function backupsBeside(file: string): boolean {
  const dir = join(dirname(file), 'backups');
  return existsSync(dir) && readdirSync(dir).some((n) => n.endsWith('.sqlite') && !n.startsWith('.'));
}

/**
 * Runs SQLite's `quick_check`; throws CORRUPT unless it says ok. Separate so
 * start-up can later run it after the first screen (read-only until it passes).
 */
export function quickCheck(db: Database.Database): void {
  const check = db.pragma('quick_check', { simple: true });
  if (check !== 'ok') {
    throw new DatabaseOpenError('CORRUPT', '数据库完整性检查未通过，文件可能已损坏。请从备份恢复。');
  }
}

const corrupt = () => new DatabaseOpenError('CORRUPT', '数据库文件已损坏（可能不完整或被截断），为了安全没有打开它。请从备份恢复。');

/**
 * Recognises an existing file through a read-only connection — header,
 * `application_id`, version, `quick_check` — so nothing is written (no WAL
 * switch, no pragma) to a file that is then refused: the copy set aside stays
 * byte-identical to what the user had.
 */
export function recogniseDatabase(file: string, check: (db: Database.Database) => void = quickCheck): void {
  const header = inspectHeader(file);
  if (header === 'empty') {
    throw new DatabaseOpenError('NOT_SQLITE', '数据文件是空的（0 字节），为了安全没有打开它。请从备份恢复。');
  }
  if (header.applicationId !== APPLICATION_ID && header.applicationId !== 0) {
    throw new DatabaseOpenError('FOREIGN_FILE', '这个文件属于其他程序，不是本系统的数据库，为了安全没有打开它。');
  }
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const tables = db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get() as { n: number };
    if (header.applicationId === 0 && tables.n > 0) {
      throw new DatabaseOpenError('FOREIGN_FILE', '这个文件属于其他程序，不是本系统的数据库，为了安全没有打开它。');
    }
    if ((db.pragma('user_version', { simple: true }) as number) > LATEST_VERSION) {
      throw new DatabaseOpenError('TOO_NEW', '数据库由更新版本的程序创建，请升级本程序后再打开。');
    }
    check(db);
  } catch (error) {
    if (error instanceof DatabaseOpenError) throw error;
    // SQLITE_CORRUPT / NOTADB / IOERR from a truncated or scrambled file
    throw corrupt();
  } finally {
    db?.close();
  }
}

/**
 * Opens (or creates) the cunji database: recognises an existing file
 * read-only first, refuses a missing one when backups exist, then sets
 * durable pragmas, backs up and migrates.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Database.Database {
  mkdirSync(dirname(file), { recursive: true });
  if (existsSync(file)) recogniseDatabase(file);
  else if (backupsBeside(file)) {
    throw new DatabaseOpenError('MISSING', '数据文件不见了（可能被误删或移走），但数据目录里有备份。为了不丢数据，没有新建空白数据库，请从备份恢复。');
  }
  const db = openSqlite(file);
  try {
    configure(db);
    if ((db.pragma('application_id', { simple: true }) as number) === 0) db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db, file, options);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export function configure(db: Database.Database): void {
  registerChainHash(db);
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
