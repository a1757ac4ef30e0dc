import { ALL_ROLES } from '../electron/core/contract/system.js';
import { anchorFingerprint, readAnchor } from '../electron/core/db/anchor-fingerprint.js';
import { insertOperator } from '../electron/core/operators/operators.js';
import { hashPin } from '../electron/core/operators/pin.js';
import { expect, openBackfill, screenshot, test, type CunjiApp } from './fixtures.js';
import { ActivitiesPage, ChecklistsPage, InspectionPage, PassbookPage, ReviewPage, ScoringPage } from './pages/ledger.js';
import { SetupPage } from './pages/setup.js';

/** The roster and lists a village has before its month of scoring: 19 households in 第一村小组, 5 in 第二村小组. */
async function seedVillage(cunji: CunjiApp) {
  const { core } = cunji;
  openBackfill(core);
  const lastMonthDate = cunji.day.monthsAgo(1, 10);
  core.sessions.set('seed', { id: 1, name: '王书记', roles: [...ALL_ROLES] });
  const groups = await core.call('seed', 'roster.groups.list', {});
  const names = ['张建国', '李秀英', '王德明', '陈桂兰', '黄永福', '周玉梅', '吴志强', '郑春花', '孙国庆', '朱凤英', '胡海东', '郭兰芳', '何金生', '高美玲', '林水生', '罗彩云', '梁德贵', '宋巧珍', '谢荣华'];
  for (const name of names) await core.call('seed', 'roster.households.create', { groupId: groups[0]!.id, members: [{ name, relation: '户主' }] });
  for (const name of ['符亚光', '王春燕', '羊文清', '吉丽华', '刘大海']) await core.call('seed', 'roster.households.create', { groupId: groups[1]!.id, members: [{ name, relation: '户主' }] });
  await core.call('seed', 'roster.cadres.save', { name: '陈委员', post: '委员', fromDate: '2024-01-01' });
  const lists = await core.call('seed', 'checklist.loadTemplates', { codes: ['conduct', 'service'], meeting: { kind: 'representatives', date: cunji.day.monthsAgo(6, 10), attendance: 45 } });
  const reviewerId = core.db.transaction(() => insertOperator(core.db, '赵监委', hashPin('1357'), ['reviewer'], '2026-01-01T08:00:00+08:00'))();
  // Last month: 张建国 got 15 for volunteering, approved and closed.
  const volunteer = lists.flatMap((l) => l.items).find((i) => i.name === '参加志愿服务')!;
  const first = (await core.call('seed', 'roster.households.list', { query: '张建国' })).rows[0]!;
  const r = await core.call('seed', 'ledger.record', { itemId: volunteer.id, date: lastMonthDate, householdIds: [first.id] });
  core.sessions.set('seed-reviewer', { id: reviewerId, name: '赵监委', roles: ['reviewer'] });
  await core.call('seed-reviewer', 'ledger.review', { seqs: r.seqs, decision: 'approved' });
  await core.call('seed-reviewer', 'ledger.closeMonth', { month: lastMonthDate.slice(0, 7) });
}

