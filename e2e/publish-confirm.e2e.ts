import { localDate } from '../electron/core/api/time.js';
import { expect, openBackfill, screenshot, test, type CunjiApp } from './fixtures.js';
import { PublicationsPage } from './pages/publications.js';
import { SetupPage } from './pages/setup.js';

const SEED = 'e2e-seed-session';

/** Three households with approved points dated today: the only month with something to publish. */
async function seedMonth(cunji: CunjiApp) {
  const { core } = cunji;
  openBackfill(core);
  const admin = core.db.prepare("SELECT id, name FROM operators WHERE name = '王书记'").get() as { id: number; name: string };
  core.sessions.set(SEED, { ...admin, roles: ['admin', 'clerk', 'reviewer', 'cashier'] });
  const groups = await core.call(SEED, 'roster.groups.list', {});
  const ids: number[] = [];
  for (const name of ['张三', '李梅', '符桂兰']) ids.push((await core.call(SEED, 'roster.households.create', { groupId: groups[0]!.id, members: [{ name, relation: '户主' }] })).id);
  const lists = await core.call(SEED, 'checklist.loadTemplates', { codes: ['conduct'], meeting: { kind: 'representatives', date: '2026-01-10', attendance: 40 } });
  const volunteer = lists[0]!.items.find((i) => i.name === '参加志愿服务')!;
  await core.call(SEED, 'ledger.saveSettings', { allowSelfApproval: true, clearingDay: null, yearCap: null });
  const r = await core.call(SEED, 'ledger.record', { itemId: volunteer.id, date: localDate(core.clock.now()), householdIds: ids });
  await core.call(SEED, 'ledger.review', { seqs: r.seqs, decision: 'approved' });
  const today = core.clock.now();
  return `${today.getFullYear()}年${today.getMonth() + 1}月`;
}

test('正式发布 asks first, saying the period, households and pages; only months with data are offered @date', async ({ page, cunji }) => {
  await cunji.open(page);
  await new SetupPage(page).complete();
  await expect(page.getByText('王书记，您好')).toBeVisible();
  const month = await seedMonth(cunji);
  const registered = () => cunji.core.db.prepare('SELECT count(*) FROM publications').pluck().get();

  const pub = new PublicationsPage(page);
  await pub.open();
  expect(await pub.periodOptions('村民积分月公示', '月份')).toEqual([month]);

  const confirmation = await pub.startIssue('村民积分月公示');
  await expect(confirmation).toContainText(`将发布“村民积分月公示”（${month}），共 3 户、1 页`);
  await expect(confirmation).toContainText('发布后登记在册，不能撤回');
  await screenshot(page, 'publish-confirm');
  await confirmation.getByRole('button', { name: '再看看' }).click();
  await expect(confirmation).toBeHidden();
  expect(registered()).toBe(0);

  await pub.issue('村民积分月公示'); // waits for 已发布并登记
  expect(registered()).toBe(1);
});
