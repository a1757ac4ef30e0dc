import type { Page } from '@playwright/test';
import { expect } from '../fixtures.js';
import { choose } from './antd.js';

export interface MemberRow {
  name: string;
  relation: string;
  idCard?: string;
  phone?: string;
}

/** Page object for 农户花名册. */
export class RosterPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.getByRole('navigation', { name: '主导航' }).getByText('农户花名册').click();
    await expect(this.page.getByRole('heading', { name: '农户花名册' })).toBeVisible();
  }

  async addHousehold(members: MemberRow[], address = '') {
    const p = this.page;
    await p.getByRole('button', { name: '新增农户' }).click();
    const drawer = p.locator('.ant-drawer');
    await expect(drawer.getByText('新增农户').first()).toBeVisible();
    if (address) await drawer.getByLabel('门牌地址').fill(address);
    for (let i = 0; i < members.length; i++) {
      if (i > 0) await drawer.getByRole('button', { name: '添加成员' }).click();
      const m = members[i]!;
      const row = drawer.getByRole('group', { name: `成员 ${i + 1}` });
      await row.getByLabel('姓名').fill(m.name);
      await choose(p, row.getByLabel('与户主关系'), m.relation);
      if (m.idCard) await row.getByLabel('身份证号').fill(m.idCard);
      if (m.phone) await row.getByLabel('联系电话').fill(m.phone);
    }
    await drawer.getByRole('button', { name: '保 存' }).or(drawer.getByRole('button', { name: '保存' })).click();
    await expect(drawer).toBeHidden();
  }

  async search(text: string) {
    await this.page.getByPlaceholder('搜索姓名、户号或拼音首字母').fill(text);
  }

  rows() {
    return this.page.locator('.ant-table-tbody tr.ant-table-row');
  }
}
