import type { Database } from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { isoWithOffset, localMonth } from '../api/time.js';
import { UserError } from '../api/errors.js';
import { readVillage } from '../village/village.js';
import { canonicalManifest, FORMAT_VERSION, MANIFEST_DDL, MANIFEST_TABLES_DDL, PACKAGE_APPLICATION_ID, packageFileName, tableDdl, tablesOf, type Manifest } from './format.js';
import { digestTable, sha256Hex } from './digest.js';
import { keepVillageKey, signingKey, signText, type VillageKey } from './keys.js';

export interface BuiltPackage {
  manifest: Manifest;
  /** SHA-256 of the canonical manifest: the package's identity, chained into the next one. */
  packageHash: string;
  fileName: string;
  /** A signing key made for this package, stored only when the package is recorded. */
  newKey: VillageKey | null;
}

/** Runs a function in one IMMEDIATE transaction: the dispatcher's `ctx.tx` (which adds the audit row) or a plain one. */
export type Tx = <T>(fn: () => T) => T;
export const plainTx = (db: Database): Tx => (fn) => db.transaction(fn).immediate();

/** Runs `fn` with `file` attached as schema `pkg`; ATTACH cannot happen inside a transaction, so this is the outer step. */
export function withAttached<T>(db: Database, file: string, fn: () => T): T {
  db.prepare("ATTACH DATABASE ? AS pkg").run(file);
  try {
    return fn();
  } finally {
    db.exec('DETACH DATABASE pkg');
  }
}

/**
 * Writes the village's next package to `outFile` (a new file): copies the
 * rows, digests every table, signs the manifest. Nothing in the village
 * database changes (a first key is kept by `recordExport`). `formatVersion`
 * is only for tests that need a package as an older program wrote it.
 */
export function buildPackage(db: Database, outFile: string, now: Date, formatVersion = FORMAT_VERSION): BuiltPackage {
  const tables = tablesOf(formatVersion);
  const village = readVillage(db);
  if (!village || village.installation !== 'village') throw new UserError('NOT_A_VILLAGE', '只有村级安装可以导出数据包');
  if (existsSync(outFile)) throw new Error(`package target exists: ${outFile}`);
  return withAttached(db, outFile, () => {
    // Newly attached files inherit the main database's WAL mode; a package must be one self-contained file.
    db.pragma('pkg.journal_mode = DELETE');
    return db
      .transaction(() => {
        const createdAt = isoWithOffset(now);
        const { key, isNew } = signingKey(db);
        const last = db.prepare('SELECT sequence, package_hash AS hash FROM transfer_exports ORDER BY sequence DESC LIMIT 1').get() as
          | { sequence: number; hash: string }
          | undefined;
        db.exec(`PRAGMA pkg.application_id = ${PACKAGE_APPLICATION_ID}; PRAGMA pkg.user_version = ${formatVersion};`);
        db.exec([MANIFEST_DDL, MANIFEST_TABLES_DDL, ...tables.map(tableDdl)].map((sql) => sql.replace('CREATE TABLE ', 'CREATE TABLE pkg.')).join(';\n'));
        for (const t of tables) db.exec(`INSERT INTO pkg.${t.name} ${t.source}`);
        const manifest: Manifest = {
          formatVersion,
          villageUid: village.uid,
          villageName: village.name,
          township: village.township,
          county: village.county,
          sequence: (last?.sequence ?? 0) + 1,
          period: localMonth(now),
          createdAt,
          ledgerHead: (db.prepare('SELECT hash FROM entries ORDER BY seq DESC LIMIT 1').get() as { hash: string } | undefined)?.hash ?? '',
          previousHash: last?.hash ?? '',
          publicKey: key.publicKey,
          fingerprint: key.fingerprint,
          tables: tables.map((t) => digestTable(db, t, 'pkg')),
        };
        const canonical = canonicalManifest(manifest);
        db.prepare('INSERT INTO pkg.manifest VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
          manifest.formatVersion,
          manifest.villageUid,
          manifest.villageName,
          manifest.township,
          manifest.county,
          manifest.sequence,
          manifest.period,
          manifest.createdAt,
          manifest.ledgerHead,
          manifest.previousHash,
          manifest.publicKey,
          manifest.fingerprint,
          signText(canonical, key.privateKey),
        );
        const addTable = db.prepare('INSERT INTO pkg.manifest_tables (name, rows, sha256) VALUES (?, ?, ?)');
        for (const t of manifest.tables) addTable.run(t.name, t.rows, t.sha256);
        return { manifest, packageHash: sha256Hex(canonical), fileName: packageFileName(village.name, manifest.period, manifest.sequence), newKey: isNew ? key : null };
      })
      .immediate();
  });
}

/** Marks a package as handed over (written to a drive or downloaded), so the next one chains to it. */
export function recordExport(db: Database, built: BuiltPackage, operatorId: number | null): void {
  if (built.newKey) keepVillageKey(db, built.newKey, built.manifest.createdAt);
  db.prepare('INSERT INTO transfer_exports (sequence, period, file_name, package_hash, created_at, operator_id) VALUES (?, ?, ?, ?, ?, ?)').run(
    built.manifest.sequence,
    built.manifest.period,
    built.fileName,
    built.packageHash,
    built.manifest.createdAt,
    operatorId,
  );
}
