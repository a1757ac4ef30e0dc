import type { Database } from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';

// No vitest import here: the Playwright tests damage files with this too.
/**
 * Breaks the b-tree header of one page of a closed, checkpointed database —
 * by default the last (a table's or an index's, never the schema's): the file
 * still opens, and only `quick_check` finds it damaged.
 */
export function breakPage(file: string, pageNo?: number): void {
  const bytes = readFileSync(file);
  const pageSize = bytes.readUInt16BE(16);
  const start = pageNo === undefined ? bytes.length - pageSize : (pageNo - 1) * pageSize;
  bytes.fill(0xff, start, start + 12);
  writeFileSync(file, bytes);
}

/** The first leaf page holding a table's rows: damage there makes the rows unreadable, so no copy through SQLite works. */
export function firstLeafOf(db: Database, table: string): number {
  const row = db.prepare("SELECT min(pageno) AS p FROM dbstat WHERE name = ? AND pagetype = 'leaf'").get(table) as { p: number | null };
  if (row.p === null) throw new Error(`no leaf page of ${table}`);
  return row.p;
}
