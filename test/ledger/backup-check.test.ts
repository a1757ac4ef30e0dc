import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyDatabaseFile } from '../../electron/core/backup/verify.js';
import { tempDir } from '../helpers.js';
import { ledgerVillage } from './fixture.js';

describe('backup verification of the points ledger', () => {
  it('accepts an intact copy and refuses one whose entries were edited behind the triggers', async () => {
    const { core, clerk, households, item } = await ledgerVillage();
    await core.call(clerk, 'ledger.record', { itemId: item('参加志愿服务').id, date: '2026-03-02', householdIds: households.slice(0, 3) });
    const dir = tempDir();
    const good = join(dir, 'good.sqlite');
    core.db.prepare('VACUUM INTO ?').run(good);
    expect(verifyDatabaseFile(good).userVersion).toBeGreaterThan(1);

    const bad = join(dir, 'bad.sqlite');
    core.db.prepare('VACUUM INTO ?').run(bad);
    const raw = new Database(bad);
    raw.exec('DROP TRIGGER entries_no_update');
    raw.prepare('UPDATE entries SET points = points + 100 WHERE seq = 2').run();
    raw.close();
    expect(() => verifyDatabaseFile(bad)).toThrow(/哈希链在第 2 条/);
  });
});
