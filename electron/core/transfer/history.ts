import type Database from 'better-sqlite3';
import { GENESIS, registerChainHash } from '../db/chain-hash.js';
import { canonicalSql, REGISTERS } from '../db/registers.js';
import { openSqlite } from '../db/sqlite.js';

/** One chain's head as the township saw it in a package. */
export interface ChainHead {
  register: string;
  seq: number;
  hash: string;
}

/**
 * A format-2 package's own history holds together: every register's links
 * are gap-free and each names the previous hash, the entries chain links the
 * entries' own hashes in order, and every closure anchor lies on its chain.
 * Without this a package could carry old links beside rewritten rows.
 */
export function packageChainsHold(pkg: Database.Database): boolean {
  registerChainHash(pkg);
  const count = (sql: string) => pkg.prepare(sql).pluck().get() as number;
  return count(BROKEN_LINKS_SQL) === 0 && count(UNLINKED_ENTRIES_SQL) === 0 && count(OFF_CHAIN_ANCHORS_SQL) === 0;
}

/*
 * Checked inside SQLite, a few passes over the keyless tables: walking a village's links as JavaScript
 * objects (and reading every entry hash and link out to compare them) was two fifths of the verification.
 * Links out of place: per register in seq order, the n-th link has seq n and names the hash of the one
 * before (the first names GENESIS).
 */
const BROKEN_LINKS_SQL = `SELECT count(*) FROM (
    SELECT seq, prev_hash, row_number() OVER w AS n, lag(hash) OVER w AS before FROM chain_links
    WINDOW w AS (PARTITION BY register ORDER BY seq))
  WHERE seq <> n OR prev_hash IS NOT coalesce(before, '${GENESIS}')`;

const ENTRIES_REGISTER = REGISTERS.find((r) => r.table === 'entries')!;

// Entries and their links one to one: the n-th link (gap-free, above) hashes the n-th entry's own hash,
// and entries are gap-free from 1 in every village, so entry n is the one with seq n.
const UNLINKED_ENTRIES_SQL = `SELECT
    ((SELECT count(*) FROM entries) <> (SELECT count(*) FROM chain_links WHERE register = 'entries'))
    + (SELECT count(*) FROM chain_links l LEFT JOIN entries e ON e.seq = l.seq
       WHERE l.register = 'entries' AND (e.hash IS NULL OR l.hash IS NOT cunji_chain_hash(l.prev_hash, ${canonicalSql(ENTRIES_REGISTER, 'e')})))`;

const OFF_CHAIN_ANCHORS_SQL =
  'SELECT count(*) FROM closure_anchors a LEFT JOIN chain_links l ON l.register = a.register AND l.seq = a.seq WHERE l.hash IS NOT a.hash';

/**
 * The newest link of each register in the package: what the township remembers after importing it.
 * One pass: a package's chain_links has no key, so a max() looked up per link read the whole table once
 * per link (2½ minutes for a village of 44,000 entries). SQLite takes the bare `hash` from the row whose
 * seq is the max.
 */
export const HEADS_OF_PACKAGE_SQL = 'SELECT register, max(seq) AS seq, hash FROM pkg.chain_links GROUP BY register';

const labelOf = (register: string) => REGISTERS.find((r) => r.table === register)?.label ?? register;

/**
 * The first head the township saw before that the package's chains no longer
 * pass through (changed or gone), as a Chinese phrase; null when history is intact.
 */
export function rewrittenHistory(db: Database.Database, villageUid: string, file: string): string | null {
  const known = db.prepare('SELECT register, seq, hash FROM township_chain_heads WHERE village_uid = ? ORDER BY register, seq').all(villageUid) as ChainHead[];
  if (known.length === 0) return null;
  // the package's links in one pass (they have no key to look each head up by), keeping the ones seen before
  const key = (register: string, seq: number) => `${register}#${seq}`;
  const wanted = new Set(known.map((h) => key(h.register, h.seq)));
  const links = new Map<string, string>();
  const pkg = openSqlite(file, { readonly: true, fileMustExist: true });
  try {
    for (const [register, seq, hash] of pkg.prepare('SELECT register, seq, hash FROM chain_links').raw().iterate() as Iterable<[string, number, string]>) {
      if (wanted.has(key(register, seq))) links.set(key(register, seq), hash);
    }
  } finally {
    pkg.close();
  }
  for (const h of known) {
    const now = links.get(key(h.register, h.seq));
    if (now !== h.hash) return `${labelOf(h.register)}第 ${h.seq} 号${now === undefined ? '已不存在' : '与之前报送的不同'}`;
  }
  return null;
}
