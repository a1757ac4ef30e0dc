import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { localDate } from '../api/time.js';
import type { BackupRow } from '../contract/backup.js';
import { installFile, listBackups } from './store.js';
import { verifyDatabaseFile } from './verify.js';

/** A database's companion files; stale ones would be replayed onto a restored file. */
export const companions = (file: string) => [`${file}-wal`, `${file}-shm`, `${file}-journal`];

/** Puts a verified copy in place of the (closed) database file. */
export function replaceDatabaseFile(source: string, dbFile: string): void {
  verifyDatabaseFile(source);
  install(source, dbFile);
}

/** `source` must have been verified: a whole-file check costs seconds at a million entries, so it is done once. */
function install(source: string, dbFile: string): void {
  for (const f of companions(dbFile)) rmSync(f, { force: true });
  installFile(source, dbFile, dirname(dbFile));
}

/** The newest backup that passes verification, or null (used when the database will not open). */
export function newestVerifiedBackup(dir: string): BackupRow | null {
  for (const b of listBackups(dir)) {
    try {
      verifyDatabaseFile(join(dir, b.name));
      return b;
    } catch {
      // damaged or foreign: try the next older one
    }
  }
  return null;
}

/**
 * Start-up recovery: the unreadable file (and its WAL) is moved aside into
 * `damaged-<time>/`, never deleted, then the verified backup is installed.
 * Returns where the damaged files went.
 */
export function recoverFromBackup(dbFile: string, backupFile: string, now: Date): string {
  // verified before anything moves; installed without checking the same bytes again
  verifyDatabaseFile(backupFile);
  const stamp = `${localDate(now)}-${String(now.getTime() % 1e8)}`;
  const aside = join(dirname(dbFile), `damaged-${stamp}`);
  mkdirSync(aside, { recursive: true });
  for (const f of [dbFile, ...companions(dbFile)]) if (existsSync(f)) renameSync(f, join(aside, basename(f)));
  install(backupFile, dbFile);
  return aside;
}
