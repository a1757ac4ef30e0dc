import { expect, screenshot, test } from './fixtures.js';
import { choose } from './pages/antd.js';
import { RosterPage } from './pages/roster.js';
import { SetupPage } from './pages/setup.js';

test('rename and add a group, then move a household out from its form', async ({ page, cunji }) => {
  await cunji.open(page);
  await new SetupPage(page).complete();
  const roster = new RosterPage(page);
  await roster.open();
  await roster.addHousehold([{ name: '欧阳堃', relation: '户主' }]);

  await page.getByRole('button', { name: '管理村小组' }).click();
  const groups = page.getByRole('dialog', { name: '村小组' });
  await groups.getByRole('row', { name: /第三村小组/ }).getByRole('button', { name: '改名' }).click();
  await groups.getByLabel('第三村小组的新名称').fill('坡头村小组');
  await groups.getByRole('button', { name: /保\s?存/ }).click();
  await groups.getByLabel('新村小组名称').fill('第四村小组');
  await groups.getByRole('button', { name: '新增村小组' }).click();
  await expect(groups.getByRole('row')).toHaveCount(5);
  await expect(groups.getByText('坡头村小组')).toBeVisible();
  await screenshot(page, 'roster-groups');
  await groups.getByRole('button', { name: /关\s?闭/ }).first().click();
  await expect(groups).toBeHidden();
  await choose(page, page.getByRole('combobox', { name: '村小组' }), '坡头村小组');
  await expect(roster.rows()).toHaveCount(0);
  await choose(page, page.getByRole('combobox', { name: '村小组' }), '全部村小组');

  await roster.rows().first().getByRole('button', { name: '编辑' }).click();
  const drawer = page.locator('.ant-drawer');
  await expect(drawer.getByText('编辑农户 01001')).toBeVisible();
  await drawer.getByText('迁出', { exact: true }).click();
  await screenshot(page, 'roster-edit');
  await drawer.getByRole('button', { name: /保\s?存/ }).click();
  await expect(drawer).toBeHidden();
  await expect(roster.rows()).toHaveCount(0);
  await choose(page, page.getByRole('combobox', { name: '状态' }), '迁出');
  await expect(roster.rows()).toHaveCount(1);
  await expect(roster.rows().first()).toContainText('欧阳堃');
});
