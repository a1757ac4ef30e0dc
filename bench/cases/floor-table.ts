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
  for (const r of rows.filter((x) => x.type === 'index')) db.exec(rename(r.sql.replace(r.name, `${r.name}_twin`)));
}
