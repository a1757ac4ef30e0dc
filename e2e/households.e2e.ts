/**
 * The villager side: a deduction is told to the household on a printed slip
 * (right after it is recorded, and from the passbook), and goods for a household
 * that cannot come are delivered and recorded as handed over.
 */
import { execFileSync } from 'node:child_process';
import { givePoints } from '../test/shop/points.js';
import { expect, openBackfill, screenshot, SLOW, test, type CunjiApp } from './fixtures.js';
import { CashierPage } from './pages/cashier.js';
import { PassbookPage, ScoringPage } from './pages/ledger.js';
import { PdfPreviewDialog } from './pages/pdf-preview.js';
import { SetupPage } from './pages/setup.js';
import { ShopPage } from './pages/shop.js';

const SEED = 'e2e-households-seed';

/** Two households in 第一村小组 and the 村民行为清单, straight through the core. */
async function seed(cunji: CunjiApp) {
  const admin = cunji.core.db.prepare("SELECT id, name FROM operators WHERE name = '王书记'").get() as { id: number; name: string };
  cunji.core.sessions.set(SEED, { ...admin, roles: ['admin', 'cashier'] });
  openBackfill(cunji.core);
  const groups = await cunji.core.call(SEED, 'roster.groups.list', {});
  const households = [];
  for (const name of ['吉亚妹', '王开文']) households.push(await cunji.core.call(SEED, 'roster.households.create', { groupId: groups[0]!.id, members: [{ name, relation: '户主' }] }));
  await cunji.core.call(SEED, 'checklist.loadTemplates', { codes: ['conduct'], meeting: { kind: 'representatives', date: cunji.day.monthsAgo(6, 10), attendance: 45 } });
  return { admin, households };
}

/** The text of the PDF the open preview saves. */
async function previewText(preview: PdfPreviewDialog): Promise<string> {
  return execFileSync('pdftotext', ['-layout', await (await preview.save()).path(), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

test('a deduction is told on a 扣分告知单, right after recording and from the passbook', async ({ page, cunji }) => {
  await cunji.open(page);
  await new SetupPage(page).complete();
  await expect(page.getByText('王书记，您好')).toBeVisible();
  await seed(cunji);

  const scoring = new ScoringPage(page);
  await scoring.open();
  await scoring.recordOne('赌博', '参与赌博（-20）', '吉亚妹', '村口聚众赌博，派出所通报');
  await expect(scoring.deductionNotice()).toBeVisible(SLOW);
  await screenshot(page, 'households-deduction-recorded');
  await scoring.deductionNotice().getByRole('button', { name: '打印扣分告知单' }).click();
  const preview = new PdfPreviewDialog(page);
  await preview.expectPages(1);
  await screenshot(page, 'households-deduction-slip');
  const text = await previewText(preview);
  expect(text).toContain('扣分告知单');
  expect(text).toContain('吉亚妹');
  expect(text).toContain('参与赌博');
  await preview.close();

  const passbook = new PassbookPage(page);
  await passbook.open();
  await passbook.show('jym', '01001 吉亚妹（第一村小组）');
  const row = passbook.rows().filter({ hasText: '参与赌博' });
  await row.getByRole('button', { name: '打印扣分告知单' }).click();
  await preview.expectPages(1);
  expect(await previewText(preview)).toContain('吉亚妹');
  await preview.close();
});

test('goods to be delivered wait on the shop screen until staff record who delivered them', async ({ page, cunji }) => {
  await cunji.open(page);
  await new SetupPage(page).complete();
  await expect(page.getByText('王书记，您好')).toBeVisible();
  const { admin, households } = await seed(cunji);
  givePoints(cunji.core.db, households[1]!.id, 300, admin.id);
  const rice = await cunji.core.call(SEED, 'shop.goods.save', { name: '大米 5kg', price: 39, barcode: '6920000000028', unit: '袋', category: '粮油', tracked: true, lowStock: 2 });
  await cunji.core.call(SEED, 'shop.stock.in', { goodsId: rice.id, kind: 'purchase', quantity: 10, date: cunji.day.monthsAgo(1, 1) });

  const cashier = new CashierPage(page);
  await cashier.open();
  await cashier.scan(households[1]!.number);
  await expect(cashier.goodsField()).toBeFocused();
  await cashier.scan('6920000000028');
  await expect(page.getByRole('row').filter({ hasText: '大米 5kg' })).toBeVisible();
  await page.getByText('送货上门', { exact: true }).click();
  await expect(page.getByRole('radio', { name: '送货上门' })).toBeChecked();
  await page.getByRole('button', { name: /确认兑换/ }).click();
  await expect(cashier.success()).toContainText('兑换成功');

  const shop = new ShopPage(page);
  await shop.open();
  await page.getByRole('tab', { name: '待领取/送货' }).click();
  await expect(shop.row('王开文')).toContainText('送货上门');
  await screenshot(page, 'households-waiting-list');
  await shop.handOver('王开文', '已送达', '李组长');
  await expect(page.getByRole('alert').filter({ hasText: '已登记为“已送达”，经手人 李组长' })).toBeVisible();
  await expect(page.getByText('没有待领取或待送货的商品')).toBeVisible();
});
