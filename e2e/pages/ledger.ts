import type { Locator, Page } from '@playwright/test';
import { expect, SLOW } from '../fixtures.js';
import { choose } from './antd.js';

/** Like `choose`, for long lists: types into the select's search first (antd renders only visible options). */
async function chooseTyping(page: Page, select: Locator, typed: string, option: string): Promise<void> {
  await select.click();
  await page.keyboard.type(typed);
  await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click();
}

/** Opens a screen from the left navigation by its label. */
export const nav = (page: Page, label: string) => page.getByRole('navigation', { name: '主导航' }).getByText(label, { exact: true }).click();

/** 积分录入: one item for households picked by group and multi-select. */
export class ScoringPage {
  constructor(private readonly page: Page) {}

  async open() {
    await nav(this.page, '积分录入');
    await expect(this.page.getByRole('heading', { name: '积分录入' })).toBeVisible();
  }

  async batch(typed: string, item: string, group: string, note: string) {
    const p = this.page;
    await chooseTyping(p, p.getByLabel('清单事项'), typed, item);
    await choose(p, p.getByLabel('村小组'), group);
    await p.locator('.ant-table-thead .ant-checkbox-input').check();
    await p.getByLabel('说明').fill(note);
    await p.getByRole('button', { name: '保存记录' }).click();
  }

  /** One item for one household, found by the table's search. */
  async recordOne(typed: string, item: string, household: string, note: string) {
    const p = this.page;
    await chooseTyping(p, p.getByLabel('清单事项'), typed, item);
    await p.getByLabel('搜索姓名、户号或拼音首字母').fill(household);
    await p.getByRole('row').filter({ hasText: household }).getByRole('checkbox').check();
    await p.getByLabel('说明').fill(note);
    await p.getByRole('button', { name: '保存记录' }).click();
  }

  /** The lasting notice after a deduction, with its 打印扣分告知单 button(s). */
  deductionNotice() {
    return this.page.getByRole('alert').filter({ hasText: '已记录扣分' });
  }

  /** Points for one cadre on a duty item (item found by typing part of its name). */
  async forCadre(typed: string, item: string, cadre: string) {
    const p = this.page;
    await p.getByText('给村干部记分', { exact: true }).click();
    await chooseTyping(p, p.getByLabel('清单事项'), typed, item);
    await choose(p, p.getByRole('combobox', { name: '村干部' }), cadre);
    await p.getByRole('button', { name: '保存记录' }).click();
  }
}

/** 入户巡查: set up the round with the mouse, then grade from the keyboard only. */
export class InspectionPage {
  constructor(private readonly page: Page) {}

  async open() {
    await nav(this.page, '入户巡查');
    await expect(this.page.getByRole('heading', { name: '入户巡查' })).toBeVisible();
  }

  async setUp(group: string, item: string, cadre: string, dutyItem: string) {
    const p = this.page;
    await choose(p, p.getByLabel('村小组'), group);
    await choose(p, p.getByLabel('评分事项'), item);
    await choose(p, p.getByLabel('巡查干部'), cadre);
    await choose(p, p.getByLabel('干部职责事项'), dutyItem);
  }

  grid() {
    return this.page.getByRole('grid', { name: '入户巡查' });
  }

  async finish() {
    await this.page.getByRole('button', { name: '完成巡查并记分' }).click();
  }
}

/** 月度审核: bulk approve, reject one with a reason, close the month. */
export class ReviewPage {
  constructor(private readonly page: Page) {}

  async open() {
    await nav(this.page, '月度审核');
    await expect(this.page.getByRole('heading', { name: '月度审核' })).toBeVisible();
  }

  row(text: string) {
    return this.page.locator('.ant-table-tbody tr.ant-table-row', { hasText: text });
  }

