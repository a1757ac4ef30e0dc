import Database from 'better-sqlite3';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { UserError } from '../api/errors.js';
import { openSqlite } from '../db/sqlite.js';
import {
  canonicalManifest,
  columnNames,
  FORMAT_VERSION,
  MAX_PACKAGE_BYTES,
  OLDEST_FORMAT_VERSION,
  PACKAGE_APPLICATION_ID,
  tablesOf,
  type Manifest,
} from './format.js';
import { digestTable, sha256Hex } from './digest.js';
import { fingerprintOf, verifyText } from './keys.js';
import { packageChainsHold } from './history.js';

export interface VerifiedPackage {
  manifest: Manifest;
  packageHash: string;
  /** SHA-256 of the file's bytes, for the receipt. */
  fileSha256: string;
}

const SQLITE_MAGIC = 'SQLite format 3\0';
const CUNJI_DB_ID = 0x434a4931;

const refuse = (code: string, message: string) => new UserError(code, message);
const damaged = () => refuse('PACKAGE_DAMAGED', '数据包已损坏（内容与签名对不上），可能是拷贝出错或被改动过。请让村里重新导出。');

/** Reads the file once for its hash and header; a file larger than the cap is refused unread. */
function readHead(file: string, maxBytes: number): { fileSha256: string; header: Buffer; size: number } {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw refuse('PACKAGE_MISSING', '找不到这个文件，请确认 U 盘已插好、路径正确。');
  }
  if (size === 0) throw refuse('PACKAGE_TRUNCATED', '文件是空的（0 字节），可能拷贝没有完成。请让村里重新导出。');
  if (size > maxBytes) throw refuse('PACKAGE_TOO_LARGE', '文件太大，不像是本系统导出的数据包，没有导入。');
  const hash = createHash('sha256');
  const header = Buffer.alloc(100);
  const fd = openSync(file, 'r');
  try {
    const chunk = Buffer.alloc(1024 * 1024);
    let pos = 0;
    for (;;) {
      const n = readSync(fd, chunk, 0, chunk.length, pos);
      if (n === 0) break;
      if (pos < 100) chunk.copy(header, pos, 0, Math.min(n, 100 - pos));
      hash.update(chunk.subarray(0, n));
      pos += n;
    }
  } finally {
    closeSync(fd);
  }
  return { fileSha256: hash.digest('hex'), header, size };
}

function checkHeader(header: Buffer, size: number): void {
  if (size < 100 || header.toString('latin1', 0, 16) !== SQLITE_MAGIC) {
    throw refuse('PACKAGE_FOREIGN', '这不是本系统导出的数据包（文件格式不对），没有导入。');
  }
  const appId = header.readUInt32BE(68);
  if (appId === CUNJI_DB_ID) throw refuse('PACKAGE_FOREIGN', '这是村里的数据库文件，不是导出的数据包。请在村里用“导出数据包”生成 .cunji 文件。');
  if (appId !== PACKAGE_APPLICATION_ID) throw refuse('PACKAGE_FOREIGN', '这个文件属于其他程序，不是本系统导出的数据包，没有导入。');
  const pageSize = header.readUInt16BE(16) === 1 ? 65536 : header.readUInt16BE(16);
  const pages = header.readUInt32BE(28);
  if (pages > 0 && size < pageSize * pages) throw refuse('PACKAGE_TRUNCATED', '数据包不完整（文件被截断），可能拷贝时 U 盘被拔出。请重新拷贝。');
}

interface ManifestRow {
  format_version: number;
  village_uid: string;
  village_name: string;
  township: string;
  county: string;
  sequence: number;
  period: string;
  created_at: string;
  ledger_head: string;
  previous_hash: string;
  public_key: string;
  fingerprint: string;
  signature: string;
}

