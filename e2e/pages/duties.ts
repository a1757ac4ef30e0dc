import type { Page } from '@playwright/test';
import { expect } from '../fixtures.js';
import { choose } from './antd.js';

const nav = (page: Page, label: string) => page.getByRole('navigation', { name: '主导航' }).getByText(label, { exact: true }).click();

/** 职责分工: each cadre's items with the main owner and co-owner pickers; the yearly ranking below. */
export class DutiesPage {
  constructor(private readonly page: Page) {}

  async open() {
    await nav(this.page, '职责分工');
    await expect(this.page.getByRole('heading', { name: '职责分工' })).toBeVisible();
  }

  /** One item's line in a cadre's card (`王海（书记）`). */
  item(cadre: string, item: string) {
    return this.page.locator('.ant-card').filter({ hasText: cadre }).getByRole('listitem').filter({ hasText: item });
  }

  async addCoOwner(cadre: string, item: string, coOwner: string) {
    await choose(this.page, this.item(cadre, item).getByLabel('协办人'), coOwner);
    await this.page.keyboard.press('Escape');
  }
}

/** 首页: the to-do list the office sees first. */
export class HomePage {
  constructor(private readonly page: Page) {}

  async open() {
    await nav(this.page, '首页');
    return this.page.getByRole('listitem');
  }
}
