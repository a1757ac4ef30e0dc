import type { Locator, Page } from '@playwright/test';

/** Opens an antd Select found by its label and picks the option a person sees. */
export async function choose(page: Page, select: Locator, option: string): Promise<void> {
  await select.click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click();
}
