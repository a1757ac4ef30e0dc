import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../electron/core/app.js';
import type { Clock } from '../electron/core/api/context.js';
import { localDate } from '../electron/core/api/time.js';
import { ARTIFACTS, expect, openBackfill, screenshot, test } from './fixtures.js';
import { clickUntilClosed } from './pages/antd.js';
import { SetupPage } from './pages/setup.js';
import { TownshipPage } from './pages/township.js';

const SESSION = 'e2e-village-admin';

/**
 * A village made through the core — setup, households, a cadre, the conduct list and
 * `volunteers` households approved for 参加志愿服务 (15 points) today — exporting one package into `stick`.
 */
async function villagePackage(
  clock: Clock, root: string, name: string, households: number, volunteers: number, stick: string,
  opts: { township?: string; date?: string; close?: string } = {},
): Promise<string> {
  const today = opts.date ?? localDate(clock.now());
  const township = opts.township ?? '打安镇';
  const core = createCore({ dataDir: join(root, name), clock, log: () => {} });
  try {
    await core.call(SESSION, 'setup.complete', {
      installation: 'village',
      villageName: name,
      township,
      county: '白沙黎族自治县',
      groups: ['第一村小组', '第二村小组'],
      admin: { name: '王书记', pin: '1234' },
    });
    openBackfill(core);
    const groups = await core.call(SESSION, 'roster.groups.list', {});
    for (let i = 0; i < households; i++) {
      await core.call(SESSION, 'roster.households.create', { groupId: groups[i % 2]!.id, members: [{ name: `${name}户主${i + 1}`, relation: '户主', phone: '13800138000' }] });
    }
    await core.call(SESSION, 'roster.cadres.save', { name: `${name}书记`, post: '书记', fromDate: '2025-01-01' });
    await core.call(SESSION, 'ledger.saveSettings', { allowSelfApproval: true, clearingDay: null, yearCap: null });
    const lists = await core.call(SESSION, 'checklist.loadTemplates', { codes: ['conduct'], meeting: { kind: 'representatives', date: '2025-01-10', attendance: 40, note: '' } });
    const volunteer = lists.flatMap((l) => l.items).find((i) => i.name === '参加志愿服务')!;
    const ids = (await core.call(SESSION, 'roster.households.list', {})).rows.map((h) => h.id).slice(0, volunteers);
    const { seqs } = await core.call(SESSION, 'ledger.record', { itemId: volunteer.id, date: today, householdIds: ids });
    await core.call(SESSION, 'ledger.review', { seqs, decision: 'approved' });
    if (opts.close) await core.call(SESSION, 'ledger.closeMonth', { month: opts.close });
    const r = await core.call(SESSION, 'transfer.export', { target: { kind: 'folder', path: stick } });
    return r.path!;
  } finally {
    core.db.close();
  }
}

