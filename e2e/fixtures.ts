import { test as base, expect, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createCore } from '../electron/core/app.js';
import type { Core } from '../electron/core/api/dispatcher.js';
import { writeSetting } from '../electron/core/village/village.js';
import { BACKFILL_FROM_SETTING } from '../electron/core/village/window.js';
import { startWebHost, type WebHost } from '../electron/core/transport/web-host.js';
import { DEFAULT_TEST_DATE, testClock, type TestClock, type TestDay } from './clock.js';

/** A web host on a fresh data folder per test, serving the built renderer. */
export interface CunjiApp {
  core: Core;
  host: WebHost;
  dataDir: string;
  /** The core's clock: the test day, moving on in real time from 10:00 local — the page's clock does the same. */
  clock: TestClock;
  /** The pinned calendar: today, this and last month (see `TestDay`). */
  day: TestDay;
  open(page: Page): Promise<void>;
}

export const ARTIFACTS = resolve('test-artifacts');

/**
 * For work that is slow on a loaded 2-core machine (PDFs of a village, restores, imports):
 * wait this long for the text or event that proves it is done.
 */
export const SLOW = { timeout: 60_000 };

export const test = base.extend<{ cunji: CunjiApp }, { testDate: string }>({
  /** The calendar day every e2e test lives on (`YYYY-MM-DD`); projects override it for `@date` tests. */
  testDate: [DEFAULT_TEST_DATE, { scope: 'worker', option: true }],

  // The page's Date starts at the same moment as the core's and then runs on naturally: installing
  // (rather than setFixedTime) keeps antd's timers and debounces working, and lets a test fast-forward.
  page: async ({ page, testDate }, use) => {
    await page.clock.install({ time: testClock(testDate).now() });
    // clicks, fills and download waits get as long as slow work may take on a loaded machine
    page.setDefaultTimeout(SLOW.timeout);
    // an exception in the page (an unhandled rejection included) goes to the test's output, so a failure says why
    page.on('pageerror', (error) => console.error(`[page error] ${error.stack ?? error.message}`));
    await use(page);
  },

  cunji: async ({ testDate }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cunji-e2e-'));
    const clock = testClock(testDate);
    const core = createCore({ dataDir, clock, log: () => {} });
    const host = await startWebHost({ core, staticDir: resolve('dist/renderer') });
    const day = clock.day;
    await use({ core, host, dataDir, clock, day, open: async (page) => void (await page.goto(host.url)) });
    await host.close();
    core.db.close();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

/**
 * The 补录起始日期 an admin would set before entering earlier records: seeds
 * record dates before the village was set up (today) in the test.
 */
export function openBackfill(core: Core, from = '2020-01-01'): void {
  writeSetting(core.db, BACKFILL_FROM_SETTING, from);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

export { expect };
