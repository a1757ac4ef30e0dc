import { execFileSync } from 'node:child_process';
import { householdBalance } from '../electron/core/ledger/entries.js';
import { givePoints } from '../test/shop/points.js';
import { expect, openBackfill, screenshot, test, type CunjiApp } from './fixtures.js';
import { CashierPage } from './pages/cashier.js';
import { PdfPreviewDialog } from './pages/pdf-preview.js';
import { SetupPage } from './pages/setup.js';
import { ShopPage } from './pages/shop.js';

const SEED = 'e2e-shop-seed';

/** A household with points and three goods on the shelf, straight through the core (their screens have their own tests). */
async function seed(cunji: CunjiApp) {
  const admin = cunji.core.db.prepare("SELECT id, name FROM operators WHERE name = '王书记'").get() as { id: number; name: string };
  cunji.core.sessions.set(SEED, { ...admin, roles: ['admin', 'cashier'] });
  openBackfill(cunji.core);
  const groups = await cunji.core.call(SEED, 'roster.groups.list', {});
  const h = await cunji.core.call(SEED, 'roster.households.create', { groupId: groups[0]!.id, members: [{ name: '符桂兰', relation: '户主' }] });
  givePoints(cunji.core.db, h.id, 300, admin.id);
  const goods = [
    { name: '洗衣粉', price: 100, barcode: '6920000000011', unit: '袋' },
    { name: '大米 5kg', price: 39, barcode: '6920000000028', unit: '袋' },
    { name: '牙膏', price: 60, barcode: '6920000000035', unit: '支' },
  ];
  const ids: number[] = [];
  for (const g of goods) {
    const row = await cunji.core.call(SEED, 'shop.goods.save', { ...g, category: '日化', tracked: true, lowStock: 2 });
    await cunji.core.call(SEED, 'shop.stock.in', { goodsId: row.id, kind: 'purchase', quantity: 10, date: cunji.day.monthsAgo(1, 1) });
    ids.push(row.id);
  }
  return { household: h, goods, ids };
}

const stockOf = async (cunji: CunjiApp, ids: number[]) => {
  const rows = await cunji.core.call(SEED, 'shop.goods.list', {});
  return ids.map((id) => rows.find((g) => g.id === id)?.stock);
};

