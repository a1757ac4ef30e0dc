import type { Database } from 'better-sqlite3';
import type { ImportOutcome } from '../contract/township.js';
import { UserError } from '../api/errors.js';
import { readVillage } from '../village/village.js';
import { plainTx, withAttached, type Tx } from './build.js';
import { columnNames, TABLES } from './format.js';
import { verifyPackage, type VerifiedPackage } from './verify.js';

interface KnownVillage {
  fingerprint: string;
  sequence: number;
  package_hash: string;
}

/** Decides from the township's records what a verified package may do; throws refusals and alarms. */
function judge(db: Database, pkg: VerifiedPackage): 'duplicate' | 'accept' {
  const m = pkg.manifest;
  const known = db.prepare('SELECT fingerprint, sequence, package_hash FROM township_villages WHERE uid = ?').get(m.villageUid) as KnownVillage | undefined;
  if (!known) return 'accept';
  if (known.fingerprint !== m.fingerprint) {
    throw new UserError(
      'KEY_CHANGED',
      `警告：${m.villageName}的数据包用了另一把密钥签名（指纹 ${m.fingerprint}，之前是 ${known.fingerprint}）。可能是冒充的包，没有导入。请电话或当面与村里核对。`,
    );
  }
  const receipt = db.prepare('SELECT package_hash FROM township_receipts WHERE village_uid = ? AND sequence = ?').get(m.villageUid, m.sequence) as
    | { package_hash: string }
    | undefined;
  if (receipt && receipt.package_hash !== pkg.packageHash) {
    throw new UserError('SEQUENCE_CONFLICT', `警告：${m.villageName}第 ${m.sequence} 号数据包与之前导入的同号数据包内容不同！没有导入。请与村里核对是否重复导出或数据被改动。`);
  }
  if (m.sequence === known.sequence) return 'duplicate';
  if (m.sequence < known.sequence) {
    throw new UserError('PACKAGE_OLDER', `这是${m.villageName}的旧数据包（第 ${m.sequence} 号），已导入过更新的第 ${known.sequence} 号，没有导入。`);
  }
  if (m.sequence === known.sequence + 1 && m.previousHash !== known.package_hash) {
    throw new UserError('CHAIN_BROKEN', `警告：${m.villageName}第 ${m.sequence} 号数据包接不上已导入的第 ${known.sequence} 号（村里的数据可能被恢复或改动过）。没有导入，请与村里核对。`);
  }
  return 'accept';
}

export interface ImportOptions {
  /** `isoWithOffset` of now, for the receipt. */
  now: string;
  operatorId: number | null;
  /** The dispatcher's `ctx.tx` (adds the audit row); a plain transaction by default. */
  tx?: Tx;
  /** A readable line for the audit row, written in the same transaction. */
  audit?: (line: string) => void;
}

/** One transaction: trust or update the village, replace its rows with the package's, record the receipt. */
function apply(db: Database, file: string, fileName: string, pkg: VerifiedPackage, o: ImportOptions): void {
  const m = pkg.manifest;
  const { now, operatorId } = o;
  withAttached(db, file, () =>
    (o.tx ?? plainTx(db))(() => {
      o.audit?.(`导入${m.villageName}第 ${m.sequence} 号数据包（${fileName}，密钥指纹 ${m.fingerprint}）`);
        db.prepare(
          `INSERT INTO township_villages (uid, name, township, county, public_key, fingerprint, first_seen_at, sequence, period, package_created_at, package_hash, imported_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT(uid) DO UPDATE SET name = excluded.name, township = excluded.township, county = excluded.county, sequence = excluded.sequence,
             period = excluded.period, package_created_at = excluded.package_created_at, package_hash = excluded.package_hash, imported_at = excluded.imported_at`,
        ).run(m.villageUid, m.villageName, m.township, m.county, m.publicKey, m.fingerprint, now, m.sequence, m.period, m.createdAt, pkg.packageHash, now);
        for (const t of TABLES) {
          const cols = columnNames(t).join(', ');
          db.prepare(`DELETE FROM ${t.township} WHERE village_uid = ?`).run(m.villageUid);
          db.prepare(`INSERT INTO ${t.township} (village_uid, ${cols}) SELECT ?, ${cols} FROM pkg.${t.name}`).run(m.villageUid);
        }
        db.prepare(
          'INSERT INTO township_receipts (village_uid, sequence, period, file_name, file_sha256, package_hash, imported_at, operator_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
        ).run(m.villageUid, m.sequence, m.period, fileName, pkg.fileSha256, pkg.packageHash, now, operatorId);
    }),
  );
}

/**
 * Imports one package file (already copied somewhere private — the caller's
 * temp copy — so nothing can change it between the check and the copy).
 * Every check runs before the first write; a refusal leaves the database untouched.
 */
export function importPackage(db: Database, file: string, fileName: string, options: ImportOptions): ImportOutcome {
  const base = { fileName, villageName: null, sequence: null, fingerprint: null, firstContact: false };
  const self = readVillage(db);
  if (!self || self.installation !== 'township') {
    return { ...base, status: 'refused', message: '本机是村级安装，不能导入数据包。请在乡镇安装的电脑上导入。' };
  }
  let pkg: VerifiedPackage;
  try {
    pkg = verifyPackage(file);
  } catch (error) {
    if (error instanceof UserError) return { ...base, status: 'refused', message: error.message };
    throw error;
  }
  const m = pkg.manifest;
  const about = { fileName, villageName: m.villageName, sequence: m.sequence, fingerprint: m.fingerprint };
  const firstContact = !db.prepare('SELECT 1 FROM township_villages WHERE uid = ?').get(m.villageUid);
  let verdict: 'duplicate' | 'accept';
  try {
    verdict = judge(db, pkg);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    const alarm = ['KEY_CHANGED', 'SEQUENCE_CONFLICT', 'CHAIN_BROKEN'].includes(error.code);
    return { ...about, firstContact: false, status: alarm ? 'alarm' : 'refused', message: error.message };
  }
  if (verdict === 'duplicate') {
    return { ...about, firstContact: false, status: 'duplicate', message: `已导入：${m.villageName}第 ${m.sequence} 号数据包之前已经导入过，没有改动。` };
  }
  apply(db, file, fileName, pkg, options);
  const message = firstContact
    ? `已导入${m.villageName}第 ${m.sequence} 号数据包。首次导入该村，请与村里纸面上的密钥指纹核对：${m.fingerprint}`
    : `已导入${m.villageName}第 ${m.sequence} 号数据包。`;
  return { ...about, firstContact, status: 'imported', message };
}
