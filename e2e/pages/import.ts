import type { Page } from '@playwright/test';
import { expect } from '../fixtures.js';

/** Page object for the 从 Excel 导入农户 wizard, opened from 农户花名册. */
export class ImportWizardPage {
  constructor(private readonly page: Page) {}

  dialog() {
    return this.page.getByRole('dialog', { name: '从 Excel 导入农户' });
  }

  async open() {
    await this.page.getByRole('button', { name: '导入 Excel' }).click();
    await expect(this.dialog()).toBeVisible();
  }

  async choose(path: string) {
    await this.dialog().locator('input[type=file]').setInputFiles(path);
    await expect(this.dialog().getByText('检查与对应').first()).toBeVisible();
    await expect(this.dialog().getByText(/表中共 \d+ 户/)).toBeVisible();
  }

  problems() {
    return this.dialog().getByRole('table').filter({ has: this.page.getByRole('columnheader', { name: '问题', exact: true }) }).locator('tbody tr.ant-table-row');
  }

  /** Households of the sheet the roster already has. */
  existing() {
    return this.dialog().getByRole('table').filter({ has: this.page.getByRole('columnheader', { name: '与花名册相比' }) }).locator('tbody tr.ant-table-row');
  }

  async exportProblems() {
    const download = this.page.waitForEvent('download');
    await this.dialog().getByRole('button', { name: '导出问题清单（Excel）' }).click();
    return download;
  }

  async confirm(households: number) {
    await this.dialog().getByRole('button', { name: `导入 ${households} 户` }).click();
    await expect(this.dialog().getByText(new RegExp(`已导入 ${households} 户`))).toBeVisible();
  }

  async close() {
    await this.dialog().getByRole('button', { name: /完\s?成/ }).click();
    await expect(this.dialog()).toBeHidden();
  }
}
