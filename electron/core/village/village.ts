import type { Database } from 'better-sqlite3';
import { prepared } from '../db/statements.js';
import type { Installation, VillageInfo } from '../contract/system.js';

export function readVillage(db: Database): (VillageInfo & { uid: string }) | null {
  const row = db.prepare('SELECT uid, installation, name, township, county FROM village WHERE id = 1').get() as
    | { uid: string; installation: Installation; name: string; township: string; county: string }
    | undefined;
  return row ? { uid: row.uid, installation: row.installation, name: row.name, township: row.township, county: row.county } : null;
}

/** Village-wide settings as JSON values, e.g. `blackBoard.enabled`. */
export function readSetting<T>(db: Database, key: string, fallback: T): T {
  const row = prepared(db, 'SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  return row ? (JSON.parse(row.value) as T) : fallback;
}

export function writeSetting(db: Database, key: string, value: unknown): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, JSON.stringify(value));
}
