import type { Download, Page } from '@playwright/test';
import { expect, SLOW } from '../fixtures.js';
import { PdfPreviewDialog } from './pdf-preview.js';

/**
 * Page object for 收银兑换. A scanner is a keyboard: it types the code and
 * Enter. `countActions()` counts in the page what the cashier does from then on
 * — each Enter, function or navigation key, and each mouse press, whoever
 * caused it (the test, this page object, or a click the screen needed) — so a
 * test can hold the screen to its promise. Typed characters belong to a scan.
 */
export class CashierPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.getByRole('navigation', { name: '主导航' }).getByText('收银兑换').click();
    await expect(this.page.getByRole('heading', { name: '收银兑换' })).toBeVisible();
  }

  /** Starts counting key actions and mouse presses in the page (from zero). */
  async countActions() {
    await this.page.evaluate(() => {
      const w = window as unknown as { cunjiActions?: number; cunjiCounting?: boolean };
      w.cunjiActions = 0;
      if (w.cunjiCounting) return;
      w.cunjiCounting = true;
      const count = () => void (w.cunjiActions = (w.cunjiActions ?? 0) + 1);
      // capture phase on window: seen before any handler can stop it
      window.addEventListener('keydown', (e) => e.key.length > 1 && !['Shift', 'Control', 'Alt', 'Meta'].includes(e.key) && count(), true);
      window.addEventListener('pointerdown', count, true);
    });
  }

  async actions(): Promise<number> {
    return this.page.evaluate(() => (window as unknown as { cunjiActions: number }).cunjiActions);
  }

  /** What a barcode scanner does: the code, then Enter, into whatever has focus. */
  async scan(code: string) {
    await this.page.keyboard.type(code);
    await this.page.keyboard.press('Enter');
  }

  async press(key: string) {
    await this.page.keyboard.press(key);
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
    await expect(preview.dialog()).toBeVisible(SLOW);
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
    // done when the dialog closes (a refusal keeps it open, with its message)
    await expect(dialog).toBeHidden();
    await expect(row.getByText('已作废')).toBeVisible();
  }
}
