import type { Database } from 'better-sqlite3';
import { chainHash, GENESIS } from '../db/chain-hash.js';
import { prepared } from './sql.js';

export { GENESIS };

/**
 * The hashed columns of each chained table, in canonical order. A row's hash
 * is SHA-256 over the previous row's hash and the JSON array of these values,
 * so changing any value, or removing or reordering rows, breaks every later hash.
 */
export const CHAINED = {
  entries: [
    'seq', 'date', 'subject', 'household_id', 'member_id', 'cadre_id', 'item_version_id', 'grade', 'points', 'kind',
    'note', 'photo', 'source_type', 'source_id', 'corrects_seq', 'posted_status', 'operator_id', 'created_at',
  ],
  reviews: ['seq', 'entry_seq', 'decision', 'reason', 'operator_id', 'created_at'],
} as const;
export type ChainedTable = keyof typeof CHAINED;

type Row = Record<string, unknown>;

/** A row's hashed values in canonical order; the JSON of this array is what its hash covers. */
const canonicalOf = (table: ChainedTable, row: Row) => CHAINED[table].map((c) => row[c] ?? null);

export function rowHash(table: ChainedTable, prevHash: string, row: Row): string {
  return chainHash(prevHash, JSON.stringify(canonicalOf(table, row)));
}

/** Next sequence number and the hash it chains onto. */
export function chainHead(db: Database, table: ChainedTable): { seq: number; prevHash: string } {
  const last = prepared(db, `SELECT seq, hash FROM ${table} ORDER BY seq DESC LIMIT 1`).get() as { seq: number; hash: string } | undefined;
  return last ? { seq: last.seq + 1, prevHash: last.hash } : { seq: 1, prevHash: GENESIS };
}

/**
 * Inserts chained rows in order (the caller's transaction), reading the head once; returns their
 * sequence numbers. Values are bound by position: binding a thousand rows by name cost a batch a
 * third of its own JavaScript time.
 */
export function appendChainedRows(db: Database, table: ChainedTable, rows: readonly Row[]): number[] {
  let { seq, prevHash } = chainHead(db, table);
  const cols = CHAINED[table];
  const insert = prepared(db, `INSERT INTO ${table} (${cols.join(', ')}, prev_hash, hash) VALUES (${cols.map(() => '?').join(', ')}, ?, ?)`);
  return rows.map((values) => {
    const canonical = canonicalOf(table, { ...values, seq });
    const hash = chainHash(prevHash, JSON.stringify(canonical));
    insert.run(...canonical, prevHash, hash);
    prevHash = hash;
    return seq++;
  });
}

export interface ChainProblem {
  table: ChainedTable;
  seq: number;
  message: string;
}

/** Walks a chain from the start; names the first row that does not verify. */
export function verifyTable(db: Database, table: ChainedTable): { count: number; problem: ChainProblem | null } {
  let expected = 1;
  let prev = GENESIS;
  for (const row of db.prepare(`SELECT * FROM ${table} ORDER BY seq`).iterate() as Iterable<Row & { seq: number; prev_hash: string; hash: string }>) {
    if (row.seq !== expected) return { count: expected - 1, problem: { table, seq: expected, message: `第 ${expected} 号记录缺失（序号不连续）` } };
    if (row.prev_hash !== prev) return { count: expected - 1, problem: { table, seq: row.seq, message: `第 ${row.seq} 号记录与前一条记录接不上（前序哈希不符）` } };
    if (rowHash(table, prev, row) !== row.hash) return { count: expected - 1, problem: { table, seq: row.seq, message: `第 ${row.seq} 号记录的内容与哈希不符，可能被改动过` } };
    prev = row.hash;
    expected++;
  }
  return { count: expected - 1, problem: null };
}

/** Both chains: point entries first, then review decisions. */
export function verifyChain(db: Database): { entries: number; reviews: number; problem: ChainProblem | null } {
  const entries = verifyTable(db, 'entries');
  const reviews = verifyTable(db, 'reviews');
  return { entries: entries.count, reviews: reviews.count, problem: entries.problem ?? reviews.problem };
}
