import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/app.js';
import { IntegrityGate } from '../../electron/core/api/integrity-gate.js';
import { ADMIN, setUpVillage, tempDir } from '../helpers.js';

/** A set-up village reopened as the apps open it: without its quick_check, the admin logged in. */
async function reopenedUnchecked() {
  const { core, dataDir } = await setUpVillage();
  core.db.close();
  const app = createCore({ dataDir, log: () => {}, deferIntegrityCheck: true });
  app.sessions.set(ADMIN, { id: 1, name: '王书记', roles: ['admin'] });
  return app;
}

describe('quick_check after the first screen; read-only until it passes', () => {
  it('a set-up village opens unchecked and is checked off the main thread: the check passes and writes go through', async () => {
    const app = await reopenedUnchecked();
    try {
      expect(app.integrity.state).toBe('checking');
      expect((await app.call(ADMIN, 'system.status', {})).village?.name).toBe('测试村');
      expect(await app.integrity.done).toBe('ok');
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
    // break the b-tree header of the last page (a table's or an index's, never the schema's) so the file opens but does not check
    const bytes = readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    bytes.fill(0xff, bytes.length - pageSize, bytes.length - pageSize + 12);
    writeFileSync(file, bytes);
    const app = createCore({ dataDir, log: () => {}, deferIntegrityCheck: true });
    app.sessions.set(ADMIN, { id: 1, name: '王书记', roles: ['admin'] });
    try {
      expect(await app.integrity.done).toBe('failed');
      await expect(app.call(ADMIN, 'roster.groups.add', { name: '第四村小组' })).rejects.toThrow(/完整性检查未通过/);
    } finally {
      app.db.close();
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
