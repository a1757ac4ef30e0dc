import type { Download, Page } from '@playwright/test';
import { expect } from '../fixtures.js';
import { choose } from './antd.js';

/** Page object for 公示与打印. */
export class PublicationsPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.getByRole('navigation', { name: '主导航' }).getByText('公示与打印').click();
    await expect(this.page.getByRole('heading', { name: '公示与打印' })).toBeVisible();
  }

  card(title: string) {
    return this.page.locator('.ant-card').filter({ has: this.page.getByText(title, { exact: true }) });
  }

  async choose(card: string, label: string, option: string) {
    await choose(this.page, this.card(card).getByLabel(label), option);
  }

  /** Clicks 生成预览 on a document card and waits for the PDF preview. */
  async generate(card: string) {
    await this.card(card).getByRole('button', { name: '生成预览' }).click();
    await expect(this.preview()).toBeVisible();
  }

  preview() {
    return this.page.getByRole('dialog').filter({ has: this.page.locator('iframe[title="PDF 预览"]') });
  }

  async save(): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.preview().getByRole('button', { name: '保存 PDF' }).click()]);
    return download;
  }

  async closePreview() {
    await this.preview().getByRole('button', { name: 'Close' }).or(this.preview().getByRole('button', { name: '关闭' })).click();
  }
}
