import type { Download, Page } from '@playwright/test';
import { expect, SLOW } from '../fixtures.js';
import { clickUntilClosed, clickUntilDownload } from './antd.js';
import { PdfPreviewDialog } from './pdf-preview.js';

/** Page objects for 按积分分红 and 全村统计. */
export class DividendsPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.getByRole('navigation', { name: '主导航' }).getByText('按积分分红').click();
    await expect(this.page.getByRole('heading', { name: '按积分分红' })).toBeVisible();
  }

  async preview(amount: string) {
    await this.page.getByLabel('分红金额（元）').fill(amount);
    await this.page.getByRole('button', { name: '预览分红' }).click();
    await expect(this.page.getByRole('button', { name: '确认登记分红' })).toBeVisible();
  }

  /** Confirms the preview in the confirmation dialog; the recorded distribution opens. */
  async record() {
    await this.page.getByRole('button', { name: '确认登记分红' }).click();
    const confirmation = this.page.getByRole('dialog').filter({ hasText: '确认登记这次分红？' });
    await clickUntilClosed(confirmation, confirmation.getByRole('button', { name: '确认登记分红' }));
    await expect(this.detail()).toBeVisible(SLOW);
  }

  detail() {
    return this.page.getByRole('dialog').filter({ hasText: /第 \d+ 号：/ });
  }

  pdfPreview() {
    return new PdfPreviewDialog(this.page).dialog();
  }

  async savePdf(): Promise<Download> {
    await this.detail().getByRole('button', { name: '打印签领表' }).click();
    await expect(this.pdfPreview()).toBeVisible();
    return new PdfPreviewDialog(this.page).save();
  }

  async exportXlsx(): Promise<Download> {
    return clickUntilDownload(this.page, this.detail().getByRole('button', { name: '导出 Excel' }));
  }
}

export class StatsPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.getByRole('navigation', { name: '主导航' }).getByText('全村统计').click();
    await expect(this.page.getByRole('heading', { name: /全村统计/ })).toBeVisible();
  }

  /** Picks a whole year from the period picker's presets. */
  async chooseYear(year: number) {
    await this.page.getByLabel('统计期间').first().click();
    await this.page.locator('.ant-picker-dropdown:visible').getByText(`${year}年全年`).click();
    await expect(this.page.getByRole('heading', { name: new RegExp(`全村统计\\s*${year}-01 至 ${year}-12`) })).toBeVisible();
  }

  section(title: string) {
    return this.page.locator('.ant-card').filter({ has: this.page.getByText(title, { exact: true }) });
  }
}

export class StarsPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.getByRole('navigation', { name: '主导航' }).getByText('星级文明户').click();
    await expect(this.page.getByRole('heading', { name: '星级文明户' })).toBeVisible();
  }

  async setThresholds(points: number[]) {
    for (const [i, p] of points.entries()) await this.page.getByLabel(`${i + 1}星`, { exact: true }).fill(String(p));
    await this.page.getByRole('button', { name: '保存标准' }).click();
    await expect(this.page.getByText('评定标准已保存')).toBeVisible();
  }

  pdfPreview() {
    return new PdfPreviewDialog(this.page).dialog();
  }
}
