import type { Page } from '@playwright/test';
import { expect } from '../fixtures.js';

/** Page object for the app shell: the side menu every screen hangs off. */
export class ShellPage {
  constructor(private readonly page: Page) {}

  private nav() {
    return this.page.getByRole('navigation', { name: '主导航' });
  }

  async menuLabels(): Promise<string[]> {
    await expect(this.nav().getByRole('menuitem').first()).toBeVisible();
    return (await this.nav().getByRole('menuitem').allInnerTexts()).map((t) => t.trim());
  }

  /** Scrolls the menu (not the page) to the item, as a person with a 768-pixel-high screen would, and opens the screen. */
  async openScreen(label: string) {
    // the item's accessible name also carries its icon's English label, so match the visible text
    const item = this.nav().getByRole('menuitem').filter({ has: this.page.getByText(label, { exact: true }) });
    await item.scrollIntoViewIfNeeded();
    await expect(item).toBeInViewport();
    await item.click();
    await expect(item).toHaveClass(/ant-menu-item-selected/);
    const main = this.page.getByRole('main');
    await expect(main).toHaveCount(1);
    await expect(main.locator('.ant-spin-spinning')).toHaveCount(0);
  }
}
