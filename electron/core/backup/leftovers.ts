import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DB_FILE_NAME } from '../db/connection.js';
import { backupsDir } from './store.js';

/**
 * Removes what a killed backup, export or restore leaves behind: temporary
 * database copies (full personal data) in `backups/.tmp-*`, packages in
 * `tmp/`, a half-copied `cunji.sqlite.installing`. Run once at start, before
 * the database opens — no operation can be in flight then. Returns the names removed.
 */
export function removeLeftovers(dataDir: string): string[] {
  const removed: string[] = [];
  const drop = (path: string, name: string) => {
    rmSync(path, { force: true, recursive: true });
    removed.push(name);
  };
  const backups = backupsDir(dataDir);
  if (existsSync(backups)) {
    for (const n of readdirSync(backups)) if (n.startsWith('.tmp-')) drop(join(backups, n), `backups/${n}`);
  }
  const tmp = join(dataDir, 'tmp');
  if (existsSync(tmp)) for (const n of readdirSync(tmp)) drop(join(tmp, n), `tmp/${n}`);
  const installing = join(dataDir, `${DB_FILE_NAME}.installing`);
  if (existsSync(installing)) drop(installing, `${DB_FILE_NAME}.installing`);
  return removed;
}
