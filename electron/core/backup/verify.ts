import Database from 'better-sqlite3';
import { statSync } from 'node:fs';
import { UserError } from '../api/errors.js';
import { APPLICATION_ID, DatabaseOpenError, inspectHeader } from '../db/connection.js';
import { LATEST_VERSION } from '../db/migrations/index.js';
import { openSqlite } from '../db/sqlite.js';

/**
 * A domain's own check of a backup copy (e.g. the points ledger's hash chain):
 * returns null when fine, else a Chinese reason. Registered at module load by
 * the domain, so backup code never has to know the domains.
 */
export type BackupVerifier = (db: Database.Database) => string | null;

const verifiers = new Map<string, BackupVerifier>();

/** Returns the function that removes it again (tests). */
export function registerBackupVerifier(name: string, verify: BackupVerifier): () => void {
  if (verifiers.has(name)) throw new Error(`backup verifier ${name} registered twice`);
  verifiers.set(name, verify);
  return () => verifiers.delete(name);
}

const refuse = (reason: string) => new UserError('BACKUP_INVALID', `备份文件未通过校验：${reason}。没有使用这个文件，现有数据没有改动。`);

/**
 * Checks a database copy without changing it: a cunji file, not from a newer
 * version, `integrity_check` clean, and every registered domain check passes.
 */
export function verifyDatabaseFile(file: string): { userVersion: number } {
  let header: ReturnType<typeof inspectHeader>;
  try {
    if (statSync(file).size === 0) throw refuse('文件是空的（0 字节）');
    header = inspectHeader(file);
  } catch (error) {
    if (error instanceof DatabaseOpenError) throw refuse('不是数据库文件');
    if (error instanceof UserError) throw error;
    throw refuse('文件无法读取');
  }
  if (header === 'empty' || header.applicationId !== APPLICATION_ID) throw refuse('不是本系统的数据库');

  let db: Database.Database;
  try {
    db = openSqlite(file, { readonly: true, fileMustExist: true });
  } catch {
    throw refuse('文件无法打开');
  }
  try {
    const userVersion = db.pragma('user_version', { simple: true }) as number;
    if (userVersion > LATEST_VERSION) throw refuse('由更新版本的程序创建');
    if (userVersion < 1) throw refuse('不是完整的数据库');
    let problems: string[];
    try {
      problems = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
    } catch {
      problems = ['damaged'];
    }
    if (problems.length !== 1 || problems[0] !== 'ok') throw refuse('文件已损坏（完整性检查未通过）');
    for (const verify of verifiers.values()) {
      const problem = verify(db);
      if (problem) throw refuse(problem);
    }
    return { userVersion };
  } catch (error) {
    if (error instanceof UserError) throw error;
    // a page so damaged that reading the schema fails
    throw refuse('文件已损坏');
  } finally {
    db.close();
  }
}
