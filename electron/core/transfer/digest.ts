import type { Database } from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { columnNames, type TableDigest, type TableSpec } from './format.js';

export const sha256Hex = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/**
 * Row count and SHA-256 of one table's rows in id (or the table's own) order, one JSON array per
 * row — the same bytes whoever computes it, so village and township agree. SQLite writes each row's
 * array (`json_array`, byte for byte what `JSON.stringify` writes for integers, text and null — every
 * code point is compared in `test/transfer/digest.test.ts`): one string per row crosses into
 * JavaScript instead of every value, which was half of a package's verification.
 */
export function digestTable(db: Database, spec: TableSpec, schema = 'main'): TableDigest {
  const cols = columnNames(spec);
  const stmt = db.prepare(`SELECT json_array(${cols.join(', ')}) FROM ${schema}.${spec.name} ORDER BY ${spec.order ?? cols[0]}`).pluck();
  const hash = createHash('sha256');
  let rows = 0;
  for (const json of stmt.iterate() as Iterable<string>) {
    hash.update(`${json}\n`);
    rows++;
  }
  return { name: spec.name, rows, sha256: hash.digest('hex') };
}
