import Database from 'better-sqlite3';
import { readFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCore } from '../../electron/core/app.js';
import type { Core } from '../../electron/core/api/dispatcher.js';
import { sha256Hex, digestTable } from '../../electron/core/transfer/digest.js';
import { canonicalManifest, TABLES } from '../../electron/core/transfer/format.js';
import { generateVillageKey, signText } from '../../electron/core/transfer/keys.js';
import { readManifest } from '../../electron/core/transfer/verify.js';
import { ADMIN, closeAfterTest, frozenClock, idCardCheckChar, tempDir } from '../helpers.js';

export const TOWNSHIP_ADMIN = ADMIN;

/** A township installation on a real file, admin logged in. */
export async function setUpTownship(clock = frozenClock()) {
  const dataDir = tempDir('cunji-township-');
  const core = closeAfterTest(createCore({ dataDir, clock, log: () => {} }));
  await core.call(ADMIN, 'setup.complete', {
    installation: 'township',
    villageName: '打安镇人民政府',
    township: '打安镇',
    county: '白沙黎族自治县',
    groups: [],
    admin: { name: '李主任', pin: '1234' },
  });
  return { core, dataDir, clock };
}

export const idCard = (seed: number) => {
  const first = `46002519800101${String(seed).padStart(3, '0')}`;
  return first + idCardCheckChar(first);
};
export const phone = (seed: number) => `139${String(10000000 + seed).slice(-8)}`;

/** Adds `n` households with ID cards and phones on every member, and a cadre with a phone. */
export async function addHouseholds(core: Core, n: number, from = 1) {
  const groups = await core.call(ADMIN, 'roster.groups.list', {});
  for (let i = from; i < from + n; i++) {
    await core.call(ADMIN, 'roster.households.create', {
      groupId: groups[i % groups.length]!.id,
      members: [
        { name: `户主${i}`, relation: '户主', idCard: idCard(i * 2), phone: phone(i * 2) },
        { name: `配偶${i}`, relation: '配偶', idCard: idCard(i * 2 + 1), phone: phone(i * 2 + 1) },
      ],
    });
  }
}

export async function exportTo(core: Core, dir: string) {
  return core.call(ADMIN, 'transfer.export', { target: { kind: 'folder', path: dir } });
}

/** Hash of the township database file after folding the WAL in — equal hashes mean nothing was written. */
export function dbFileHash(core: Core, dataDir: string): string {
  core.db.pragma('wal_checkpoint(TRUNCATE)');
  return sha256Hex(readFileSync(join(dataDir, 'cunji.sqlite')));
}

export async function importFile(core: Core, path: string, fileName = path.split('/').pop()!) {
  const [outcome] = await core.call(ADMIN, 'township.import', { files: [{ fileName, dataBase64: readFileSync(path).toString('base64') }] });
  return outcome!;
}

/**
 * A forger's copy: changes one head's name, recomputes every digest and signs
 * the manifest with a new key — a package that is internally consistent but
 * not the village's.
 */
export function forgeWithAnotherKey(src: string, dest: string): void {
  copyFileSync(src, dest);
  const db = new Database(dest);
  db.prepare("UPDATE households SET head_name = '伪造' WHERE id = (SELECT min(id) FROM households)").run();
  const { manifest } = readManifest(db);
  const key = generateVillageKey();
  const forged = { ...manifest, publicKey: key.publicKey, fingerprint: key.fingerprint, tables: TABLES.map((t) => digestTable(db, t)) };
  for (const t of forged.tables) db.prepare('UPDATE manifest_tables SET rows = ?, sha256 = ? WHERE name = ?').run(t.rows, t.sha256, t.name);
  db.prepare('UPDATE manifest SET public_key = ?, fingerprint = ?, signature = ?').run(key.publicKey, key.fingerprint, signText(canonicalManifest(forged), key.privateKey));
  db.close();
}