test('redemption day: scan a card, scan three goods, Enter; the receipt PDF is right; a void gives points and stock back', async ({ page, cunji }) => {
  await cunji.open(page);
  await new SetupPage(page).complete();
  await expect(page.getByText('王书记，您好')).toBeVisible();
  const { household, goods, ids } = await seed(cunji);

  const cashier = new CashierPage(page);
  await cashier.open();
  // from the open screen: scan the card, scan three goods, Enter — five actions, no mouse
  await expect(cashier.householdField()).toBeFocused();
  await cashier.countActions();
  await cashier.scan(household.number);
  await expect(page.getByText('符*兰')).toBeVisible();
  await expect(cashier.goodsField()).toBeFocused();
  for (const g of goods) await cashier.scan(g.barcode);
  await expect(page.getByRole('row').filter({ hasText: '牙膏' })).toBeVisible();
  await screenshot(page, 'shop-cashier-cart');
  await cashier.press('Enter');

  await expect(cashier.success()).toContainText('兑换后可用积分 101 分');
  expect(await cashier.actions()).toBe(5);
  const number = /凭证号 (\d{8}-\d{3})/.exec((await cashier.success().textContent()) ?? '')?.[1] ?? '';
  expect(number).not.toBe('');
  expect(householdBalance(cunji.core.db, household.id).available).toBe(101);
  expect(await stockOf(cunji, ids)).toEqual([9, 9, 9]);
  await expect(cashier.householdField()).toBeFocused();
  await screenshot(page, 'shop-cashier-done');

  const receipt = await cashier.saveReceipt();
  const text = execFileSync('pdftotext', ['-layout', await receipt.path(), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  for (const g of goods) expect(text).toContain(g.name.replace(/\s+/g, ''));
  expect(text).toContain('兑换前可用积分300');
  expect(text).toContain('兑换后可用积分101');
  expect(text).toContain(number);
  expect(text).toContain('符*兰');

  await cashier.voidInHistory(number, '农户要求退换');
  await screenshot(page, 'shop-cashier-history-void');
  expect(householdBalance(cunji.core.db, household.id).available).toBe(300);
  expect(await stockOf(cunji, ids)).toEqual([10, 10, 10]);
});

test('two customers in a row by keyboard only: receipt printed for the first, Esc for the next, out-of-stock goods refused at the counter', async ({ page, cunji }) => {
  expect(page.viewportSize()).toEqual({ width: 1366, height: 768 });
  // the browser's print dialog is counted, not shown
  await page.addInitScript(() => {
    const w = window as unknown as { cunjiPrints: number };
    w.cunjiPrints = 0;
    window.print = () => void (w.cunjiPrints += 1);
  });
  await cunji.open(page);
  await new SetupPage(page).complete();
  await expect(page.getByText('王书记，您好')).toBeVisible();
  const { household, goods } = await seed(cunji);
  const groups = await cunji.core.call(SEED, 'roster.groups.list', {});
  const second = await cunji.core.call(SEED, 'roster.households.create', { groupId: groups[0]!.id, members: [{ name: '吉文光', relation: '户主' }] });
  givePoints(cunji.core.db, second.id, 200, 1);
  // on the shelf list but none in stock
  await cunji.core.call(SEED, 'shop.goods.save', { name: '香皂', price: 10, barcode: '6920000000042', unit: '块', category: '日化', tracked: true, lowStock: 2 });

  const cashier = new CashierPage(page);
  await cashier.open();
  await expect(cashier.householdField()).toBeFocused();
  await cashier.countActions();

  // first customer: card, soap (refused), washing powder, Enter
  await cashier.scan(household.number);
  await expect(cashier.goodsField()).toBeFocused();
  await cashier.scan('6920000000042');
  await expect(page.getByText('“香皂”库存只剩 0 块，不能再加入兑换单')).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: '香皂' })).toHaveCount(0);
  await cashier.scan(goods[0]!.barcode);
  await cashier.press('Enter');
  await expect(cashier.success()).toContainText('兑换后可用积分 200 分');
  await expect(cashier.householdField()).toBeFocused();

  // the receipt: F9 previews it, Enter prints, Esc closes; focus is back on the card field
  await cashier.press('F9');
  const preview = new PdfPreviewDialog(page);
  await preview.expectPages(1);
  await expect(preview.dialog().getByRole('button', { name: /打\s?印/ })).toBeFocused();
  await cashier.press('Enter');
  await expect.poll(() => page.evaluate(() => (window as unknown as { cunjiPrints: number }).cunjiPrints)).toBe(1);
  await cashier.press('Escape');
  await expect(preview.dialog()).toHaveCount(0);
  await expect(cashier.householdField()).toBeFocused();
  await screenshot(page, 'shop-cashier-after-receipt');

  // Esc: the next customer, the card field ready for the scan
  await cashier.press('Escape');
  await expect(cashier.success()).toHaveCount(0);
  await expect(cashier.householdField()).toBeFocused();
  await cashier.scan(second.number);
  await expect(page.getByText('吉*光')).toBeVisible();
  await expect(cashier.goodsField()).toBeFocused();
  await cashier.scan(goods[2]!.barcode);
  await cashier.press('Enter');
  await expect(cashier.success()).toContainText('兑换后可用积分 140 分');
  await expect(cashier.householdField()).toBeFocused();
  // eleven keys (Enter ×8, F9, Esc ×2) and not one mouse press
  expect(await cashier.actions()).toBe(11);
  expect(householdBalance(cunji.core.db, household.id).available).toBe(200);
  expect(householdBalance(cunji.core.db, second.id).available).toBe(140);
});

test('not enough points: a clear message and nothing written', async ({ page, cunji }) => {
  await cunji.open(page);
  await new SetupPage(page).complete();
  await expect(page.getByText('王书记，您好')).toBeVisible();
  const { household, goods } = await seed(cunji);
  const cashier = new CashierPage(page);
  await cashier.open();
  await cashier.scan(household.number);
  await expect(cashier.goodsField()).toBeFocused();
  for (const g of [goods[0]!, goods[0]!, goods[0]!, goods[0]!]) await cashier.scan(g.barcode);
  await expect(page.getByText('可用积分不够，还差 100 分')).toBeVisible();
  await cashier.press('Enter');
  await expect(page.getByText('符桂兰户可用积分 300 分，本次需要 400 分，还差 100 分')).toBeVisible();
  expect(householdBalance(cunji.core.db, household.id).available).toBe(300);
  expect(cunji.core.db.prepare('SELECT count(*) AS n FROM redemptions').get()).toEqual({ n: 0 });
});

test('goods and a donation from the shop screen; the donations register names the donor', async ({ page, cunji }) => {
  await cunji.open(page);
  await new SetupPage(page).complete();
  await expect(page.getByText('王书记，您好')).toBeVisible();
  const shop = new ShopPage(page);
  await shop.open();
  await shop.addGoods({ name: '花生油 1.8L', price: '45', unit: '桶', barcode: '6920000000042' });
  await expect(shop.row('花生油 1.8L')).toContainText('库存不足');
  await shop.donate('花生油 1.8L', '12', '企业', '白沙农村商业银行');
  await expect(shop.row('花生油 1.8L')).toContainText('12');
  await expect(shop.row('花生油 1.8L')).not.toContainText('库存不足');
  await page.getByRole('tab', { name: '报表' }).click();
  const register = page.locator('.ant-card').filter({ hasText: '捐赠登记' });
  await expect(register.getByRole('row').filter({ hasText: '白沙农村商业银行' })).toContainText('540');
  await screenshot(page, 'shop-reports');
  const [download] = await Promise.all([page.waitForEvent('download'), register.getByRole('button', { name: '导出 Excel' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^山竹沟村捐赠登记-.*\.xlsx$/);
});
