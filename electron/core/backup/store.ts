import type Database from 'better-sqlite3';
import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { localDate } from '../api/time.js';
import { BACKUP_KINDS, type BackupKind, type BackupRow } from '../contract/backup.js';
import { verifyDatabaseFile } from './verify.js';

export const backupsDir = (dataDir: string) => join(dataDir, 'backups');

const pad = (n: number) => String(n).padStart(2, '0');
const stamp = (d: Date) => `${localDate(d).replace(/-/g, '')}-${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`;
const NAME = new RegExp(`^cunji-(${BACKUP_KINDS.join('|')})-(\\d{4})(\\d\\d)(\\d\\d)-(\\d\\d)(\\d\\d)(\\d\\d)(?:-\\d+)?\\.sqlite$`);
// written by the migration step of db/connection.ts before this module existed
const MIGRATION_NAME = /^before-migration-v\d+-.*\.sqlite$/;

/** The backups in `dir`, newest first. */
export function listBackups(dir: string): BackupRow[] {
  if (!existsSync(dir)) return [];
  const rows: BackupRow[] = [];
  for (const name of readdirSync(dir)) {
    const m = NAME.exec(name);
    const st = m || MIGRATION_NAME.test(name) ? statSync(join(dir, name)) : null;
    if (!st) continue;
    if (m) rows.push({ name, kind: m[1] as BackupKind, takenAt: `${m[2]}-${m[3]}-${m[4]} ${m[5]}:${m[6]}:${m[7]}`, bytes: st.size });
    else rows.push({ name, kind: 'before-migration', takenAt: `${localDate(st.mtime)} ${pad(st.mtime.getHours())}:${pad(st.mtime.getMinutes())}:${pad(st.mtime.getSeconds())}`, bytes: st.size });
  }
  return rows.sort((a, b) => (a.takenAt === b.takenAt ? b.name.localeCompare(a.name) : b.takenAt.localeCompare(a.takenAt)));
}

/** Makes `file` durable: data first, then (where the OS allows) the directory entry after a rename. */
function fsyncPath(file: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(file, 'r');
    fsyncSync(fd);
  } catch {
    // directories cannot be fsynced on Windows; the file itself already was
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

export const tempName = (dir: string, what: string) => join(dir, `.tmp-${what}-${randomBytes(6).toString('hex')}.sqlite`);

/** Copies `source` over `target` so that `target` is always either the old or the whole new file. */
export function installFile(source: string, target: string, dir: string): void {
  const tmp = `${target}.installing`;
  copyFileSync(source, tmp);
  fsyncPath(tmp);
  renameSync(tmp, target);
  fsyncPath(dir);
}

/**
 * A consistent copy of the live database (`VACUUM INTO` a temporary file),
 * verified, then renamed into place — a half-written or unverified copy never
 * carries a backup's name.
 */
export function createBackup(db: Database.Database, dir: string, kind: BackupKind, now: Date): BackupRow {
  mkdirSync(dir, { recursive: true });
  const tmp = tempName(dir, kind);
  try {
    db.prepare('VACUUM INTO ?').run(tmp);
    verifyDatabaseFile(tmp);
    fsyncPath(tmp);
    let name = `cunji-${kind}-${stamp(now)}.sqlite`;
    for (let n = 2; existsSync(join(dir, name)); n++) name = `cunji-${kind}-${stamp(now)}-${n}.sqlite`;
    renameSync(tmp, join(dir, name));
    fsyncPath(dir);
    const row = listBackups(dir).find((b) => b.name === name);
    if (!row) throw new Error(`backup ${name} vanished`);
    return row;
  } finally {
    if (existsSync(tmp)) unlinkSync(tmp);
  }
}

const KEEP = { daily: 7, weekly: 4, monthly: 12 };

/** Monday of the date's week, as `YYYY-MM-DD` — the key for weekly retention. */
function weekOf(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  t.setUTCDate(t.getUTCDate() - ((t.getUTCDay() + 6) % 7));
  return t.toISOString().slice(0, 10);
}

/**
 * Rolling retention of automatic backups: the newest of each of the last 7
 * days, 4 weeks and 12 months are kept; manual, pre-migration and
 * pre-restore copies are never deleted automatically.
 */
export function pruneBackups(dir: string): string[] {
  const auto = listBackups(dir).filter((b) => b.kind === 'auto');
  const keep = new Set<string>();
  const pick = (key: (b: BackupRow) => string, count: number) => {
    const seen = new Set<string>();
    for (const b of auto) {
      const k = key(b);
      if (seen.has(k)) continue;
      seen.add(k);
      if (seen.size > count) break;
      keep.add(b.name);
    }
  };
  pick((b) => b.takenAt.slice(0, 10), KEEP.daily);
  pick((b) => weekOf(b.takenAt.slice(0, 10)), KEEP.weekly);
  pick((b) => b.takenAt.slice(0, 7), KEEP.monthly);
  const removed = auto.filter((b) => !keep.has(b.name)).map((b) => b.name);
  for (const name of removed) unlinkSync(join(dir, name));
  return removed;
}

/** The daily backup at first start of the day, and the one on quit (`force`). */
export function scheduledBackup(db: Database.Database, dataDir: string, now: Date, force = false): BackupRow | null {
  const dir = backupsDir(dataDir);
  const today = localDate(now);
  if (!force && listBackups(dir).some((b) => b.kind === 'auto' && b.takenAt.startsWith(today))) return null;
  const row = createBackup(db, dir, 'auto', now);
  pruneBackups(dir);
  return row;
}
