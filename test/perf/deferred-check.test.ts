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
  it('a set-up village opens unchecked: reads answer at once, the check runs when the calls go quiet', async () => {
    const app = await reopenedUnchecked();
    try {
      expect(app.integrity.state).toBe('checking');
      expect((await app.call(ADMIN, 'system.status', {})).village?.name).toBe('测试村');
      expect(app.integrity.state).toBe('checking');
      // the calls of the first screen have stopped: the check runs by itself
      expect(await app.integrity.done).toBe('ok');
      await app.call(ADMIN, 'roster.groups.add', { name: '第四村小组' });
      expect((await app.call(ADMIN, 'roster.groups.list', {})).map((g) => g.name)).toContain('第四村小组');
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

  it('a failed check keeps the app read-only, except logging in and restoring a backup', () => {
    const gate = new IntegrityGate(() => false, true);
    expect(() => gate.assertWritable('ledger.record')).toThrow(/完整性检查未通过/);
    expect(gate.state).toBe('failed');
    expect(() => gate.assertWritable('ledger.record')).toThrow(/完整性检查未通过.*从最近的备份恢复/);
    expect(() => gate.assertWritable('backup.restore')).not.toThrow();
    expect(() => gate.assertWritable('auth.login')).not.toThrow();
    gate.passed();
    expect(() => gate.assertWritable('ledger.record')).not.toThrow();
  });
});
