import type { Page } from '@playwright/test';
import { expect } from '../fixtures.js';

const nav = (page: Page) => page.getByRole('navigation', { name: '主导航' });

/** Page object for 操作员管理. */
export class OperatorsPage {
  constructor(private readonly page: Page) {}

  async open() {
    await nav(this.page).getByText('操作员管理').click();
    await expect(this.page.getByRole('heading', { name: '操作员管理' })).toBeVisible();
  }

  async add(name: string, roles: string[], pin: string) {
    const p = this.page;
    await p.getByRole('button', { name: '新增操作员' }).click();
    const dialog = p.getByRole('dialog', { name: '新增操作员' });
    await dialog.getByLabel('姓名').fill(name);
    for (const r of roles) await dialog.getByRole('checkbox', { name: r }).check();
    await dialog.getByLabel('PIN').fill(pin);
    await dialog.getByRole('button', { name: /保\s?存/ }).click();
    await expect(dialog).toBeHidden();
    await expect(p.getByRole('row', { name: new RegExp(name) })).toBeVisible();
  }

  row(name: string) {
    return this.page.getByRole('row', { name: new RegExp(name) });
  }

  /** Lifts a PIN lockout with the admin's own PIN; the row's status is the lasting proof. */
  async unlock(name: string, adminPin: string) {
    const p = this.page;
    await this.row(name).getByRole('button', { name: '解除锁定' }).click();
    const dialog = p.getByRole('dialog', { name: `解除 ${name} 的锁定` });
    await dialog.getByLabel('您本人的 PIN').fill(adminPin);
    await dialog.getByRole('button', { name: '解除锁定' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.row(name)).toContainText('启用中');
  }
}

/** Page object for 审计日志. */
export class AuditPage {
  constructor(private readonly page: Page) {}

  async open() {
    await nav(this.page).getByText('审计日志').click();
    await expect(this.page.getByRole('heading', { name: '审计日志' })).toBeVisible();
  }

  rows() {
    return this.page.locator('.ant-table-tbody tr.ant-table-row');
  }
}

/** The header's operator actions. */
export class Header {
  constructor(private readonly page: Page) {}

  async changeOwnPin(oldPin: string, newPin: string) {
    const p = this.page;
    await p.getByRole('button', { name: '修改 PIN' }).click();
    const dialog = p.getByRole('dialog', { name: '修改本人 PIN' });
    await dialog.getByLabel('原 PIN').fill(oldPin);
    await dialog.getByLabel('新 PIN', { exact: true }).fill(newPin);
    await dialog.getByLabel('再次输入新 PIN').fill(newPin);
    await dialog.getByRole('button', { name: /修\s?改/ }).click();
    await expect(p.getByText('PIN 已修改')).toBeVisible();
  }

  async lock() {
    await this.page.getByRole('button', { name: '锁定' }).click();
    await expect(this.page.getByText(/屏幕已锁定/)).toBeVisible();
  }

  async logout() {
    await this.page.getByRole('button', { name: '退出登录' }).click();
  }
}

export const navItems = (page: Page) => nav(page).getByRole('menuitem');
