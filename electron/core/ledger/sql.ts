import type { Database, Statement } from 'better-sqlite3';

// Batches and demo years append thousands of rows: prepare each statement once per connection.
const statements = new WeakMap<Database, Map<string, Statement>>();
export function prepared(db: Database, sql: string): Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let st = cache.get(sql);
  if (!st) cache.set(sql, (st = db.prepare(sql)));
  return st;
}

