import Database from 'better-sqlite3';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupsDir, createBackup, listBackups, pruneBackups, scheduledBackup } from '../../electron/core/backup/store.js';
import { newestVerifiedBackup, recoverFromBackup } from '../../electron/core/backup/restore.js';
import { registerBackupVerifier, verifyDatabaseFile } from '../../electron/core/backup/verify.js';
import { DB_FILE_NAME, openDatabase } from '../../electron/core/db/connection.js';
import { setUpVillage, tempDir } from '../helpers.js';

const pad = (n: number) => String(n).padStart(2, '0');
type Village = Awaited<ReturnType<typeof setUpVillage>>;
const households = (v: Village) => v.core.db.prepare('SELECT head_name FROM households ORDER BY id').pluck().all() as string[];
const addHousehold = (v: Village, name: string) => v.core.call(v.session, 'roster.households.create', { groupId: 1, members: [{ name, relation: '户主' }] });

/** Overwrites bytes in the middle of the file, where table pages are. */
function corrupt(file: string): void {
  const bytes = readFileSync(file);
  for (let i = 4096 * 2; i < Math.min(bytes.length, 4096 * 4); i++) bytes[i] = (i * 7) & 0xff;
  writeFileSync(file, bytes);
}

describe('backups', () => {
  it('writes a verified copy under its final name only, and lists it', async () => {
    const v = await setUpVillage();
    await addHousehold(v, '张三');
    const row = await v.core.call(v.session, 'backup.create', {});
    const dir = backupsDir(v.dataDir);
    expect(readdirSync(dir)).toEqual([row.name]);
    expect(row).toMatchObject({ kind: 'manual', takenAt: expect.stringMatching(/^2026-03-15 /) });
    expect(verifyDatabaseFile(join(dir, row.name)).userVersion).toBeGreaterThan(0);
    const copy = new Database(join(dir, row.name), { readonly: true });
    expect(copy.prepare('SELECT head_name FROM households').pluck().all()).toEqual(['张三']);
    copy.close();
    expect((await v.core.call(v.session, 'audit.list', { text: '手动备份' })).total).toBe(1);
  });

  it('refuses a corrupted copy, a foreign database, a zero-byte file and a text file', async () => {
    const v = await setUpVillage();
    for (let i = 0; i < 60; i++) await addHousehold(v, `农户${i}`);
    const dir = backupsDir(v.dataDir);
    const good = join(dir, (await v.core.call(v.session, 'backup.create', {})).name);
    const bad = join(tempDir(), 'bad.sqlite');
    copyFileSync(good, bad);
    corrupt(bad);
    expect(() => verifyDatabaseFile(bad)).toThrow(/未通过校验/);

    const foreign = join(tempDir(), 'foreign.sqlite');
    const f = new Database(foreign);
    f.pragma('application_id = 7');
    f.exec('CREATE TABLE t (x)');
    f.close();
    expect(() => verifyDatabaseFile(foreign)).toThrow(/不是本系统的数据库/);
    const empty = join(tempDir(), 'empty.sqlite');
    writeFileSync(empty, '');
    expect(() => verifyDatabaseFile(empty)).toThrow(/0 字节/);
    const text = join(tempDir(), 'text.sqlite');
    writeFileSync(text, 'x'.repeat(200));
    expect(() => verifyDatabaseFile(text)).toThrow(/不是数据库文件/);
  });

  it('runs every registered domain verifier (the ledger chain hook)', async () => {
    const v = await setUpVillage();
    const dir = backupsDir(v.dataDir);
    const file = join(dir, (await v.core.call(v.session, 'backup.create', {})).name);
    const off = registerBackupVerifier('test-chain', (db) => (db.prepare('SELECT count(*) FROM households').pluck().get() === 0 ? '积分账本校验未通过' : null));
    try {
      expect(() => verifyDatabaseFile(file)).toThrow(/积分账本校验未通过/);
      await expect(v.core.call(v.session, 'backup.create', {})).rejects.toThrow(/积分账本校验未通过/);
      expect(readdirSync(dir).filter((n) => !n.startsWith('.'))).toHaveLength(1);
    } finally {
      off();
    }
  });

  it('restores a chosen backup after taking a snapshot, and the round trip loses nothing', async () => {
    const v = await setUpVillage();
    await addHousehold(v, '张三');
    const before = await v.core.call(v.session, 'backup.create', {});
    await addHousehold(v, '李四');
    const result = await v.core.call(v.session, 'backup.restore', { name: before.name });
    expect(households(v)).toEqual(['张三']);
    // everyone logs in again: the restored accounts may differ
    expect(await v.core.invoke(v.session, 'backup.list', {})).toMatchObject({ ok: false, error: { code: 'NOT_LOGGED_IN' } });
    await v.core.call(v.session, 'auth.login', { operatorId: 1, pin: '1234' });
    expect(v.core.db.pragma('journal_mode', { simple: true })).toBe('wal');
    // the snapshot holds what was there before the restore
    const snap = new Database(join(backupsDir(v.dataDir), result.snapshot), { readonly: true });
    expect(snap.prepare('SELECT head_name FROM households ORDER BY id').pluck().all()).toEqual(['张三', '李四']);
    snap.close();
    // and restoring the snapshot brings 李四 back, with the restores in the audit log
    await v.core.call(v.session, 'backup.restore', { name: result.snapshot });
    expect(households(v)).toEqual(['张三', '李四']);
    await v.core.call(v.session, 'auth.login', { operatorId: 1, pin: '1234' });
    expect((await v.core.call(v.session, 'audit.list', { text: '恢复' })).total).toBeGreaterThanOrEqual(1);
  });

  it('restores an uploaded file (USB stick) and refuses a foreign or empty one without touching anything', async () => {
    const v = await setUpVillage();
    await addHousehold(v, '张三');
    const exported = await v.core.call(v.session, 'backup.export', {});
    expect(exported.fileName).toBe('测试村-数据备份-2026-03-15.sqlite');
    await addHousehold(v, '李四');
    const listed = listBackups(backupsDir(v.dataDir)).length;
    const empty = await v.core.invoke(v.session, 'backup.restore', { fileName: 'x.sqlite', dataBase64: '' });
    expect(empty).toMatchObject({ ok: false, error: { code: 'BACKUP_INVALID' } });
    const junk = await v.core.invoke(v.session, 'backup.restore', { fileName: 'x.sqlite', dataBase64: Buffer.from('x'.repeat(300)).toString('base64') });
    expect(junk).toMatchObject({ ok: false, error: { code: 'BACKUP_INVALID' } });
    expect(households(v)).toEqual(['张三', '李四']);
    expect(listBackups(backupsDir(v.dataDir)).length).toBe(listed);
    expect(readdirSync(backupsDir(v.dataDir)).some((n) => n.startsWith('.tmp'))).toBe(false);

    await v.core.call(v.session, 'backup.restore', { fileName: exported.fileName, dataBase64: exported.dataBase64 });
    expect(households(v)).toEqual(['张三']);
  });

  it('backs up once a day at start, and keeps 7 daily, 4 weekly and 12 monthly automatic copies', async () => {
    const v = await setUpVillage();
    const dir = backupsDir(v.dataDir);
    expect(scheduledBackup(v.core.db, v.dataDir, new Date(2025, 0, 1, 8))).not.toBeNull();
    expect(scheduledBackup(v.core.db, v.dataDir, new Date(2025, 0, 1, 17))).toBeNull();
    createBackup(v.core.db, dir, 'before-restore', new Date(2025, 0, 1, 9));
    // a year and a half of days, two starts a day; retention reads only names, so empty files stand in
    const name = (d: Date) => `cunji-auto-${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}-${pad(d.getHours())}0000.sqlite`;
    for (let day = 1; day <= 540; day++) {
      for (const hour of [8, 18]) {
        writeFileSync(join(dir, name(new Date(2025, 0, 1 + day, hour))), '');
        pruneBackups(dir);
      }
    }
    const auto = listBackups(dir).filter((b) => b.kind === 'auto');
    const days = auto.map((b) => b.takenAt.slice(0, 10));
    expect(new Set(days).size).toBe(days.length);
    expect(auto[0]?.takenAt).toBe('2026-06-25 18:00:00');
    expect(days.slice(0, 7)).toEqual(['2026-06-25', '2026-06-24', '2026-06-23', '2026-06-22', '2026-06-21', '2026-06-20', '2026-06-19']);
    expect(auto.length).toBeGreaterThanOrEqual(12 + 4);
    expect(auto.length).toBeLessThanOrEqual(7 + 4 + 12);
    const months = new Set(auto.map((b) => b.takenAt.slice(0, 7)));
    expect(months.size).toBe(12);
    expect(listBackups(dir).some((b) => b.kind === 'before-restore')).toBe(true);
  });
});

describe('start-up recovery', () => {
  it('moves a damaged database aside untouched and installs the newest verified backup', async () => {
    const v = await setUpVillage();
    await addHousehold(v, '张三');
    const dir = backupsDir(v.dataDir);
    const older = createBackup(v.core.db, dir, 'auto', new Date(2026, 2, 14));
    const newer = createBackup(v.core.db, dir, 'auto', new Date(2026, 2, 15));
    corrupt(join(dir, newer.name));
    v.core.db.close();
    const file = join(v.dataDir, DB_FILE_NAME);
    writeFileSync(file, '');
    expect(() => openDatabase(file)).toThrow(/0 字节/);

    const best = newestVerifiedBackup(dir);
    expect(best?.name).toBe(older.name);
    const aside = recoverFromBackup(file, join(dir, best!.name), new Date(2026, 2, 15, 10));
    expect(readFileSync(join(aside, DB_FILE_NAME)).length).toBe(0);
    const db = openDatabase(file);
    expect(db.prepare('SELECT head_name FROM households').pluck().all()).toEqual(['张三']);
    db.close();
    expect(existsSync(join(dir, newer.name))).toBe(true);
  });
});
