import type { Database } from 'better-sqlite3';
import { createHash, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';

export interface VillageKey {
  publicKey: string;
  privateKey: string;
  fingerprint: string;
}

/** SHA-256 of the public key (DER), first 16 bytes as 8 groups of 4 hex digits — short enough to read aloud or compare on paper. */
export function fingerprintOf(publicKeyPem: string): string {
  const der = createPublicKey(publicKeyPem).export({ type: 'spki', format: 'der' });
  const hex = createHash('sha256').update(der).digest('hex').slice(0, 32).toUpperCase();
  return hex.match(/.{4}/g)!.join(' ');
}

export function generateVillageKey(): VillageKey {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519', {
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  return { publicKey, privateKey, fingerprint: fingerprintOf(publicKey) };
}

export function readVillageKey(db: Database): VillageKey | null {
  const row = db.prepare('SELECT public_key AS publicKey, private_key AS privateKey, fingerprint FROM transfer_key WHERE id = 1').get() as
    | VillageKey
    | undefined;
  return row ?? null;
}

/**
 * The key to sign the next package with: the village's own, or a new one that
 * is kept only if that package is handed over (`keepVillageKey`), so a failed
 * export leaves no key behind and no key exists without its audit line.
 */
export function signingKey(db: Database): { key: VillageKey; isNew: boolean } {
  const existing = readVillageKey(db);
  return existing ? { key: existing, isNew: false } : { key: generateVillageKey(), isNew: true };
}

/** Stores a new key with the export it signed; callers run it inside that export's transaction and audit it. */
export function keepVillageKey(db: Database, key: VillageKey, now: string): void {
  const existing = readVillageKey(db);
  if (existing) {
    if (existing.publicKey !== key.publicKey) throw new Error('another signing key was stored while this package was written');
    return;
  }
  db.prepare('INSERT INTO transfer_key (id, public_key, private_key, fingerprint, created_at) VALUES (1, ?, ?, ?, ?)').run(
    key.publicKey,
    key.privateKey,
    key.fingerprint,
    now,
  );
}

export function signText(text: string, privateKeyPem: string): string {
  return sign(null, Buffer.from(text, 'utf8'), privateKeyPem).toString('base64');
}

/** False for a bad signature or a key that is not Ed25519; never throws on junk input. */
export function verifyText(text: string, signatureB64: string, publicKeyPem: string): boolean {
  let key: KeyObject;
  try {
    key = createPublicKey(publicKeyPem);
  } catch {
    return false;
  }
  if (key.asymmetricKeyType !== 'ed25519') return false;
  try {
    return verify(null, Buffer.from(text, 'utf8'), key, Buffer.from(signatureB64, 'base64'));
  } catch {
    return false;
  }
}