  async reject(rowText: string, reason: string) {
    await this.row(rowText).getByRole('button', { name: '不通过' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel('理由').fill(reason);
    await dialog.getByRole('button', { name: '不通过' }).click();
    // the dialog closes once the rejection is written and the list reloaded: slow on a loaded machine
    await expect(dialog).toBeHidden(SLOW);
  }

  /** Every pending entry of the month the reviewer may decide on, across all table pages. */
  async selectAllPending() {
    await this.page.getByRole('button', { name: /选择本月全部待审核/ }).click();
  }

  async rejectSelected(reason: string) {
    await this.page.getByRole('button', { name: /不通过所选/ }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel('理由').fill(reason);
    await dialog.getByRole('button', { name: '不通过' }).click();
    // the dialog closes once the rejection is written and the list reloaded: slow on a loaded machine
    await expect(dialog).toBeHidden(SLOW);
  }

  async approveAll() {
    await this.page.getByRole('checkbox', { name: '全选本页' }).check();
    await this.page.getByRole('button', { name: /^通过所选/ }).click();
  }

  /** Leaves for the home page and opens the review again, as a reviewer coming back another day would (the screen reads the date when it opens). */
  async comeBack() {
    await nav(this.page, '首页');
    await this.open();
  }

  closeButton() {
    return this.page.getByRole('button', { name: '结账（本月锁定）' });
  }

  /** The lasting notice that a month still running cannot be closed by a reviewer. */
  notOverNotice(month: string) {
    return this.page.getByRole('alert').filter({ hasText: `${month} 还没有过完，月底以后才能结账` });
  }

  async closeMonth() {
    await this.closeButton().click();
    await this.page.getByRole('button', { name: '确定' }).or(this.page.getByRole('button', { name: '确 定' })).click();
  }
}

/** 积分存折 of one household. */
export class PassbookPage {
  constructor(private readonly page: Page) {}

  async open() {
    await nav(this.page, '积分存折');
    await expect(this.page.getByRole('heading', { name: '积分存折' })).toBeVisible();
  }

  async show(search: string, option: string) {
    await chooseTyping(this.page, this.page.getByLabel('农户', { exact: true }), search, option);
  }

  rows() {
    return this.page.locator('.ant-table-tbody tr.ant-table-row');
  }
}

/** 清单管理 and 活动签到: import templates adopted by a meeting; sign households in by pinyin + Enter. */
export class ChecklistsPage {
  constructor(private readonly page: Page) {}

  async importTemplates(lists: string[]) {
    const p = this.page;
    await nav(p, '清单管理');
    await expect(p.getByRole('heading', { name: '清单管理' })).toBeVisible();
    // the four 大清单 start ticked: tick exactly the ones asked for
    for (const box of await p.getByRole('checkbox').all()) {
      const label = (await box.evaluate((el) => el.closest('label')?.textContent ?? '')) ?? '';
      await box.setChecked(lists.some((l) => label.startsWith(l)));
    }
    await p.getByLabel('参会人数').fill('45');
    await p.getByRole('button', { name: '导入所选清单' }).click();
    await expect(p.getByText('清单已导入')).toBeVisible();
  }
}

export class ActivitiesPage {
  constructor(private readonly page: Page) {}

  async create(name: string, typed: string, item: string, cadre: string) {
    const p = this.page;
    await nav(p, '活动签到');
    await p.getByRole('button', { name: '新建活动' }).click();
    const dialog = p.getByRole('dialog');
    await dialog.getByLabel('活动名称').fill(name);
    await chooseTyping(p, dialog.getByLabel('农户加分事项'), typed, item);
    await choose(p, dialog.getByLabel('组织干部'), cadre);
    await dialog.getByRole('button', { name: '保 存' }).or(dialog.getByRole('button', { name: '保存' })).click();
    await expect(dialog).toBeHidden();
  }

  async signIn(typed: string) {
    const box = this.page.getByLabel('输入姓名、户号或拼音首字母，回车签到');
    await box.fill(typed);
    await expect(this.page.locator('.ant-list-item').first()).toBeVisible();
    await box.press('Enter');
    await expect(box).toHaveValue('');
  }
}
