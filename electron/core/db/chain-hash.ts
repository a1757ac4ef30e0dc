import type Database from 'better-sqlite3';
import { hash } from 'node:crypto';

/** The `prev_hash` of the first row of a chain. */
export const GENESIS = '0'.repeat(64);

/**
 * The one chain step every register uses (points ledger and the registers of
 * migration 008): SHA-256 over the previous hash, a newline and the row's
 * canonical JSON. Never change it — stored hashes depend on every byte.
 * One-shot `hash` over the joined string (the same UTF-8 bytes as three updates): it runs once or
 * twice per entry written and once per link verified, and a Hash object per call cost twice as much.
 */
export function chainHash(prevHash: string, canonical: string): string {
  return hash('sha256', `${prevHash}\n${canonical}`, 'hex');
}

/** Lets the chain triggers of migration 008 hash inside SQLite; every connection that writes needs it. */
export function registerChainHash(db: Database.Database): void {
  db.function('cunji_chain_hash', { deterministic: true }, (prev, canonical) => chainHash(String(prev), String(canonical)));
}
