import type { Download, Page } from '@playwright/test';
import { expect, SLOW } from '../fixtures.js';
import { clickUntilClosed, clickUntilDownload } from './antd.js';

/** The PDF preview dialog every screen opens (renderer/src/screens/publications/PdfPreview.tsx): pdf.js pages, 打印, 保存 PDF. */
export class PdfPreviewDialog {
  constructor(private readonly page: Page) {}

  dialog() {
    return this.page.getByRole('dialog').filter({ has: this.page.getByRole('region', { name: 'PDF 预览' }) });
  }

  /** The drawn pages, each an image named 第 n 页，共 N 页. */
  pages() {
    return this.dialog().getByRole('img', { name: /^第 \d+ 页，共 \d+ 页$/ });
  }

  /** Waits until pdf.js has drawn `count` pages. */
  async expectPages(count: number) {
    await expect(this.pages()).toHaveCount(count, SLOW);
    await expect(this.dialog().locator('canvas[data-rendered="true"]')).toHaveCount(count, SLOW);
  }

  /** 保存 PDF; the download event is the proof. */
  save(): Promise<Download> {
    return clickUntilDownload(this.page, this.dialog().getByRole('button', { name: '保存 PDF' }));
  }

  async close() {
    const dialog = this.dialog();
    await clickUntilClosed(dialog, dialog.getByRole('button', { name: 'Close' }).or(dialog.getByRole('button', { name: '关闭' })).first());
  }
}
