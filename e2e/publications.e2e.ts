import { execFileSync } from 'node:child_process';
import { isoWithOffset, localDate } from '../electron/core/api/time.js';
import { seedLedger } from '../electron/core/demo/ledger.js';
import { expect, openBackfill, screenshot, SLOW, test, type CunjiApp } from './fixtures.js';
import { PublicationsPage } from './pages/publications.js';
import { SetupPage } from './pages/setup.js';

const SEED = 'e2e-seed-session';

/** Households straight through the core (the roster UI has its own tests), with full ID and phone numbers. */
async function seedHouseholds(cunji: CunjiApp) {
  const admin = cunji.core.db.prepare("SELECT id, name FROM operators WHERE name = '王书记'").get() as { id: number; name: string };
  cunji.core.sessions.set(SEED, { ...admin, roles: ['admin', 'clerk', 'reviewer', 'cashier'] });
  const groups = await cunji.core.call(SEED, 'roster.groups.list', {});
  const people = ['张三', '李梅', '符桂兰', '欧阳娜娜', '王五', '陈堃', '黄文', '吴明', '赵丽'];
  for (const [i, name] of people.entries()) {
    await cunji.core.call(SEED, 'roster.households.create', {
      groupId: groups[i % groups.length]!.id,
      members: [{ name, relation: '户主', phone: `1390000${String(1000 + i)}`, idCard: i === 0 ? '11010519491231002x' : null }],
    });
  }
  return people;
}

/** A demo village: 30 households, three cadres and a year of reviewed scoring up to the test day. */
async function seedDemoVillage(cunji: CunjiApp) {
  await seedHouseholds(cunji);
  openBackfill(cunji.core);
  const groups = await cunji.core.call(SEED, 'roster.groups.list', {});
  const surnames = ['林', '郭', '何', '高', '罗', '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹', '彭', '曾', '肖', '田', '董', '潘'];
  for (const [i, s] of surnames.entries()) {
    await cunji.core.call(SEED, 'roster.households.create', { groupId: groups[i % groups.length]!.id, members: [{ name: `${s}${['国强', '秀兰', '志明'][i % 3]}`, relation: '户主' }] });
  }
  for (const [name, post] of [['李主任', '主任'], ['陈委员', '委员'], ['符组长', '村小组长']] as const) {
    await cunji.core.call(SEED, 'roster.cadres.save', { name, post, fromDate: '2020-01-01' });
  }
  let seed = 11;
  const rng = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 4294967296);
  const now = cunji.clock.now();
  cunji.core.db.transaction(() => seedLedger(cunji.core.db, rng, { today: localDate(now), now: isoWithOffset(now) }))();
}

async function pdfText(path: string): Promise<string> {
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}

test('household card sheet from the UI: preview, save, the PDF has every household and no phone or ID number', async ({ page, cunji }) => {
  await cunji.open(page);
  await new SetupPage(page).complete();
  await expect(page.getByText('王书记，您好')).toBeVisible();
  const people = await seedHouseholds(cunji);

  const pub = new PublicationsPage(page);
  await pub.open();
  await pub.generate('农户积分卡');
  await expect(pub.preview()).toContainText('山竹沟村农户积分卡');
  await expect(pub.preview()).toContainText('共 2 页', SLOW);
  await screenshot(page, 'publications-cards-preview');
  const download = await pub.save();
  expect(download.suggestedFilename()).toMatch(/^山竹沟村农户积分卡-\d{4}-\d{2}-\d{2}\.pdf$/);
  const text = await pdfText(await download.path());
  for (const name of people) expect(text).toContain(name);
  expect(text).toContain('01001');
  expect(text).not.toMatch(/\d{17}[\dXx]|1\d{10}/);

  // one group only
  await pub.closePreview();
  await pub.choose('农户积分卡', '村小组', '第二村小组');
  await pub.generate('农户积分卡');
  await expect(pub.preview()).toContainText('共 1 页', SLOW);
  const groupText = await pdfText(await (await pub.save()).path());
  expect(groupText).toContain('李梅');
  expect(groupText).not.toContain('张三');
});

test('monthly publication and red board for the demo village from the UI @date', async ({ page, cunji }) => {
  await cunji.open(page);
  await new SetupPage(page).complete();
  await expect(page.getByText('王书记，您好')).toBeVisible();
  await seedDemoVillage(cunji);
  const pub = new PublicationsPage(page);
  await pub.open();
  await screenshot(page, 'publications-documents');

  // last month is reviewed and closed in the demo: preview, check the PDF, then issue it
  await pub.generate('村民积分月公示');
  await expect(pub.preview()).toContainText('村民积分月公示');
  const monthly = await pdfText(await (await pub.save()).path());
  expect(monthly).toContain('公示期：');
  expect(monthly).toContain('累计积分');
  expect(monthly).toMatch(/\n\s*1\s+\d{5}\s+\S+\s+\+\d+\s+\d+/);
  expect(monthly).toContain('欧阳娜娜');
  expect(monthly).not.toMatch(/\d{17}[\dXx]|1\d{10}/);
  await pub.closePreview();
  await pub.issue('村民积分月公示'); // waits for 已发布并登记
  await page.getByRole('tab', { name: '公示登记' }).click();
  await expect(page.getByRole('row').filter({ hasText: '村民积分月公示' })).toBeVisible();
  await screenshot(page, 'publications-register');

  // a villager objects during the 公示期; the home page lists it until the reviewer resolves it
  await pub.recordObjection('村民积分月公示', '欧阳娜娜', '欧阳娜娜', '上月参加了义务劳动，没有记分');
  await page.getByRole('tab', { name: '异议处理' }).click();
  await expect(page.getByRole('row').filter({ hasText: '上月参加了义务劳动' })).toContainText('待处理');
  await page.getByRole('navigation', { name: '主导航' }).getByText('首页').click();
  await expect(page.getByText('有 1 条公示异议待处理')).toBeVisible();
  await pub.open();
  await page.getByRole('tab', { name: '异议处理' }).click();
  await pub.dismissObjection('上月参加了义务劳动', '经核实，当日签到表上没有该户');
  await expect(page.getByRole('row').filter({ hasText: '上月参加了义务劳动' })).toHaveCount(0);

  // red board as an A3 poster
  await page.getByRole('tab', { name: '打印材料' }).click();
  await pub.card('红榜').getByRole('radio', { name: 'A3 海报' }).check();
  await pub.generate('红榜');
  const redFile = await (await pub.save()).path();
  expect(execFileSync('pdfinfo', [redFile], { encoding: 'utf8' })).toMatch(/Page size:\s+841\.\d+ x 1190\.\d+ pts/);
  const red = await pdfText(redFile);
  expect(red).toContain('红');
  expect(red).toContain('积分光荣榜');
  expect(red).toMatch(/第1名/);
  expect(red).not.toMatch(/\d{17}[\dXx]|1\d{10}/);
  await screenshot(page, 'publications-red-preview');
});
