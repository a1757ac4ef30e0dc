import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { digestTable } from '../../electron/core/transfer/digest.js';
import type { TableSpec } from '../../electron/core/transfer/format.js';
import { tempDir } from '../helpers.js';

const spec: TableSpec = { name: 't', columns: ['id INTEGER PRIMARY KEY', 's TEXT', 'n INTEGER'], source: '', township: null, since: 1 };

/** The digest as the format defines it (and as every earlier program computed it): JSON.stringify of each row and a newline. */
function definedDigest(rows: readonly unknown[][]): string {
  const hash = createHash('sha256');
  for (const row of rows) hash.update(`${JSON.stringify(row)}\n`);
  return hash.digest('hex');
}

function table(rows: readonly unknown[][]): Database.Database {
  const db = new Database(join(tempDir(), 'digest.sqlite'));
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, s TEXT, n INTEGER) STRICT');
  const insert = db.prepare('INSERT INTO t VALUES (?, ?, ?)');
  db.transaction(() => rows.forEach((r) => insert.run(...r)))();
  return db;
}

// Packages from villages on older programs were digested in JavaScript; the township now lets SQLite
// write each row's JSON. A single differing byte would refuse a good package as damaged.
describe('a table digest', () => {
  it('is the defined digest, pinned', () => {
    const rows = [[1, '第一村小组', 1], [2, '户主\n"二"', -5], [3, null, 0]];
    const db = table(rows);
    expect(digestTable(db, spec)).toEqual({ name: 't', rows: 3, sha256: '0a5503ccd980824f73e0c92789de33851b3b279211003ae563deaff9c1d59d66' });
    db.close();
  });

  it('writes the same bytes as JSON.stringify for every character a text can hold, and for integers and null', () => {
    const rows: unknown[][] = [];
    for (let c = 0; c <= 0xffff; c++) if (c < 0xd800 || c > 0xdfff) rows.push([rows.length + 1, `a${String.fromCharCode(c)}b`, c]);
    for (const s of ['😀𠀀', '', '\\"', '\u2028\u2029', '户主\r\n一户\t"引号"\\', null]) rows.push([rows.length + 1, s, -rows.length]);
    rows.push([rows.length + 1, 'max', Number.MAX_SAFE_INTEGER], [rows.length + 2, 'min', Number.MIN_SAFE_INTEGER], [rows.length + 3, 'null', null]);
    const db = table(rows);
    expect(digestTable(db, spec)).toEqual({ name: 't', rows: rows.length, sha256: definedDigest(rows) });
    db.close();
  });
});
