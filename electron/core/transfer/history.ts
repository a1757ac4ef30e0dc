import type Database from 'better-sqlite3';
import { chainHash, GENESIS } from '../db/chain-hash.js';
import { REGISTERS } from '../db/registers.js';
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
  let register = '';
  let prev = GENESIS;
  let expected = 1;
  for (const l of pkg.prepare('SELECT register, seq, prev_hash AS prevHash, hash FROM chain_links ORDER BY register, seq').iterate() as Iterable<ChainHead & { prevHash: string }>) {
    if (l.register !== register) [register, prev, expected] = [l.register, GENESIS, 1];
    if (l.seq !== expected || l.prevHash !== prev) return false;
    prev = l.hash;
    expected++;
  }
  const links = pkg.prepare("SELECT prev_hash, hash FROM chain_links WHERE register = 'entries' ORDER BY seq").raw().all() as [string, string][];
  const entryHashes = pkg.prepare('SELECT hash FROM entries ORDER BY seq').pluck().all() as string[];
  if (links.length !== entryHashes.length) return false;
  if (entryHashes.some((h, i) => chainHash(links[i]![0], JSON.stringify([h])) !== links[i]![1])) return false;
  const offChain = pkg
    .prepare('SELECT count(*) FROM closure_anchors a LEFT JOIN chain_links l ON l.register = a.register AND l.seq = a.seq WHERE l.hash IS NOT a.hash')
    .pluck()
    .get() as number;
  return offChain === 0;
}

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
