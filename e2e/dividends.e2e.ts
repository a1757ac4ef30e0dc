import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { insertOperator } from '../electron/core/operators/operators.js';
import { hashPin } from '../electron/core/operators/pin.js';
import { ARTIFACTS, expect, openBackfill, screenshot, test, type CunjiApp } from './fixtures.js';
import { DividendsPage, StarsPage, StatsPage } from './pages/dividends.js';
import { PdfPreviewDialog } from './pages/pdf-preview.js';
import { SetupPage } from './pages/setup.js';

const CLERK = 'e2e-clerk-session';
const REVIEWER = 'e2e-reviewer-session';

/**
 * Twelve households with approved points this year — all in the first days of January, so the
 * same seed holds on any test day from 7 January on — recorded and reviewed through the core by
 * two different operators (the reviewer may not approve their own entries). Returns the village's total points.
 */
async function seedPoints(cunji: CunjiApp): Promise<number> {
  const { core } = cunji;
  const YEAR = cunji.day.year;
  openBackfill(core);
  const admin = core.db.prepare("SELECT id, name FROM operators WHERE name = '王书记'").get() as { id: number; name: string };
  core.sessions.set(CLERK, { ...admin, roles: ['admin', 'clerk'] });
  const reviewerId = core.db.transaction(() => insertOperator(core.db, '赵监委', hashPin('1234'), ['reviewer'], '2026-01-01T00:00:00+08:00'))();
  core.sessions.set(REVIEWER, { id: reviewerId, name: '赵监委', roles: ['reviewer'] });
  const groups = await core.call(CLERK, 'roster.groups.list', {});
  const names = ['张三', '李梅', '符桂兰', '欧阳娜娜', '王五', '陈堃', '黄文', '吴明', '赵丽', '孙强', '周芳', '郑伟'];
  const ids: number[] = [];
  for (const [i, name] of names.entries()) {
    ids.push((await core.call(CLERK, 'roster.households.create', { groupId: groups[i % groups.length]!.id, members: [{ name, relation: '户主' }] })).id);
  }
  const lists = await core.call(CLERK, 'checklist.loadTemplates', { codes: ['conduct'], meeting: { kind: 'representatives', date: `${YEAR - 1}-12-20`, attendance: 40 } });
  const item = (n: string) => lists[0]!.items.find((i) => i.name === n)!;
  let total = 0;
  const give = async (itemName: string, date: string, householdId: number, quantity = 1) => {
    const r = await core.call(CLERK, 'ledger.record', { itemId: item(itemName).id, date, householdIds: [householdId], quantity });
    await core.call(REVIEWER, 'ledger.review', { seqs: r.seqs, decision: 'approved' });
    total += r.points;
  };
  for (const [i, id] of ids.slice(0, 11).entries()) {
    for (let k = 0; k <= i % 4; k++) await give('参加志愿服务', `${YEAR}-01-0${2 + k}`, id);
    if (i % 5 > 0) await give('门前屋后清扫', `${YEAR}-01-06`, id, i % 5);
  }
  return total;
}

test('distribute ¥10,000.00 by points, record it once, print and export the signing sheet @date', async ({ page, cunji }) => {
  const YEAR = cunji.day.year;
  await cunji.open(page);
  await new SetupPage(page).complete();
  await expect(page.getByText('王书记，您好')).toBeVisible();
  const total = await seedPoints(cunji);

  const d = new DividendsPage(page);
  await d.open();
  await page.getByLabel('分红金额（元）').fill('10000.001');
  await expect(page.getByText('金额最多只能有两位小数（精确到分）')).toBeVisible();
  await expect(page.getByRole('button', { name: '预览分红' })).toBeDisabled();
  await d.preview('¥10,000.00');
  await expect(page.getByText(`参与分红 11 户，积分合计 ${total} 分，分红总额 10,000.00 元`)).toBeVisible();
  await expect(page.getByText('不参与分红的农户（1 户）')).toBeVisible();
  await expect(page.getByRole('row', { name: /郑伟.*期间内没有获得积分/ })).toBeVisible();
  await screenshot(page, 'dividends-preview');

  await d.record();
  await expect(d.detail().getByRole('row', { name: new RegExp(`合计\\s*${total}\\s*10,000\\.00`) })).toBeVisible();
  const pdf = await d.savePdf();
  // the default period runs from January to the current month: in January, one month
  const period = cunji.day.month === 1 ? `${YEAR}年1月` : `${YEAR}年1月至${YEAR}年${cunji.day.month}月`;
  expect(pdf.suggestedFilename()).toBe(`山竹沟村${YEAR}年集体经济分红签领表-${period}.pdf`);
  const pdfPath = await pdf.path();
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }).replace(/[ \t]+/g, ' ');
  expect(text).toContain('领取人签名');
  expect(text).toMatch(new RegExp(`合计 ${total} 10,000\\.00`));
  for (const name of ['张三', '欧阳娜娜', '周芳']) expect(text).toContain(name);
  expect(text).not.toContain('郑伟');
  // the screen leaves the base score out unless ticked
  expect(text).toContain('不计入：户基础分（每年）');
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdfPath, join(ARTIFACTS, 'dividends-signing-sheet')]);
  await page.keyboard.press('Escape');

  const xlsx = await d.exportXlsx();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await xlsx.path());
  const ws = wb.getWorksheet('分红签领表')!;
  // title, summary, 计入项目, 不计入, method; header; 11 households; the total
  const last = ws.getRow(6 + 11 + 1).values as unknown[];
  expect([last[1], last[5], last[6]]).toEqual(['合计', total, 10000]);

  // A second confirmation of the same distribution is refused.
  await page.keyboard.press('Escape');
  await page.getByRole('tab', { name: '分红记录' }).click();
  await expect(page.getByRole('row', { name: /集体经济分红.*10,000\.00.*11.*王书记/ })).toHaveCount(1);
});