test('a month of scoring: batch +100 for 19 households, keyboard inspection, review with one rejection, close, passbook @date', async ({ page, cunji }) => {
  const { thisMonth } = cunji.day;
  await cunji.open(page);
  const setup = new SetupPage(page);
  await setup.complete();
  await expect(page.getByText('王书记，您好')).toBeVisible();
  await seedVillage(cunji);

  // 19 households × 100 points for giving land to widen the road, in one batch
  const scoring = new ScoringPage(page);
  await scoring.open();
  await scoring.batch('道路拓宽', '配合道路拓宽拆除围墙/让出宅基地（+100）', '第一村小组', '拓宽村道让出宅基地');
  await expect(page.getByText('已记录 19 条，共 +1900 分，等待审核')).toBeVisible();
  await screenshot(page, 'ledger-batch');

  // an inspection round for 第二村小组, graded from the keyboard only
  const inspection = new InspectionPage(page);
  await inspection.open();
  await inspection.setUp('第二村小组', '人居环境入户巡查评分（优秀+7/良好+2/一般0/较差-5）', '陈委员', '组织人居环境入户巡查（+2）');
  const grid = inspection.grid();
  await grid.focus();
  for (const key of ['1', '2', '4', 'ArrowUp', '3', '1', '1']) await page.keyboard.press(key);
  await expect(page.getByText('已评 5 / 5 户')).toBeVisible();
  await expect(grid.locator('tr', { hasText: '羊文清' })).toContainText('一般');
  await screenshot(page, 'ledger-inspection');
  await inspection.finish();
  await expect(page.getByText('巡查已完成，写入 6 条记录，等待审核')).toBeVisible();

  // the recorder may not approve; the reviewer does, rejecting one
  await page.getByRole('button', { name: '退出登录' }).click();
  await setup.login('赵监委', '1357');
  await expect(page.getByText(`${thisMonth} 有 25 条积分记录待审核`)).toBeVisible();
  const review = new ReviewPage(page);
  await review.open();
  await expect(review.row('李秀英')).toBeVisible();
  await review.reject('李秀英', '经核实该户围墙未拆除');
  await expect(page.getByText('已判为不通过', { exact: true })).toBeVisible();
  await review.approveAll();
  await expect(page.getByText('已通过 24 条', { exact: true })).toBeVisible();
  // the month is still running (on 31 December too, until the day ends): the reviewer sees why 结账 waits, for as long as it waits
  await expect(review.notOverNotice(thisMonth)).toBeVisible();
  await expect(review.closeButton()).toBeDisabled();
  await screenshot(page, 'ledger-review-not-over');
  // the month is over: on the 1st of the next one the reviewer comes back and closes it
  const nextMonth = cunji.day.monthsAgo(-1, 1);
  await page.clock.setSystemTime(cunji.clock.jumpTo(nextMonth));
  await review.comeBack();
  await expect(review.notOverNotice(thisMonth)).toHaveCount(0);
  await review.closeMonth();
  await expect(page.getByText(`${thisMonth} 已结账`, { exact: true })).toBeVisible();
  await screenshot(page, 'ledger-review-closed');

  // the passbook: last month's 15, then this month's 100 → 115; the rejected one moves nothing
  const passbook = new PassbookPage(page);
  await passbook.open();
  await page.getByLabel('年份').click();
  await page.locator('.ant-select-dropdown:visible').getByTitle('全部年份').click();
  await passbook.show('zjg', '01001 张建国（第一村小组）');
  await expect(passbook.rows()).toHaveCount(2);
  await expect(passbook.rows().nth(0)).toContainText('参加志愿服务');
  await expect(passbook.rows().nth(0)).toContainText('15');
  await expect(passbook.rows().nth(1)).toContainText('配合道路拓宽');
  await expect(passbook.rows().nth(1).locator('td').nth(5)).toHaveText('115');
  await screenshot(page, 'ledger-passbook');
  await passbook.show('lxy', '01002 李秀英（第一村小组）');
  await expect(passbook.rows().first()).toContainText('未通过');
  await expect(passbook.rows().first().locator('td').nth(5)).toHaveText('0');
});

test('数据校验 reports the chains and balances intact', async ({ page, cunji }) => {
  await cunji.open(page);
  await new SetupPage(page).complete();
  await seedVillage(cunji);
  await page.getByRole('navigation', { name: '主导航' }).getByText('积分设置与校验').click();
  await page.getByRole('button', { name: '数据校验' }).click();
  await expect(page.getByText(/校验通过：1 条积分记录、1 条审核记录及其他各项登记完整无改动/)).toBeVisible();
  // the closed month's 数据指纹, the one its monthly publication prints
  const lastMonth = cunji.day.lastMonth;
  const fingerprint = anchorFingerprint(readAnchor(cunji.core.db, lastMonth));
  await expect(page.getByText(`最近结账的 ${Number(lastMonth.slice(0, 4))}年${Number(lastMonth.slice(5))}月：数据指纹 ${fingerprint}`)).toBeVisible();
  await screenshot(page, 'ledger-verify');
});

test('import lists at setup, then an activity with attendance signed in by pinyin', async ({ page, cunji }) => {
  await cunji.open(page);
  await new SetupPage(page).complete();
  const { core } = cunji;
  core.sessions.set('seed', { id: 1, name: '王书记', roles: [...ALL_ROLES] });
  const groups = await core.call('seed', 'roster.groups.list', {});
  for (const name of ['张建国', '李秀英', '王德明']) await core.call('seed', 'roster.households.create', { groupId: groups[0]!.id, members: [{ name, relation: '户主' }] });
  await core.call('seed', 'roster.cadres.save', { name: '陈委员', post: '委员', fromDate: '2024-01-01' });

  await new ChecklistsPage(page).importTemplates(['村民行为清单', '公共服务清单']);
  await expect(page.getByRole('tab', { name: '村民行为清单' })).toBeVisible();
  await screenshot(page, 'ledger-checklists');

  const activities = new ActivitiesPage(page);
  await activities.create('环境卫生大扫除', '大扫除', '参与人居环境整治/大扫除（+5）', '陈委员');
  await activities.signIn('zjg');
  await activities.signIn('wdm');
  await expect(page.getByText('已签到 2 户')).toBeVisible();
  await screenshot(page, 'ledger-activity');
  await page.getByRole('button', { name: '结束活动并记分' }).click();
  await expect(page.getByText('活动已结束，写入 2 条记录，等待审核')).toBeVisible();

  await page.getByRole('navigation', { name: '主导航' }).getByText('职责分工', { exact: true }).click();
  await expect(page.getByText(/个职责事项还没有责任人/)).toBeVisible();
  await screenshot(page, 'ledger-duties');
});
