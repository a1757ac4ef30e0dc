import { test as base, expect, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createCore } from '../electron/core/app.js';
import type { Core } from '../electron/core/api/dispatcher.js';
import { startWebHost, type WebHost } from '../electron/core/transport/web-host.js';
import { writeSetting } from '../electron/core/village/village.js';
import { BACKFILL_FROM_SETTING } from '../electron/core/village/window.js';

/** A web host on a fresh data folder per test, serving the built renderer. */
export interface CunjiApp {
  core: Core;
  host: WebHost;
  dataDir: string;
  open(page: Page): Promise<void>;
}

export const ARTIFACTS = resolve('test-artifacts');

export const test = base.extend<{ cunji: CunjiApp }>({
  // Playwright requires an object pattern for fixtures without dependencies.
  // eslint-disable-next-line no-empty-pattern
  cunji: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cunji-e2e-'));
    const core = createCore({ dataDir, log: () => {} });
    const host = await startWebHost({ core, staticDir: resolve('dist/renderer') });
    await use({ core, host, dataDir, open: async (page) => void (await page.goto(host.url)) });
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
