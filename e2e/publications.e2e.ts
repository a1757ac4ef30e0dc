import { execFileSync } from 'node:child_process';
import { expect, screenshot, test, type CunjiApp } from './fixtures.js';
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
  await expect(pub.preview()).toContainText('共 2 页');
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
  await expect(pub.preview()).toContainText('共 1 页');
  const groupText = await pdfText(await (await pub.save()).path());
  expect(groupText).toContain('李梅');
  expect(groupText).not.toContain('张三');
});
