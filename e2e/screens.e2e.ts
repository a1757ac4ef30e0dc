import { expect, screenshot, test } from './fixtures.js';
import { SetupPage } from './pages/setup.js';
import { ShellPage } from './pages/shell.js';
import { TownshipPage } from './pages/township.js';

test('every menu item is reachable at 1366×768 and each screen is photographed for review', async ({ page, cunji }) => {
  expect(page.viewportSize()).toEqual({ width: 1366, height: 768 });
  await cunji.open(page);
  await expect(page.getByRole('heading', { name: '初次使用：设置本村信息' })).toBeVisible();
  await screenshot(page, 'screen-00-初次使用');
  await new SetupPage(page).complete();
  // a fresh village's first steps, each a link to where it is done
  for (const todo of ['去清单管理', '去村干部', '去操作员管理']) await expect(page.getByRole('button', { name: todo })).toBeVisible();
  const shell = new ShellPage(page);
  const labels = await shell.menuLabels();
  expect(labels.length).toBeGreaterThan(10);
  for (const [i, label] of labels.entries()) {
    await shell.openScreen(label);
    await screenshot(page, `screen-${String(i + 1).padStart(2, '0')}-${label}`);
  }
  // no English names left in the menu, and one <main>
  for (const name of await page.getByRole('navigation', { name: '主导航' }).getByRole('menuitem').allTextContents()) expect(name).toMatch(/^[\u4e00-\u9fff（）]+$/);
  await expect(page.getByRole('main')).toHaveCount(1);

  // 切换操作员 hands over on the same screen; 退出登录 ends at home
  await page.getByRole('button', { name: '切换操作员' }).click();
  await expect(page.getByText('切换操作员：请接班的人选择自己的名字并输入 PIN，登录后回到刚才的页面。')).toBeVisible();
  await screenshot(page, 'screen-login-switch');
  await new SetupPage(page).login('王书记', '2580');
  await expect(page.getByRole('navigation', { name: '主导航' }).locator('.ant-menu-item-selected')).toHaveText(labels.at(-1)!);
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page.getByText('已退出登录。')).toBeVisible();
  await screenshot(page, 'screen-login');
  await new SetupPage(page).login('王书记', '2580');
  await expect(page.getByText('王书记，您好')).toBeVisible();
});

test('a fresh village: a to-do leads to its screen and goes once done; a template can be looked at before adopting', async ({ page, cunji }) => {
  await cunji.open(page);
  await new SetupPage(page).complete();
  await page.getByRole('button', { name: '去清单管理' }).click();
  await expect(page.getByRole('heading', { name: '清单管理' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /^村民行为清单/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^依法履职清单/ })).not.toBeChecked();
  await page.getByRole('button', { name: '查看事项' }).first().click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('columnheader', { name: '分值' })).toBeVisible();
  await screenshot(page, 'checklists-template-preview');
  await dialog.getByRole('button', { name: /Close|关闭/ }).click();
  await page.getByRole('button', { name: '导入所选清单' }).click();
  await expect(page.getByText('请填写参会人数（按会议签到表）')).toBeVisible();
  await page.getByLabel('参会人数').fill('41');
  await page.getByRole('button', { name: '导入所选清单' }).click();
  await expect(page.getByText('清单已导入')).toBeVisible();
  await page.getByRole('navigation', { name: '主导航' }).getByText('首页', { exact: true }).click();
  await expect(page.getByRole('button', { name: '去村干部' })).toBeVisible();
  await expect(page.getByRole('button', { name: '去清单管理' })).toHaveCount(0);
});

test('a township installation: its setup says 本乡镇信息 and each of its screens is photographed at 1366×768', async ({ page, cunji }) => {
  await cunji.open(page);
  await page.getByRole('radio', { name: '乡镇汇总' }).check();
  await expect(page.getByRole('heading', { name: '初次使用：设置本乡镇信息' })).toBeVisible();
  await screenshot(page, 'screen-township-00-初次使用');
  // the page object walks the form from its first state
  await page.reload();
  await new TownshipPage(page).setUp();
  const shell = new ShellPage(page);
  const labels = await shell.menuLabels();
  for (const [i, label] of labels.entries()) {
    await shell.openScreen(label);
    await screenshot(page, `screen-township-${String(i + 1).padStart(2, '0')}-${label}`);
  }
});
