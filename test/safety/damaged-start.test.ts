import Database from 'better-sqlite3';
import { existsSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/app.js';
import { removeLeftovers } from '../../electron/core/backup/leftovers.js';
import { newestVerifiedBackup, recoverFromBackup } from '../../electron/core/backup/restore.js';
import { backupsDir, createBackup, tempName } from '../../electron/core/backup/store.js';
import { DatabaseOpenError, DB_FILE_NAME } from '../../electron/core/db/connection.js';
import { frozenClock, setUpVillage } from '../helpers.js';

type Damage = (file: string) => void;

const cases: [string, Damage, RegExp][] = [
  ['truncated', (f) => truncateSync(f, Math.floor(readFileSync(f).length * 0.6)), /损坏/],
  [
    'random header',
    (f) => {
      const bytes = readFileSync(f);
      for (let i = 0; i < 100; i++) bytes[i] = (i * 151 + 7) & 0xff;
      writeFileSync(f, bytes);
    },
    /文件格式不对/,
  ],
  ['zero bytes', (f) => writeFileSync(f, ''), /0 字节/],
  [
    'foreign SQLite (not WAL)',
    (f) => {
      rmSync(f);
      const other = new Database(f);
      other.exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('别的程序的数据')");
      other.close();
    },
    /其他程序/,
  ],
  ['missing with backups', (f) => rmSync(f), /不见了/],
];

describe('damaged start', () => {
  it.each(cases)('%s: refused without a single write, then recovered from the newest verified backup', async (_name, damage, message) => {
    const v = await setUpVillage();
    await v.core.call(v.session, 'roster.households.create', { groupId: 1, members: [{ name: '张三', relation: '户主' }] });
    createBackup(v.core.db, backupsDir(v.dataDir), 'auto', new Date(2026, 2, 15, 8));
    v.core.db.close();
    const file = join(v.dataDir, DB_FILE_NAME);
    damage(file);
    const original = existsSync(file) ? readFileSync(file) : null;

    const open = () => createCore({ dataDir: v.dataDir, clock: frozenClock(), log: () => {} });
    expect(open).toThrow(DatabaseOpenError);
    expect(open).toThrow(message);
    // recognition wrote nothing: same bytes, no new empty village, nothing logged
    // (a read-only look at a WAL-mode file may leave an empty -wal, never content)
    expect(existsSync(file) ? readFileSync(file) : null).toEqual(original);
    expect(existsSync(`${file}-wal`) ? readFileSync(`${file}-wal`).length : 0).toBe(0);

    const backup = newestVerifiedBackup(backupsDir(v.dataDir))!;
    const aside = recoverFromBackup(file, join(backupsDir(v.dataDir), backup.name), new Date(2026, 2, 15, 10));
    if (original) expect(readFileSync(join(aside, DB_FILE_NAME))).toEqual(original);
    const core = open();
    expect(core.db.prepare('SELECT head_name FROM households').pluck().all()).toEqual(['张三']);
    core.db.close();
  });

  it('removes temp copies and packages a killed backup or export left, before opening', async () => {
    const v = await setUpVillage();
    const dir = backupsDir(v.dataDir);
    const kept = createBackup(v.core.db, dir, 'auto', new Date(2026, 2, 15, 8));
    const half = tempName(dir, 'auto');
    writeFileSync(half, 'half a copy with 身份证号');
    writeFileSync(join(v.dataDir, `${DB_FILE_NAME}.installing`), 'x');
    v.core.db.close();
    const tmp = join(v.dataDir, 'tmp');
    rmSync(tmp, { recursive: true, force: true });
    expect(removeLeftovers(v.dataDir)).toHaveLength(2);
    writeFileSync(half, 'again');
    const core = createCore({ dataDir: v.dataDir, clock: frozenClock(), log: () => {} });
    expect(existsSync(half)).toBe(false);
    expect(existsSync(join(dir, kept.name))).toBe(true);
    core.db.close();
  });
});
