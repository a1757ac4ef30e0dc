import type { Download, Locator, Page } from '@playwright/test';
import { expect, SLOW } from '../fixtures.js';

/** Opens an antd Select found by its label and picks the option a person sees. */
export async function choose(page: Page, select: Locator, option: string): Promise<void> {
  await select.click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click();
}

/**
 * Clicks a button of an antd dialog until the dialog has closed. On a busy PC a click can land while
 * the dialog is still zooming in (or while pdf.js holds the main thread) and change nothing; a person
 * clicks again, and so does this. The closed dialog is the proof, not the click; a second click on a
 * dialog that has closed cannot happen, and one on a button that is busy (loading) does nothing.
 */
export async function clickUntilClosed(dialog: Locator, button: Locator): Promise<void> {
  await expect(async () => {
    if (await button.isVisible()) await button.click({ timeout: 5_000 });
    await expect(dialog).toHaveCount(0, { timeout: 5_000 });
  }).toPass(SLOW);
}

/**
 * Clicks a dialog's download button until the browser reports a download, for the same reason as
 * clickUntilClosed: a click that lands while the dialog zooms in goes nowhere, and a person clicks
 * again. The download event is the proof; if a late first click also downloads, the first file wins.
 */
export async function clickUntilDownload(page: Page, button: Locator): Promise<Download> {
  let download: Download | undefined;
  const seen = (d: Download) => {
    download ??= d;
  };
  page.on('download', seen);
  try {
    await expect(button).toBeEnabled(SLOW);
    await expect(async () => {
      if (!download) await button.click({ timeout: 5_000 });
      await expect.poll(() => download !== undefined, { timeout: 10_000 }).toBe(true);
    }).toPass(SLOW);
  } finally {
    page.off('download', seen);
  }
  return download!;
}
