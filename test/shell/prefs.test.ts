import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/app.js';
import { objectPrefsStore, PREFS_FILE_NAME } from '../../electron/core/prefs/store.js';
import { frozenClock, setUpVillage, tempDir } from '../helpers.js';

describe('prefs.* (this PC’s printers and paper)', () => {
  it('starts with the defaults, keeps a change in the data folder’s JSON file and audits it', async () => {
    const { core, session, dataDir } = await setUpVillage();
    expect(await core.call(session, 'prefs.get', {})).toEqual({ printer: '', paperSize: 'A4', receiptPrinter: '', lastExportFolder: '', window: null });
    const after = await core.call(session, 'prefs.set', { printer: '办公室 HP LaserJet', paperSize: 'A3', receiptPrinter: 'XP-58' });
    expect(after).toMatchObject({ printer: '办公室 HP LaserJet', paperSize: 'A3', receiptPrinter: 'XP-58' });
    expect(JSON.parse(readFileSync(join(dataDir, PREFS_FILE_NAME), 'utf8'))).toMatchObject({ printer: '办公室 HP LaserJet', paperSize: 'A3' });
    const audit = core.db.prepare("SELECT summary FROM audit_log WHERE method = 'prefs.set'").pluck().all() as string[];
    expect(audit.join()).toContain('办公室 HP LaserJet');
    // a later partial change keeps the rest
    expect(await core.call(session, 'prefs.set', { paperSize: 'A4' })).toMatchObject({ printer: '办公室 HP LaserJet', paperSize: 'A4', receiptPrinter: 'XP-58' });
  });

  it('refuses a paper size it cannot lay out and a change before login, changing nothing', async () => {
    const { core, session, dataDir } = await setUpVillage();
    await expect(core.call(session, 'prefs.set', { paperSize: 'Letter' as never })).rejects.toThrow(/纸张大小只能是 A4、A3 或 A5/);
    await expect(core.call('nobody-session-000000001', 'prefs.set', { printer: 'x' })).rejects.toThrow(/请先登录/);
    await expect(core.call(session, 'prefs.set', { lastExportFolder: '/tmp' } as never)).rejects.toThrow();
    expect(existsSync(join(dataDir, PREFS_FILE_NAME))).toBe(false);
  });

  it('reads a damaged or hand-edited file as defaults, field by field', async () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, PREFS_FILE_NAME), JSON.stringify({ printer: 42, paperSize: 'A3', window: { x: 1 }, junk: true }));
    const core = createCore({ dataDir, clock: frozenClock(), log: () => {} });
    try {
      expect(await core.call('s-000000000000000000001', 'prefs.get', {})).toEqual({ printer: '', paperSize: 'A3', receiptPrinter: '', lastExportFolder: '', window: null });
    } finally {
      core.db.close();
    }
    writeFileSync(join(dataDir, PREFS_FILE_NAME), '{ not json');
    const reopened = createCore({ dataDir, clock: frozenClock(), log: () => {} });
    try {
      expect((await reopened.call('s-000000000000000000001', 'prefs.get', {})).paperSize).toBe('A4');
    } finally {
      reopened.db.close();
    }
  });

  it('uses the store it is given (electron-store on the desktop) instead of the file', async () => {
    const backend = { store: { printer: '旧打印机' } as Record<string, unknown> };
    const dataDir = tempDir();
    const core = createCore({ dataDir, clock: frozenClock(), log: () => {}, prefs: objectPrefsStore(backend) });
    try {
      expect((await core.call('s-000000000000000000001', 'prefs.get', {})).printer).toBe('旧打印机');
      core.prefs.write({ window: { x: 10, y: 20, width: 1200, height: 760, maximized: false } });
      expect(backend.store).toMatchObject({ printer: '旧打印机', window: { width: 1200 } });
      expect(existsSync(join(dataDir, PREFS_FILE_NAME))).toBe(false);
    } finally {
      core.db.close();
    }
  });
});
