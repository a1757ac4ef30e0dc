import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';

/** The `prev_hash` of the first row of a chain. */
export const GENESIS = '0'.repeat(64);

/**
 * The one chain step every register uses (points ledger and the registers of
 * migration 008): SHA-256 over the previous hash, a newline and the row's
 * canonical JSON. Never change it — stored hashes depend on every byte.
 */
export function chainHash(prevHash: string, canonical: string): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonical).digest('hex');
}

/** Lets the chain triggers of migration 008 hash inside SQLite; every connection that writes needs it. */
export function registerChainHash(db: Database.Database): void {
  db.function('cunji_chain_hash', { deterministic: true }, (prev, canonical) => chainHash(String(prev), String(canonical)));
}
