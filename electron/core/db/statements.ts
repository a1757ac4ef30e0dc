import type { Database, Statement } from 'better-sqlite3';

/**
 * One cache of prepared statements per connection. Preparing costs more than
 * running a small statement, and the hot paths (a redemption, a batch of a
 * thousand entries, every dispatcher write) run the same SQL over and over.
 * Keyed weakly by connection, so a restore's fresh connection starts empty.
 *
 * Only for `get`/`all`/`run`: a cached statement is shared, so never change
 * its mode (`pluck`, `raw`, `expand`) or keep an `iterate()` open on it.
 */
const statements = new WeakMap<Database, Map<string, Statement>>();

export function prepared(db: Database, sql: string): Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let st = cache.get(sql);
  if (!st) cache.set(sql, (st = db.prepare(sql)));
  return st;
}
