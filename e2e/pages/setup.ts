import type { Page } from '@playwright/test';
import { expect } from '../fixtures.js';
import { choose } from './antd.js';

/** Page object for first-run setup and PIN login, found by visible Chinese labels. */
export class SetupPage {
  constructor(private readonly page: Page) {}

  async complete(v = { village: '山竹沟村', township: '打安镇', county: '白沙黎族自治县', groups: ['第一村小组', '第二村小组', '第三村小组'], admin: '王书记', pin: '2580' }) {
    const p = this.page;
    await expect(p.getByRole('heading', { name: '初次使用：设置本村信息' })).toBeVisible();
    await p.getByLabel('村名').fill(v.village);
    await p.getByLabel('乡镇', { exact: true }).fill(v.township);
    await p.getByLabel('县（市、区）').fill(v.county);
    await p.getByLabel('村小组').fill(v.groups.join('\n'));
    await p.getByLabel('管理员姓名').fill(v.admin);
    await p.getByLabel('管理员 PIN').fill(v.pin);
    await p.getByLabel('再次输入 PIN').fill(v.pin);
    await p.getByRole('button', { name: '完成设置' }).click();
  }

  async login(operator: string, pin: string) {
    const p = this.page;
    await expect(p.getByText('登录', { exact: true }).first()).toBeVisible();
    await choose(p, p.getByLabel('操作员'), operator);
    await p.getByLabel('PIN').fill(pin);
    await p.getByRole('button', { name: '登 录' }).or(p.getByRole('button', { name: '登录' })).click();
  }
}
