import { expect, screenshot, test } from './fixtures.js';
import { RosterPage } from './pages/roster.js';
import { SetupPage } from './pages/setup.js';

test('first-run setup, then PIN login after logout', async ({ page, cunji }) => {
  await cunji.open(page);
  const setup = new SetupPage(page);
  await screenshot(page, 'setup');
  await setup.complete();
  await expect(page.getByText('王书记，您好')).toBeVisible();
  await screenshot(page, 'home');
  await page.getByRole('button', { name: '退出登录' }).click();

  // a wrong PIN is refused with a Chinese message
  await page.getByLabel('PIN').fill('0000');
  await page.getByRole('button', { name: /登\s?录/ }).click();
  await expect(page.getByText(/PIN 不正确/)).toBeVisible();
  await setup.login('王书记', '2580');
  await expect(page.getByText('王书记，您好')).toBeVisible();
  await screenshot(page, 'login-after');
});

test('add a household with two members and find 张三 by typing zs', async ({ page, cunji }) => {
  await cunji.open(page);
  await new SetupPage(page).complete();
  const roster = new RosterPage(page);
  await roster.open();
  await roster.addHousehold(
    [
      { name: '张三', relation: '户主', idCard: '11010519491231002x', phone: '138-0013-8000' },
      { name: '李梅', relation: '配偶' },
    ],
    '一组 8 号',
  );
  await roster.addHousehold([{ name: '王五', relation: '户主' }]);
  await expect(roster.rows()).toHaveCount(2);
  await expect(page.getByText('138****8000')).toBeVisible();
  await screenshot(page, 'roster');

  await roster.search('zs');
  await expect(roster.rows()).toHaveCount(1);
  await expect(roster.rows().first()).toContainText('张三');
  await expect(roster.rows().first()).toContainText('2');
});
