import type { Download, Page } from '@playwright/test';
import { expect } from '../fixtures.js';

/** Page object for 清单管理: adopting the shipped lists and editing a list through Excel. */
export class ChecklistsPage {
  constructor(private readonly page: Page) {}

  /** Every shipped list, adopted in one step with its meeting. */
  async adoptAll() {
    const p = this.page;
    await p.getByRole('navigation', { name: '主导航' }).getByText('清单管理', { exact: true }).click();
    await expect(p.getByRole('heading', { name: '清单管理' })).toBeVisible();
    const boxes = p.getByRole('checkbox');
    for (const box of await boxes.all()) await box.check();
    await p.getByLabel('参会人数').fill('45');
    await p.getByRole('button', { name: '导入所选清单' }).click();
    await expect(p.getByText('清单已导入')).toBeVisible();
  }

  async tab(list: string) {
    await this.page.getByRole('tab', { name: list }).click();
  }

  panel() {
    return this.page.getByRole('tabpanel');
  }

  async exportSheet(): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.panel().getByRole('button', { name: '导出 Excel' }).click()]);
    return download;
  }

  dialog() {
    return this.page.getByRole('dialog', { name: /从 Excel 导入/ });
  }

  /** Picks the edited file and waits for the preview line (表中共 … 项). */
  async chooseSheet(path: string) {
    await this.panel().getByRole('button', { name: '导入 Excel' }).click();
    await this.dialog().getByLabel('选择 Excel 文件').setInputFiles(path);
    await expect(this.dialog().getByText(/表中共 \d+ 项/)).toBeVisible();
  }

  async commit(changes: number, attendance: string) {
    const d = this.dialog();
    await d.getByLabel('参会人数').fill(attendance);
    await d.getByRole('button', { name: `导入 ${changes} 项修改` }).click();
    await expect(this.page.getByText('已导入，清单生成了新版本')).toBeVisible();
    await expect(d).toBeHidden();
  }

  row(name: string) {
    return this.panel().getByRole('row', { name: new RegExp(name) });
  }
}
