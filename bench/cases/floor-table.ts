import type { Database } from 'better-sqlite3';

/**
 * A twin of a real table for a floor: the same columns, types, STRICT,
 * CHECKs, foreign keys and indexes, copied from the schema, but none of the
 * table's triggers (those are the subject's rules, not the plainest write).
 */
export function twinTable(db: Database, table: string, twin: string): void {
  const rows = db.prepare("SELECT type, name, sql FROM sqlite_master WHERE tbl_name = ? AND type IN ('table', 'index') AND sql IS NOT NULL").all(table) as {
    type: string;
    name: string;
    sql: string;
  }[];
  const rename = (sql: string) => sql.replace(new RegExp(`\\b${table}\\b`, 'g'), twin);
  db.exec(`DROP TABLE IF EXISTS ${twin}`);
  for (const r of rows.filter((x) => x.type === 'table')) db.exec(rename(r.sql));
  for (const r of rows.filter((x) => x.type === 'index')) db.exec(rename(r.sql.replace(r.name, `${r.name}__${twin}`)));
}

/** Rows a subject has just written to one table, and how to make a copy of one unique in the table's twin. */
export interface WrittenRows {
  table: string;
  /** SELECT of the rows the subject's last run wrote to `table`. */
  latest: string;
  /** The copied row made unique in the twin (n counts copies from 1); omitted: copied as is with INSERT OR REPLACE (a cache row). */
  unique?: (row: Record<string, unknown>, n: number) => Record<string, unknown>;
}

/**
 * The plainest way to write what a subject wrote: before each floor sample
 * the rows of the subject's last run are read back from every table it wrote
 * (its triggers' rows included), then inserted into twins of those tables in
 * one durable transaction, without the subject's reads, rules or triggers.
 */
export function sameRowsFloor(db: Database, written: readonly WrittenRows[]): { before: () => void; run: () => void } {
  const copies = written.map((w) => {
    twinTable(db, w.table, `${w.table}_same`);
    const cols = (db.prepare(`SELECT name FROM pragma_table_info('${w.table}')`).all() as { name: string }[]).map((c) => c.name);
    const verb = w.unique ? 'INSERT' : 'INSERT OR REPLACE';
    return { ...w, insert: db.prepare(`${verb} INTO ${w.table}_same (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`), latest: db.prepare(w.latest) };
  });
  let n = 1;
  let rows: Record<string, unknown>[][] = [];
  return {
    before: () => {
      rows = copies.map((c) => (c.latest.all() as Record<string, unknown>[]).map((r) => (c.unique ? c.unique(r, n++) : r)));
    },
    run: () =>
      db.transaction(() => {
        copies.forEach((c, i) => {
          for (const r of rows[i]!) c.insert.run(r);
        });
      }).immediate(),
  };
}
