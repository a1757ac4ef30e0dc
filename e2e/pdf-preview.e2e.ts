/**
 * Every PDF the village prints, previewed as pdf.js pages (no PDF plugin, as
 * in the desktop window), with as many drawn pages as the saved PDF has.
 */
import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createCore } from '../electron/core/app.js';
import type { Core } from '../electron/core/api/dispatcher.js';
import { createDemo, DEMO_VILLAGE } from '../electron/core/demo/index.js';
import { startWebHost, type WebHost } from '../electron/core/transport/web-host.js';
import { testClock, type TestClock } from './clock.js';
import { expect, screenshot, test as base } from './fixtures.js';
import { DividendsPage } from './pages/dividends.js';
import { PdfPreviewDialog } from './pages/pdf-preview.js';
import { PublicationsPage } from './pages/publications.js';
import { SetupPage } from './pages/setup.js';

/** The demo village (40 households, reviewed scoring, a shop with redemptions) on the test day, behind a web host. */
const test = base.extend<{ demo: { host: WebHost; core: Core; clock: TestClock } }>({
  demo: async ({ testDate }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cunji-e2e-pdf-'));
    const clock = testClock(testDate);
    await createDemo(dataDir, { seed: 7, households: 40, clock });
    const core = createCore({ dataDir, clock, log: () => {} });
    const host = await startWebHost({ core, staticDir: resolve('dist/renderer') });
    await use({ host, core, clock });
    await host.close();
    core.db.close();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

const pdfPages = (file: string) => Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);

/** The preview is open: its drawn pages match the PDF it saves. Returns the page count. */
async function expectPagesMatchPdf(page: Page, shot: string): Promise<number> {
  const preview = new PdfPreviewDialog(page);
  await expect(preview.dialog()).toBeVisible();
  const pages = pdfPages(await (await preview.save()).path());
  expect(pages).toBeGreaterThan(0);
  await preview.expectPages(pages);
  await expect(preview.pages().first()).toHaveAccessibleName(`第 1 页，共 ${pages} 页`);
  await expect(preview.dialog()).toContainText(`共 ${pages} 页`);
  await screenshot(page, shot);
  await preview.close();
  return pages;
}

test.beforeEach(async ({ page, demo }) => {
  await page.goto(demo.host.url);
  await new SetupPage(page).login(DEMO_VILLAGE.admin.name, DEMO_VILLAGE.admin.pin);
  await expect(page.getByText(`${DEMO_VILLAGE.admin.name}，您好`)).toBeVisible();
});

test('every document on 公示与打印 previews as pdf.js pages, as many as the PDF has', async ({ page }) => {
  // eight documents, each generated, saved, drawn and compared: several ordinary tests' worth
  test.slow();
  const pub = new PublicationsPage(page);
  await pub.open();
  const cards = page.locator('.ant-card').filter({ has: page.getByRole('button', { name: '生成预览' }) });
  const titles = (await cards.locator('.ant-card-head-title').allTextContents()).map((t) => t.trim());
  // monthly, quarterly, weekly, red, black, statement, duty list, household cards (black only when enabled)
  expect(titles.length).toBeGreaterThanOrEqual(7);
  const counts: Record<string, number> = {};
  for (const [i, title] of titles.entries()) {
    await pub.generate(title);
    counts[title] = await expectPagesMatchPdf(page, `pdf-preview-${i}`);
  }
  expect(Object.keys(counts)).toEqual(titles);
});

test('a receipt reprinted from 兑换记录 previews as pdf.js pages', async ({ page }) => {
  await page.getByRole('navigation', { name: '主导航' }).getByText('收银兑换').click();
  await page.getByRole('tab', { name: '兑换记录' }).click();
  await page.getByRole('button', { name: /重\s?印/ }).first().click();
  expect(await expectPagesMatchPdf(page, 'pdf-preview-receipt')).toBe(1);
});

test('star-household list and certificates, and a dividend signing sheet, preview as pdf.js pages', async ({ page, demo }) => {
  test.slow();
  const year = demo.clock.day.year;
  const admin = demo.core.db.prepare('SELECT id, name FROM operators WHERE name = ?').get(DEMO_VILLAGE.admin.name) as { id: number; name: string };
  demo.core.sessions.set('e2e-seed-session', { ...admin, roles: ['admin'] });
  await demo.core.call('e2e-seed-session', 'stars.saveRule', { year, thresholds: [1, 50, 150], note: '' });
  await page.getByRole('navigation', { name: '主导航' }).getByText('星级文明户').click();
  await page.getByRole('button', { name: '打印名单' }).click();
  await expectPagesMatchPdf(page, 'pdf-preview-stars-list');
  await page.getByRole('button', { name: '打印证书' }).click();
  await expectPagesMatchPdf(page, 'pdf-preview-stars-certificates');

  const dividends = new DividendsPage(page);
  await dividends.open();
  await dividends.preview('5000');
  await dividends.record();
  await dividends.detail().getByRole('button', { name: '打印签领表' }).click();
  await expectPagesMatchPdf(page, 'pdf-preview-dividend-sheet');
});

test('打印 in the browser prints only the rendered pages, one per sheet', async ({ page }) => {
  const pub = new PublicationsPage(page);
  await pub.open();
  await pub.generate('农户积分卡');
  const preview = new PdfPreviewDialog(page);
  const pages = pdfPages(await (await preview.save()).path());
  await preview.expectPages(pages);
  // window.print blocks on a dialog; record what would print at that moment instead
  await page.evaluate(() => {
    const w = window as unknown as { print(): void; printed?: { images: number; others: number } };
    w.print = () => {
      const root = document.querySelector('.cunji-print-root');
      const shown = [...document.body.children].filter((el) => getComputedStyle(el).display !== 'none');
      w.printed = { images: root?.querySelectorAll('img').length ?? 0, others: shown.filter((el) => el !== root).length };
    };
  });
  await page.emulateMedia({ media: 'print' });
  await preview.dialog().getByRole('button', { name: /打\s?印/ }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed?: unknown }).printed)).toEqual({ images: pages, others: 0 });
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.cunji-print-root')).toHaveCount(0);
});
