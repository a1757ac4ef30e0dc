import { ALL_ROLES } from '../electron/core/contract/system.js';
import { insertOperator } from '../electron/core/operators/operators.js';
import { hashPin } from '../electron/core/operators/pin.js';
import { expect, screenshot, test } from './fixtures.js';
import { ReviewPage } from './pages/ledger.js';
import { SetupPage } from './pages/setup.js';

test('a reviewer rejects 120 duplicates across three table pages with one reason; their own entries stay greyed out', async ({ page, cunji }) => {
  expect(page.viewportSize()).toEqual({ width: 1366, height: 768 });
  const { core, day } = cunji;
  await cunji.open(page);
  const setup = new SetupPage(page);
  await setup.complete();
  await expect(page.getByText('王书记，您好')).toBeVisible();

  core.sessions.set('seed', { id: 1, name: '王书记', roles: [...ALL_ROLES] });
  const groups = await core.call('seed', 'roster.groups.list', {});
  const ids: number[] = [];
  for (let i = 1; i <= 122; i++) {
    const h = await core.call('seed', 'roster.households.create', { groupId: groups[0]!.id, members: [{ name: `农户${String(i).padStart(3, '0')}`, relation: '户主' }] });
    ids.push(h.id);
  }
  const lists = await core.call('seed', 'checklist.loadTemplates', { codes: ['conduct'], meeting: { kind: 'representatives', date: day.today, attendance: 45 } });
  const volunteer = lists.flatMap((l) => l.items).find((i) => i.name === '参加志愿服务')!;
  // the same volunteering day entered twice by mistake: 120 duplicates from the clerk
  await core.call('seed', 'ledger.record', { itemId: volunteer.id, date: day.today, householdIds: ids.slice(0, 120) });
  // the reviewer also records: those two are theirs and must be left to someone else
  const reviewerId = core.db.transaction(() => insertOperator(core.db, '赵监委', hashPin('1357'), ['reviewer', 'clerk'], '2026-01-01T08:00:00+08:00'))();
  core.sessions.set('seed-reviewer', { id: reviewerId, name: '赵监委', roles: ['reviewer', 'clerk'] });
  await core.call('seed-reviewer', 'ledger.record', { itemId: volunteer.id, date: day.today, householdIds: ids.slice(120) });

  await page.getByRole('button', { name: '退出登录' }).click();
  await setup.login('赵监委', '1357');
  const review = new ReviewPage(page);
  await review.open();
  await expect(page.getByText('待审核 122 条 · 已通过 0 条 · 未通过 0 条')).toBeVisible();
  await expect(page.getByText('其中 2 条是您本人录入的，须由其他审核员审核，不能选择')).toBeVisible();
  // own entries: greyed, not selectable, no reject button
  const own = review.row('农户122');
  await expect(own.getByRole('checkbox')).toBeDisabled();
  await expect(own.getByRole('button', { name: '不通过' })).toHaveCount(0);

  await review.selectAllPending();
  await expect(page.getByText('已选 120 条，全部待审核')).toBeVisible();
  await screenshot(page, 'review-select-all');
  await review.rejectSelected('重复录入，同一次志愿服务已记过');
  await expect(page.getByText('待审核 2 条 · 已通过 0 条 · 未通过 120 条')).toBeVisible();
  await expect(review.row('农户001')).toHaveCount(0);
  await expect(review.row('农户122')).toBeVisible();
});