test('two villages export, the township imports both through the UI and sees the right totals @date', async ({ page, cunji }) => {
  const root = mkdtempSync(join(tmpdir(), 'cunji-e2e-villages-'));
  try {
    const stick = join(root, 'stick');
    mkdirSync(stick);
    const a = await villagePackage(cunji.clock, root, '山竹沟村', 3, 2, stick);
    const b = await villagePackage(cunji.clock, root, '南岭村', 5, 5, stick);

    await cunji.open(page);
    const township = new TownshipPage(page);
    await township.setUp();
    await expect(page.getByText('还没有导入任何村的数据包')).toBeVisible();
    await expect(page.getByText('花名册还是空的')).toHaveCount(0);
    await township.open();
    await township.importFiles([a, b]);
    await expect(township.outcome('山竹沟村')).toContainText('已导入');
    await expect(township.outcome('南岭村')).toContainText('密钥指纹');

    await expect(township.stat('已报送村数')).toHaveText('2');
    await expect(township.stat('在册户数合计')).toHaveText('8');
    await expect(township.stat('参与率（全乡镇，目标 85%）')).toHaveText('87.5%');
    // 南岭村 5/5 reaches the 85 % household line, 山竹沟村 2/3 does not: 1 of 2 villages, under the 75 % village line
    await expect(township.stat('参与率达 85% 的村（目标 75%）')).toHaveText('50.0%');
    await expect(township.stat('发放积分')).toHaveText('105');
    // ranked by participation rate: 南岭村 5/5 before 山竹沟村 2/3
    await expect.poll(() => township.leadingCells('南岭村')).toEqual(['1', '南岭村', '5', '5', '100.0%', '75', '0']);
    await expect.poll(() => township.leadingCells('山竹沟村')).toEqual(['2', '山竹沟村', '3', '2', '66.7%', '30', '0']);
    await expect(page.getByRole('img', { name: '各村参与率' })).toBeVisible();
    await screenshot(page, 'township-dashboard');

    // the same package again changes nothing
    await township.importFiles([a]);
    await expect(township.outcome('山竹沟村')).toContainText('已导入过');
    await expect(township.stat('在册户数合计')).toHaveText('8');

    await township.villageRow('南岭村').getByRole('button', { name: '查看南岭村' }).click();
    const drawer = page.getByRole('dialog', { name: '南岭村 详情' });
    await expect(drawer).toContainText('南岭村书记');
    await expect(drawer.getByRole('row').filter({ hasText: '第一村小组' })).toContainText('3');
    await expect(drawer.getByRole('row', { name: `${cunji.day.thisMonth} 5 75 0` })).toBeVisible();
    await drawer.screenshot({ path: join(ARTIFACTS, 'township-village.png'), animations: 'disabled' });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a village writes its package to a typed-in folder and sees the key fingerprint', async ({ page, cunji }) => {
  const stick = mkdtempSync(join(tmpdir(), 'cunji-e2e-stick-'));
  try {
    await cunji.open(page);
    await new SetupPage(page).complete();
    await page.getByRole('navigation', { name: '主导航' }).getByRole('menuitem', { name: '报送乡镇' }).click();
    await expect(page.getByText('首次导出时自动生成')).toBeVisible();
    await page.getByLabel('写入的文件夹').fill(stick);
    await page.getByRole('button', { name: '写入 U 盘' }).click();
    await expect(page.getByText(/已写入并核对无误：山竹沟村-\d{6}-001\.cunji/)).toBeVisible();
    await expect(page.getByText(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/)).toBeVisible();
    expect(readdirSync(stick)).toEqual([expect.stringMatching(/^山竹沟村-\d{6}-001\.cunji$/)]);
    await screenshot(page, 'transfer-export');
  } finally {
    rmSync(stick, { recursive: true, force: true });
  }
});

test('township setup asks for 本乡镇信息 without a 村名, and its operators can only be 管理员', async ({ page, cunji }) => {
  await cunji.open(page);
  const township = new TownshipPage(page);
  await township.setUp();
  await expect(page.getByText('还没有导入任何村的数据包')).toBeVisible();
  await expect(page.getByText('李主任（管理员）')).toBeVisible();
  expect(await township.offeredRoles()).toEqual(['管理员']);
  await screenshot(page, 'township-operators-1366x768');
});

test('a village of another township is refused naming both, and imported once the admin accepts it', async ({ page, cunji }) => {
  const root = mkdtempSync(join(tmpdir(), 'cunji-e2e-villages-'));
  try {
    const stick = join(root, 'stick');
    mkdirSync(stick);
    const file = await villagePackage(cunji.clock, root, '青松村', 2, 1, stick, { township: '七坊镇' });
    await cunji.open(page);
    const township = new TownshipPage(page);
    await township.setUp();
    await township.open();
    await township.importFiles([file]);
    const refusal = township.outcome('青松村');
    await expect(refusal).toContainText('拒绝导入');
    await expect(refusal).toContainText('青松村属于白沙黎族自治县七坊镇，不是本乡镇（白沙黎族自治县打安镇）的村');
    await refusal.getByRole('button', { name: '接收该村' }).click();
    const confirm = page.getByRole('dialog').filter({ hasText: '确认接收青松村？' });
    await clickUntilClosed(confirm, confirm.getByRole('button', { name: '确认接收' }));
    await expect(refusal).toContainText('已接收青松村，请重新导入它的数据包。');
    await screenshot(page, 'township-accept-village');
    await township.importFiles([file]);
    await expect(township.outcome('青松村')).toContainText('已导入');
    await expect(township.stat('已报送村数')).toHaveText('1');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a village that closed last month after the 10th is flagged 逾期, with the closure and its anchor fingerprint in its detail', async ({ page, cunji }) => {
  const root = mkdtempSync(join(tmpdir(), 'cunji-e2e-villages-'));
  try {
    const stick = join(root, 'stick');
    mkdirSync(stick);
    const month = cunji.day.lastMonth;
    // the test day is the 18th: last month's closing deadline (the 10th) has passed
    const file = await villagePackage(cunji.clock, root, '迟报村', 3, 2, stick, { date: `${month}-05`, close: month });
    await cunji.open(page);
    const township = new TownshipPage(page);
    await township.setUp();
    await township.open();
    await township.importFiles([file]);
    await expect(township.outcome('迟报村')).toContainText('已导入');
    await expect(page.getByText(/按时规则：每月结账须在次月 10 日前/)).toBeVisible();
    await expect(township.villageRow('迟报村').getByText('逾期', { exact: true })).toBeVisible();
    await expect(township.stat('结账或公示逾期的村')).toHaveText('1');
    await township.villageRow('迟报村').getByRole('button', { name: '查看迟报村' }).click();
    const drawer = page.getByRole('dialog', { name: '迟报村 详情' });
    const closure = drawer.getByRole('row').filter({ hasText: month });
    await expect(closure.first()).toContainText('逾期');
    await expect(closure.first()).toContainText(/[0-9a-f]{4}(-[0-9a-f]{4}){3}/);
    await drawer.screenshot({ path: join(ARTIFACTS, 'township-village-late.png'), animations: 'disabled' });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
