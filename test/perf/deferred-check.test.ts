import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/app.js';
import { IntegrityGate } from '../../electron/core/api/integrity-gate.js';
import { DB_FILE_NAME } from '../../electron/core/db/connection.js';
import { ADMIN, frozenClock, setUpVillage, tempDir } from '../helpers.js';
import { breakPage, firstLeafOf } from '../safety/damage.js';

/** A set-up village reopened as the apps open it: without its quick_check, the admin logged in. */
async function reopenedUnchecked() {
  const { core, dataDir } = await setUpVillage();
  core.db.close();
  const app = createCore({ dataDir, log: () => {}, deferIntegrityCheck: true });
  app.sessions.set(ADMIN, { id: 1, name: '王书记', roles: ['admin'] });
  return app;
}

/** A set-up village with a manual backup, its audit log's rows then damaged, reopened unchecked as the apps open it. */
async function damagedWithBackup() {
  const { core, dataDir } = await setUpVillage();
  await core.call(ADMIN, 'roster.groups.add', { name: '第四村小组' });
  const good = await core.call(ADMIN, 'backup.create', {});
  const file = core.db.name;
  // the audit log's rows: a copy through SQLite (a 恢复前备份) cannot read them
  const page = firstLeafOf(core.db, 'audit_log');
  core.db.pragma('wal_checkpoint(TRUNCATE)');
  core.db.close();
  breakPage(file, page);
  const app = createCore({ dataDir, clock: frozenClock('2026-03-16T09:00:00+08:00'), log: () => {}, deferIntegrityCheck: true });
  return { app, dataDir, backup: good.name, damaged: readFileSync(file) };
}

async function restoresOverDamaged({ app, dataDir, backup, damaged }: Awaited<ReturnType<typeof damagedWithBackup>>) {
  const restored = await app.call(ADMIN, 'backup.restore', { name: backup });
  expect(restored).toMatchObject({ restoredFrom: backup, keptDamaged: true, snapshot: expect.stringMatching(/^damaged-2026-03-16-/) });
  expect(readFileSync(join(dataDir, restored.snapshot, DB_FILE_NAME)).equals(damaged)).toBe(true);
  expect((await app.call(ADMIN, 'system.status', {})).integrity).toBe('ok');
  // everyone logs in again after a restore
  app.sessions.set(ADMIN, { id: 1, name: '王书记', roles: ['admin'] });
  expect((await app.call(ADMIN, 'roster.groups.list', {})).map((g) => g.name)).toContain('第四村小组');
  await app.call(ADMIN, 'roster.groups.add', { name: '第五村小组' });
}

describe('quick_check after the first screen; read-only until it passes', () => {
  it('a set-up village opens unchecked and is checked off the main thread: the check passes and writes go through', async () => {
    const app = await reopenedUnchecked();
    try {
      expect(app.integrity.state).toBe('checking');
      expect((await app.call(ADMIN, 'system.status', {})).village?.name).toBe('测试村');
      expect(await app.integrity.done).toBe('ok');
      expect((await app.call(ADMIN, 'system.status', {})).integrity).toBe('ok');
      await app.call(ADMIN, 'roster.groups.add', { name: '第四村小组' });
      expect((await app.call(ADMIN, 'roster.groups.list', {})).map((g) => g.name)).toContain('第四村小组');
    } finally {
      app.db.close();
    }
  });

  it('reads answer while the check runs; a write waits for it', async () => {
    let finish: (ok: boolean) => void = () => {};
    const gate = new IntegrityGate(() => new Promise((ok) => (finish = ok)), true);
    let written = false;
    const write = gate.assertWritable('ledger.record').then(() => (written = true));
    await Promise.resolve();
    expect(gate.state).toBe('checking');
    expect(written).toBe(false);
    finish(true);
    await write;
    expect(written).toBe(true);
    expect(gate.state).toBe('ok');
  });

  it('a damaged file found off the main thread leaves the app read-only', async () => {
    const { core, dataDir } = await setUpVillage();
    const file = core.db.name;
    core.db.pragma('wal_checkpoint(TRUNCATE)');
    core.db.close();
    breakPage(file);
    const app = createCore({ dataDir, log: () => {}, deferIntegrityCheck: true });
    app.sessions.set(ADMIN, { id: 1, name: '王书记', roles: ['admin'] });
    try {
      expect(await app.integrity.done).toBe('failed');
      // the screens learn it from the status (after login it is shown on every page), not only from a refused save
      expect((await app.call(ADMIN, 'system.status', {})).integrity).toBe('failed');
      await expect(app.call(ADMIN, 'roster.groups.add', { name: '第四村小组' })).rejects.toThrow(/完整性检查未通过/);
    } finally {
      app.db.close();
    }
  });

  it.each([
    ['once the check has failed', 'failed'],
    // the file cannot be copied as a 恢复前备份 either way
    ['while the check still runs', 'checking'],
  ] as const)('a damaged file can still be restored from a backup, and is kept aside as it was: asked %s', async (_when, state) => {
    const damaged = await damagedWithBackup();
    try {
      const { app } = damaged;
      if (state === 'failed') await app.integrity.done;
      expect(app.integrity.state).toBe(state);
      // the login's own audit row falls on the damaged page: the right PIN still logs in, to reach the restore
      expect((await app.call(ADMIN, 'auth.login', { operatorId: 1, pin: '1234' })).state).toBe('ready');
      if (state === 'failed') {
        await expect(app.call(ADMIN, 'roster.groups.add', { name: '第五村小组' })).rejects.toThrow(/完整性检查未通过.*从最近的备份恢复/);
        // a read that lands on the damaged page says so in words, not the generic 请重试
        await expect(app.call(ADMIN, 'audit.list', {})).rejects.toThrow(/^数据文件有损坏的部分，本次操作没有完成。请管理员在“数据备份”页面从最近的备份恢复$/);
      }
      expect(app.integrity.state).toBe(state);
      await restoresOverDamaged(damaged);
    } finally {
      // the worker may still be reading: it is done with the folder only once it has exited
      await damaged.app.integrity.done;
      damaged.app.db.close();
    }
  });

  it('a write before the check has run waits for it, then goes through', async () => {
    const app = await reopenedUnchecked();
    try {
      expect(app.integrity.state).toBe('checking');
      await app.call(ADMIN, 'roster.groups.add', { name: '第四村小组' });
      expect(app.integrity.state).toBe('ok');
    } finally {
      app.db.close();
    }
  });

  it('a fresh folder (a migration is due) is checked at open and writable at once', async () => {
    const fresh = createCore({ dataDir: tempDir(), log: () => {}, deferIntegrityCheck: true });
    try {
      expect(fresh.integrity.state).toBe('ok');
    } finally {
      fresh.db.close();
    }
  });

  it('a failed check keeps the app read-only, except logging in and restoring a backup', async () => {
    const gate = new IntegrityGate(async () => false, true);
    await expect(gate.assertWritable('ledger.record')).rejects.toThrow(/完整性检查未通过/);
    expect(gate.state).toBe('failed');
    await expect(gate.assertWritable('ledger.record')).rejects.toThrow(/完整性检查未通过.*从最近的备份恢复/);
    await expect(gate.assertWritable('backup.restore')).resolves.toBeUndefined();
    await expect(gate.assertWritable('auth.login')).resolves.toBeUndefined();
    gate.passed();
    await expect(gate.assertWritable('ledger.record')).resolves.toBeUndefined();
  });

  it('a worker that cannot run counts as a failed check, never as a pass', async () => {
    const gate = new IntegrityGate(() => Promise.reject(new Error('no worker')), true);
    expect(await gate.done).toBe('failed');
  });
});