test('the statistics page for a year: participation, lists, items, operators, with a table under every chart @date', async ({ page, cunji }) => {
  const YEAR = cunji.day.year;
  await cunji.open(page);
  await new SetupPage(page).complete();
  await expect(page.getByText('王书记，您好')).toBeVisible();
  await seedPoints(cunji);
  // The supermarket: a donation of 10 bags, one redemption of 2 (40 points) by 欧阳娜娜 today.
  const { today } = cunji.day;
  const soap = await cunji.core.call(CLERK, 'shop.goods.save', { name: '洗衣粉', price: 20, category: '日化', unit: '袋', barcode: '', tracked: true, lowStock: 3 });
  await cunji.core.call(CLERK, 'shop.stock.in', { goodsId: soap.id, kind: 'donation', quantity: 10, date: today, donorKind: 'enterprise', donorName: '打安镇供销社' });
  const ouyang = cunji.core.db.prepare("SELECT id FROM households WHERE head_name = '欧阳娜娜'").get() as { id: number };
  await cunji.core.call(CLERK, 'shop.redeem', { key: 'e2e-stats-cart-0001', householdId: ouyang.id, lines: [{ goodsId: soap.id, quantity: 2 }] });

  const stats = new StatsPage(page);
  await stats.open();
  await stats.chooseYear(YEAR);
  const participation = stats.section('每月参与率');
  await expect(participation.getByRole('img', { name: '每月参与率' })).toBeVisible();
  // January: 11 households took part (every one that earned anything), out of 12.
  await expect(participation.getByRole('row', { name: `${YEAR}-01 11 12 91.7%` })).toBeVisible();
  // a later month without points (only a redemption): nobody
  if (cunji.day.month > 1) await expect(participation.getByRole('row', { name: `${cunji.day.thisMonth} 0 12 0.0%` })).toBeVisible();
  await expect(stats.section('记录最多的事项（前 10）').getByRole('row', { name: /参加志愿服务/ })).toBeVisible();
  await expect(stats.section('各操作员录入记录').getByRole('row', { name: /王书记/ })).toBeVisible();
  const shop = stats.section('积分超市：兑换与捐赠');
  await expect(shop.getByText('现有库存：1 种商品，共 8 件，按现行兑换价值 160 分')).toBeVisible();
  await expect(shop.getByRole('row', { name: `${today.slice(0, 7)} 1 1 40 1 10 200` })).toBeVisible();
  await expect(shop.getByRole('row', { name: '打安镇供销社 1 10 200' })).toBeVisible();
  await screenshot(page, 'stats-year');
});

test('star households: the village sets the thresholds of a year, sees the list and prints certificates @date', async ({ page, cunji }) => {
  const YEAR = cunji.day.year;
  await cunji.open(page);
  await new SetupPage(page).complete();
  await expect(page.getByText('王书记，您好')).toBeVisible();
  await seedPoints(cunji);

  const stars = new StarsPage(page);
  await stars.open();
  await expect(page.getByText(`还没有设定 ${YEAR} 年的评定标准。`, { exact: false })).toBeVisible();
  await stars.setThresholds([30, 60, 90]);
  // 欧阳娜娜 15×4 + 10×3 = 90 points: three stars; 张三 15 points: none.
  await expect(page.getByRole('row', { name: /欧阳娜娜.*90\s*★★★/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /张三.*15\s*—/ })).toBeVisible();
  await expect(page.getByText('3星 1 户')).toBeVisible();
  await screenshot(page, 'stars-list');
  await page.getByRole('button', { name: '打印证书' }).click();
  await expect(stars.pdfPreview()).toContainText('星级文明户证书');
  const path = await (await new PdfPreviewDialog(page).save()).path();
  const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  expect(text).toContain('欧阳娜娜户');
  expect(text).not.toContain('张三户');
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', path, join(ARTIFACTS, 'stars-certificate')]);
});
