import type { Page } from '@playwright/test';
import { expect } from '../fixtures.js';

/** Page object for a township installation: setup, the import card and the dashboard. */
export class TownshipPage {
  constructor(private readonly page: Page) {}

  /** A township is named after its township: choosing 乡镇汇总 turns the form to 本乡镇信息 and drops 村名. */
  async setUp(v = { township: '打安镇', county: '白沙黎族自治县', admin: '李主任', pin: '2580' }) {
    const p = this.page;
    await expect(p.getByRole('heading', { name: '初次使用：设置本村信息' })).toBeVisible();
    await p.getByRole('radio', { name: '乡镇汇总' }).check();
    await expect(p.getByRole('heading', { name: '初次使用：设置本乡镇信息' })).toBeVisible();
    await expect(p.getByLabel('村名')).toHaveCount(0);
    await p.getByLabel('乡镇', { exact: true }).fill(v.township);
    await p.getByLabel('县（市、区）').fill(v.county);
    await p.getByLabel('管理员姓名').fill(v.admin);
    await p.getByLabel('管理员 PIN').fill(v.pin);
    await p.getByLabel('再次输入 PIN').fill(v.pin);
    await p.getByRole('button', { name: '完成设置' }).click();
  }

  /** The roles an operator of this installation can be given, as the operator form offers them. */
  async offeredRoles(): Promise<string[]> {
    const p = this.page;
    await p.getByRole('navigation', { name: '主导航' }).getByRole('menuitem', { name: '操作员管理' }).click();
    await p.getByRole('button', { name: '新增操作员' }).click();
    const dialog = p.getByRole('dialog');
    await expect(dialog.getByRole('checkbox').first()).toBeVisible();
    const labels = await dialog.locator('.ant-checkbox-wrapper').allInnerTexts();
    await dialog.getByRole('button', { name: '取 消' }).or(dialog.getByRole('button', { name: '取消' })).click();
    return labels.map((l) => l.trim());
  }

  async open() {
    await this.page.getByRole('navigation', { name: '主导航' }).getByRole('menuitem', { name: '乡镇汇总' }).click();
    await expect(this.page.getByRole('heading', { name: '乡镇汇总' })).toBeVisible();
  }

  async importFiles(paths: string[]) {
    await this.page.locator('input[type=file]').setInputFiles(paths);
    await expect(this.page.getByText('本次导入结果')).toBeVisible();
  }

  outcome(fileName: string) {
    return this.page.getByRole('listitem').filter({ hasText: fileName });
  }

  villageRow(name: string) {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('cell', { name, exact: true }) });
  }

  /** The first seven cells of a village's row: rank, name, households, participating, rate, issued, redeemed. */
  async leadingCells(name: string): Promise<string[]> {
    return (await this.villageRow(name).getByRole('cell').allInnerTexts()).slice(0, 7).map((t) => t.trim());
  }

  stat(title: string) {
    return this.page.locator('.ant-statistic').filter({ hasText: title }).locator('.ant-statistic-content');
  }
}
