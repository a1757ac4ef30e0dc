import type { Database } from 'better-sqlite3';
import type { AcceptableVillage, ImportOutcome } from '../contract/township.js';
import { UserError } from '../api/errors.js';
import { readVillage } from '../village/village.js';
import { fillVillageStats } from '../township/stats.js';
import { plainTx, withAttached, type Tx } from './build.js';
import { columnNames, FORMAT_VERSION, TABLES } from './format.js';
import { HEADS_OF_PACKAGE_SQL, rewrittenHistory } from './history.js';
import { verifyPackage, type VerifiedPackage } from './verify.js';

/** Refusals that may mean tampering: shown as an alarm, not a plain refusal. */
const ALARMS = ['KEY_CHANGED', 'SEQUENCE_CONFLICT', 'CHAIN_BROKEN', 'HISTORY_REWRITTEN', 'OLD_FORMAT_AFTER_NEW'];

/** A village of another township or county is taken only once the township admin has accepted it (for that township and county). */
function otherTownship(db: Database, self: { township: string; county: string }, pkg: VerifiedPackage): AcceptableVillage | null {
  const m = pkg.manifest;
  if (m.township === self.township && m.county === self.county) return null;
  const accepted = db
    .prepare('SELECT 1 FROM township_accepted_villages WHERE village_uid = ? AND township = ? AND county = ?')
    .get(m.villageUid, m.township, m.county);
  return accepted ? null : { uid: m.villageUid, villageName: m.villageName, township: m.township, county: m.county };
}

interface KnownVillage {
  fingerprint: string;
  sequence: number;
  package_hash: string;
}

/** Decides from the township's records what a verified package may do; throws refusals and alarms. */
function judge(db: Database, pkg: VerifiedPackage, file: string): 'duplicate' | 'accept' {
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
  const remembers = db.prepare('SELECT 1 FROM township_chain_heads WHERE village_uid = ? LIMIT 1').get(m.villageUid);
  if (remembers && m.formatVersion < FORMAT_VERSION) {
    throw new UserError('OLD_FORMAT_AFTER_NEW', `警告：${m.villageName}第 ${m.sequence} 号数据包是旧版程序导出的，无法核对之前已报送的历史。没有导入，请村里升级程序后重新导出。`);
  }
  const rewritten = rewrittenHistory(db, m.villageUid, file);
  if (rewritten) {
    throw new UserError(
      'HISTORY_REWRITTEN',
      `警告：${m.villageName}第 ${m.sequence} 号数据包改写了已报送过的历史（${rewritten}）。村里的记录在上次报送后被改动过。没有导入，请与村里核对。`,
    );
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
          if (t.township === null) continue;
          const cols = columnNames(t).join(', ');
          db.prepare(`DELETE FROM ${t.township} WHERE village_uid = ?`).run(m.villageUid);
          // an older format's package lacks the newer tables: the village then has none of those rows
          if (t.since <= m.formatVersion) db.prepare(`INSERT INTO ${t.township} (village_uid, ${cols}) SELECT ?, ${cols} FROM pkg.${t.name}`).run(m.villageUid);
        }
        if (m.formatVersion >= 2) {
          db.prepare(`INSERT INTO township_chain_heads (village_uid, register, seq, hash, package_sequence) SELECT ?, register, seq, hash, ? FROM (${HEADS_OF_PACKAGE_SQL}) WHERE true
                      ON CONFLICT DO NOTHING`).run(m.villageUid, m.sequence);
        }
        fillVillageStats(db, m.villageUid);
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
  const base = { fileName, villageName: null, sequence: null, fingerprint: null, firstContact: false, acceptable: null };
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
  const about = { fileName, villageName: m.villageName, sequence: m.sequence, fingerprint: m.fingerprint, acceptable: null };
  const acceptable = otherTownship(db, self, pkg);
  if (acceptable) {
    return {
      ...about,
      acceptable,
      firstContact: false,
      status: 'refused',
      message: `${m.villageName}属于${m.county}${m.township}，不是本乡镇（${self.county}${self.township}）的村，没有导入。如确属本乡镇管理，可由管理员确认接收该村后重新导入。`,
    };
  }
  const firstContact = !db.prepare('SELECT 1 FROM township_villages WHERE uid = ?').get(m.villageUid);
  let verdict: 'duplicate' | 'accept';
  try {
    verdict = judge(db, pkg, file);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return { ...about, firstContact: false, status: ALARMS.includes(error.code) ? 'alarm' : 'refused', message: error.message };
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
