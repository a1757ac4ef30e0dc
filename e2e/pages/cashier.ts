import type { Download, Page } from '@playwright/test';
import { expect } from '../fixtures.js';
import { PdfPreviewDialog } from './pdf-preview.js';

/**
 * Page object for 收银兑换. A scanner is a keyboard: it types the code and
 * Enter. `keyActions` counts what the cashier does — one scan or one key
 * press each — so a test can hold the counter to its promise.
 */
export class CashierPage {
  keyActions = 0;
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.getByRole('navigation', { name: '主导航' }).getByText('收银兑换').click();
    await expect(this.page.getByRole('heading', { name: '收银兑换' })).toBeVisible();
  }

  /** What a barcode scanner does: the code, then Enter, into whatever has focus. */
  async scan(code: string) {
    await this.page.keyboard.type(code);
    await this.page.keyboard.press('Enter');
    this.keyActions++;
  }

  async press(key: string) {
    await this.page.keyboard.press(key);
    this.keyActions++;
  }

  householdField() {
    return this.page.getByLabel('农户', { exact: true });
  }

  goodsField() {
    return this.page.getByLabel('商品', { exact: true });
  }

  success() {
    return this.page.locator('.ant-alert-success');
  }

  async saveReceipt(): Promise<Download> {
    await this.page.getByRole('button', { name: '打印兑换凭证' }).click();
    const preview = new PdfPreviewDialog(this.page);
    await expect(preview.dialog()).toBeVisible();
    const download = await preview.save();
    await preview.close();
    return download;
  }

  async voidInHistory(receiptNumber: string, reason: string) {
    await this.page.getByRole('tab', { name: '兑换记录' }).click();
    const row = this.page.getByRole('row').filter({ hasText: receiptNumber });
    await row.getByRole('button', { name: /^作\s?废$/ }).click();
    const dialog = this.page.getByRole('dialog').filter({ hasText: `作废兑换凭证 ${receiptNumber}` });
    await dialog.getByLabel('作废原因').fill(reason);
    await dialog.getByRole('button', { name: /^作\s?废$/ }).click();
    await expect(row.getByText('已作废')).toBeVisible();
  }
}