export function readManifest(pkg: Database.Database): { manifest: Manifest; signature: string } {
  const rows = pkg.prepare('SELECT * FROM manifest').all() as ManifestRow[];
  const r = rows[0];
  if (rows.length !== 1 || !r) throw damaged();
  const tables = pkg.prepare('SELECT name, rows, sha256 FROM manifest_tables ORDER BY name').all() as Manifest['tables'];
  const manifest: Manifest = {
    formatVersion: r.format_version,
    villageUid: r.village_uid,
    villageName: r.village_name,
    township: r.township,
    county: r.county,
    sequence: r.sequence,
    period: r.period,
    createdAt: r.created_at,
    ledgerHead: r.ledger_head,
    previousHash: r.previous_hash,
    publicKey: r.public_key,
    fingerprint: r.fingerprint,
    tables,
  };
  return { manifest, signature: r.signature };
}

/** The package must hold exactly the tables and columns its format version writes — nothing more, nothing renamed. */
function checkSchema(pkg: Database.Database, version: number): void {
  const expected = new Map<string, string[]>([
    ['manifest', ['format_version', 'village_uid', 'village_name', 'township', 'county', 'sequence', 'period', 'created_at', 'ledger_head', 'previous_hash', 'public_key', 'fingerprint', 'signature']],
    ['manifest_tables', ['name', 'rows', 'sha256']],
    ...tablesOf(version).map((t) => [t.name, columnNames(t)] as [string, string[]]),
  ]);
  const objects = pkg.prepare("SELECT type, name FROM sqlite_schema WHERE name NOT LIKE 'sqlite_autoindex_%'").all() as { type: string; name: string }[];
  if (objects.length !== expected.size || objects.some((o) => o.type !== 'table' || !expected.has(o.name))) throw damaged();
  for (const [name, cols] of expected) {
    const actual = (pkg.pragma(`table_info(${name})`) as { name: string }[]).map((c) => c.name);
    if (actual.join(',') !== cols.join(',')) throw damaged();
  }
}

/**
 * Checks a package file completely without writing anywhere: size, header,
 * SQLite integrity, format version, schema, signature, every table's
 * row count and hash, and (format 2) that the package's chains hold together. Throws a UserError with a plain Chinese reason.
 */
export function verifyPackage(file: string, maxBytes = MAX_PACKAGE_BYTES): VerifiedPackage {
  const { fileSha256, header, size } = readHead(file, maxBytes);
  checkHeader(header, size);
  let pkg: Database.Database;
  try {
    pkg = openSqlite(file, { readonly: true, fileMustExist: true });
  } catch {
    throw damaged();
  }
  try {
    const version = pkg.pragma('user_version', { simple: true }) as number;
    if (version > FORMAT_VERSION) throw refuse('PACKAGE_TOO_NEW', '数据包由更新版本的程序导出，请先把乡镇的程序升级到同一版本。');
    if (version < OLDEST_FORMAT_VERSION) throw refuse('PACKAGE_FOREIGN', '数据包的格式版本不对，没有导入。');
    if (pkg.pragma('integrity_check', { simple: true }) !== 'ok') throw damaged();
    checkSchema(pkg, version);
    const { manifest, signature } = readManifest(pkg);
    if (manifest.formatVersion !== version) throw damaged();
    const canonical = canonicalManifest(manifest);
    if (!verifyText(canonical, signature, manifest.publicKey)) {
      throw refuse('PACKAGE_BAD_SIGNATURE', '数据包的签名不正确：内容被改动过，或不是这个村的密钥签的。没有导入。');
    }
    if (fingerprintOf(manifest.publicKey) !== manifest.fingerprint) throw damaged();
    const listed = new Map(manifest.tables.map((t) => [t.name, t]));
    const tables = tablesOf(version);
    if (listed.size !== tables.length) throw damaged();
    for (const spec of tables) {
      const actual = digestTable(pkg, spec);
      const claimed = listed.get(spec.name);
      if (!claimed || claimed.rows !== actual.rows || claimed.sha256 !== actual.sha256) throw damaged();
    }
    if (version >= 2 && !packageChainsHold(pkg)) throw damaged();
    return { manifest, packageHash: sha256Hex(canonical), fileSha256 };
  } catch (error) {
    if (error instanceof UserError) throw error;
    // SQLITE_CORRUPT, SQLITE_NOTADB and friends: the bytes are broken.
    throw damaged();
  } finally {
    pkg.close();
  }
}
