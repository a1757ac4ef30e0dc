import type { Download, Page } from '@playwright/test';
import { expect } from '../fixtures.js';
import { choose } from './antd.js';
import { nav } from './ledger.js';

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

  /** The yearly ranking card (评先评优) with its PDF and .xlsx buttons. */
  ranking() {
    return this.page.locator('.ant-card').filter({ hasText: '干部年度积分排名（评先评优）' });
  }

  async exportRanking(): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.ranking().getByRole('button', { name: '导出 Excel' }).click()]);
    return download;
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
