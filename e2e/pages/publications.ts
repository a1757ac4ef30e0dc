import type { Download, Page } from '@playwright/test';
import { expect, SLOW } from '../fixtures.js';
import { choose, clickUntilClosed } from './antd.js';
import { PdfPreviewDialog } from './pdf-preview.js';

/** Page object for 公示与打印. */
export class PublicationsPage {
  private readonly pdf: PdfPreviewDialog;

  constructor(private readonly page: Page) {
    this.pdf = new PdfPreviewDialog(page);
  }

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

  /** Clicks 生成预览 on a document card and waits for the PDF preview (a village's PDF is slow on a busy PC). */
  async generate(card: string) {
    await this.card(card).getByRole('button', { name: '生成预览' }).click();
    await expect(this.preview()).toBeVisible(SLOW);
  }

  /** Clicks 正式发布 on a document card; the confirmation saying what will be registered opens. */
  async startIssue(card: string) {
    await this.card(card).getByRole('button', { name: '正式发布' }).click();
    await expect(this.issueConfirmation()).toBeVisible();
    return this.issueConfirmation();
  }

  issueConfirmation() {
    return this.page.getByRole('dialog').filter({ hasText: '确认正式发布' });
  }

  /**
   * 正式发布, confirmed; waits for the 已发布并登记 message — a toast that lasts 3 s, so it is
   * awaited at once, not after closing the preview — then closes the preview of what was issued.
   */
  async issue(card: string) {
    const confirmation = await this.startIssue(card);
    await clickUntilClosed(confirmation, confirmation.getByRole('button', { name: '确认发布' }));
    await expect(this.page.getByText(new RegExp(`已发布并登记：${card}`))).toBeVisible(SLOW);
    await expect(this.preview()).toBeVisible(SLOW);
    await this.closePreview();
  }

  /** The options a period select on a card offers. */
  async periodOptions(card: string, label: string): Promise<string[]> {
    await this.card(card).getByLabel(label).click();
    // the dropdown animates in: read until its options are there, not once at an arbitrary moment
    const options = this.page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option');
    let texts: string[] = [];
    await expect(async () => {
      texts = await options.allTextContents();
      expect(texts.length).toBeGreaterThan(0);
    }).toPass();
    await this.page.keyboard.press('Escape');
    return texts;
  }

  /** From the register: records a villager's objection against a publication, finding the household by typing. */
  async recordObjection(publication: string, household: string, raisedBy: string, content: string) {
    const p = this.page;
    await p.getByRole('row').filter({ hasText: publication }).getByRole('button', { name: '登记异议' }).click();
    const dialog = p.getByRole('dialog');
    await dialog.getByLabel('农户').fill(household);
    await p.locator('.ant-select-dropdown:visible').getByText(household).first().click();
    await dialog.getByLabel('提出人').fill(raisedBy);
    await dialog.getByLabel('异议内容').fill(content);
    await dialog.getByRole('button', { name: /确\s?定|OK/ }).click();
    await expect(p.getByText('异议已登记')).toBeVisible();
  }

  async dismissObjection(content: string, reason: string) {
    const p = this.page;
    await p.getByRole('row').filter({ hasText: content }).getByRole('button', { name: '不予采纳' }).click();
    const dialog = p.getByRole('dialog');
    await dialog.getByLabel('理由').fill(reason);
    await dialog.getByRole('button', { name: /确\s?定|OK/ }).click();
    await expect(p.getByText('已处理')).toBeVisible();
  }

  preview() {
    return this.pdf.dialog();
  }

  save(): Promise<Download> {
    return this.pdf.save();
  }

  closePreview() {
    return this.pdf.close();
  }
}
