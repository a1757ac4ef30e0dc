import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { createCore } from '../electron/core/app.js';
import type { Clock } from '../electron/core/api/context.js';
import type { Core } from '../electron/core/api/dispatcher.js';
import { writeSetting } from '../electron/core/village/village.js';
import { BACKFILL_FROM_SETTING } from '../electron/core/village/window.js';

const dirs: string[] = [];
const openDbs: { close(): unknown; open: boolean }[] = [];
// One module-level hook (vitest ignores hooks registered inside a test body): close every
// connection a test opened before deleting its folder — Windows cannot delete an open file.
afterEach(() => {
  for (const db of openDbs.splice(0)) if (db.open) db.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Closes a connection opened by hand after the test, even when an assertion failed first. */
export function closeDbAfterTest<T extends { close(): unknown; open: boolean }>(db: T): T {
  openDbs.push(db);
  return db;
}

/** Closes the core's connection (whichever it is by then — a restore swaps it) after the test. */
export function closeAfterTest(core: Core): Core {
  openDbs.push({
    close: () => core.db.close(),
    get open() {
      return core.db.open;
    },
  });
  return core;
}

export function tempDir(prefix = 'cunji-test-'): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(d);
  return d;
}

/** A clock the test moves by hand. */
export function frozenClock(iso = '2026-03-15T09:00:00+08:00'): Clock & { set(iso: string): void; advance(ms: number): void } {
  let t = new Date(iso);
  return {
    now: () => new Date(t),
    set: (s) => (t = new Date(s)),
    advance: (ms) => (t = new Date(t.getTime() + ms)),
  };
}

export const ADMIN = 'test-admin-session-0001';

/** A fresh core on a real SQLite file in a temp folder, set up as 测试村 with an admin logged in. */
export async function setUpVillage(opts: { groups?: string[]; clock?: ReturnType<typeof frozenClock> } = {}) {
  const dataDir = tempDir();
  const clock = opts.clock ?? frozenClock();
  const core = closeAfterTest(createCore({ dataDir, clock, log: () => {} }));
  await core.call(ADMIN, 'setup.complete', {
    installation: 'village',
    villageName: '测试村',
    township: '打安镇',
    county: '白沙黎族自治县',
    groups: opts.groups ?? ['第一村小组', '第二村小组', '第三村小组'],
    admin: { name: '王书记', pin: '1234' },
  });
  openBackfill(core);
  return { core, dataDir, clock, session: ADMIN };
}

/**
 * Lets records be dated from 2020 on, as an admin's 补录起始日期 would: fixtures
 * set up the village on the frozen clock's day and then record earlier dates.
 */
export function openBackfill(core: { db: Parameters<typeof writeSetting>[0] }, from = '2020-01-01'): void {
  writeSetting(core.db, BACKFILL_FROM_SETTING, from);
}

/** A valid ID-card number for tests (correct checksum). */
export { idCardCheckChar } from '../electron/core/contract/identity.js';
