import { _electron as electron } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, screenshot, SLOW, test } from './fixtures.js';
import { AuditPage, Header, navItems, OperatorsPage } from './pages/safety.js';
import { RosterPage } from './pages/roster.js';
import { SetupPage } from './pages/setup.js';

test('two operators with different roles see different actions, and the audit log shows both', async ({ page, cunji }) => {
  await cunji.open(page);
  const setup = new SetupPage(page);
  await setup.complete();
  const header = new Header(page);

  const operators = new OperatorsPage(page);
  await operators.open();
  await operators.add('李收银', ['收银员'], '1357');
  await screenshot(page, 'safety-operators');
  await expect(navItems(page)).toContainText(['首页', '农户花名册', '村干部', '操作员管理', '审计日志', '数据备份']);
  await page.getByRole('navigation', { name: '主导航' }).getByText('农户花名册').click();
  await expect(page.getByRole('button', { name: '新增农户' })).toBeVisible();
  await header.logout();

  await setup.login('李收银', '1357');
  await expect(page.getByText('操作员：李收银（收银员）')).toBeVisible();
  await expect(navItems(page)).toHaveText(['首页', '农户花名册', '村干部', '积分存折', '收银兑换', '积分超市']);
  await page.getByRole('navigation', { name: '主导航' }).getByText('农户花名册').click();
  await expect(page.getByRole('heading', { name: '农户花名册' })).toBeVisible();
  await expect(page.getByRole('button', { name: '新增农户' })).toHaveCount(0);
  // the core refuses too, not only the menu
  const refused = await cunji.core.invoke('a-fresh-session-without-login', 'operators.list', {});
  expect(refused.ok).toBe(false);
  await header.changeOwnPin('1357', '2468');
  await header.lock();
  await screenshot(page, 'safety-locked');
  await expect(page.getByLabel('操作员')).toBeVisible();
  await page.getByLabel('PIN').fill('2468');
  await page.getByRole('button', { name: /登\s?录/ }).click();
  await expect(page.getByText('操作员：李收银（收银员）')).toBeVisible();
  await header.logout();

  await setup.login('王书记', '2580');
  const audit = new AuditPage(page);
  await audit.open();
  await expect(audit.rows().filter({ hasText: '李收银 修改了自己的 PIN' })).toHaveCount(1);
  await expect(audit.rows().filter({ hasText: '新增操作员 李收银（收银员）' }).first()).toContainText('王书记');
  await screenshot(page, 'safety-audit');
  await page.getByLabel('操作员').click();
  await page.locator('.ant-select-dropdown:visible').getByTitle('李收银', { exact: true }).click();
  await expect(audit.rows().first()).toContainText('李收银');
  await expect(audit.rows().filter({ hasText: '王书记' })).toHaveCount(0);

  // 李收银 mistypes the PIN five times elsewhere: the list says for how long, and the admin lifts it with their own PIN
  const { core } = cunji;
  const li = (await core.call('e2e-lockout', 'auth.operators', {})).find((o) => o.name === '李收银')!;
  for (let i = 0; i < 5; i++) expect((await core.invoke('e2e-lockout', 'auth.login', { operatorId: li.id, pin: '0000' })).ok).toBe(false);
  await operators.open();
  await expect(operators.row('李收银')).toContainText('已锁定，还剩 1 分钟');
  await screenshot(page, 'safety-operator-locked');
  await operators.unlock('李收银', '2580');
  await audit.open();
  await expect(audit.rows().filter({ hasText: '王书记 解除了 李收银 的 PIN 锁定' })).toHaveCount(1);
});

test('the screen locks itself after the idle minutes set by the village', async ({ page, cunji }) => {
  await cunji.open(page);
  await new SetupPage(page).complete();
  await expect(page.getByText('王书记，您好')).toBeVisible();
  await page.clock.fastForward('09:00');
  await expect(page.getByText('王书记，您好')).toBeVisible();
  await page.clock.fastForward('01:30');
  await expect(page.getByText(/屏幕已锁定。王书记请输入 PIN/)).toBeVisible();
});

test('a manual backup, then a restore from it after a snapshot, and everyone logs in again', async ({ page, cunji }) => {
  await cunji.open(page);
  const setup = new SetupPage(page);
  await setup.complete();
  const nav = page.getByRole('navigation', { name: '主导航' });
  await nav.getByText('数据备份').click();
  await page.getByRole('button', { name: '立即备份' }).click();
  await expect(page.getByText(/备份完成/)).toBeVisible();
  const rows = page.locator('.ant-table-tbody tr.ant-table-row');
  await expect(rows.filter({ hasText: '手动备份' })).toHaveCount(1);
  await screenshot(page, 'safety-backup');

  const roster = new RosterPage(page);
  await roster.open();
  await roster.addHousehold([{ name: '张三', relation: '户主' }]);
  await nav.getByText('数据备份').click();
  await rows.filter({ hasText: '手动备份' }).getByRole('button', { name: /恢\s?复/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: /恢\s?复/ }).click();
  // a restore backs up, verifies, swaps and reopens the file: slow on a busy PC
  await expect(page.getByText(/数据已恢复/)).toBeVisible(SLOW);
  await setup.login('王书记', '2580');
  await roster.open();
  await expect(roster.rows()).toHaveCount(0);
  await nav.getByText('数据备份').click();
  await expect(rows.filter({ hasText: '恢复前备份' })).toHaveCount(1);
});

/**
 * The Electron to launch: `CUNJI_ELECTRON=/path/to/electron` wins; else the binary `npm install`
 * fetched (read without `require('electron')`, which would try to download it).
 */
function electronBinary(): { bin: string | null; why: string } {
  const named = process.env.CUNJI_ELECTRON;
  if (named) return existsSync(named) ? { bin: named, why: '' } : { bin: null, why: `CUNJI_ELECTRON names ${named}, which does not exist` };
  const pathFile = resolve('node_modules/electron/path.txt');
  const bin = existsSync(pathFile) ? resolve('node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim()) : null;
  if (bin && existsSync(bin)) return { bin, why: '' };
  return { bin: null, why: 'no Electron binary: node_modules/electron has no dist (installed with ELECTRON_SKIP_BINARY_DOWNLOAD?) and CUNJI_ELECTRON is not set' };
}

/** The version the binary reports, for the SQLite binding it needs. */
const electronVersion = (bin: string) => execFileSync(bin, ['--version'], { encoding: 'utf8', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } }).trim().replace(/^v/, '');

test('Electron smoke: launch, setup, login, and the page has no Node and cannot leave', async () => {
  const { bin, why } = electronBinary();
  test.skip(!bin, why);
  test.skip(!existsSync('dist-electron/main.cjs'), 'Electron main not built: run `npm run build` first');
  const binding = `native/electron-${electronVersion(bin!)}-${process.platform}-${process.arch}/better_sqlite3.node`;
  test.skip(!existsSync(binding), `no SQLite binding for this Electron (${binding}): run \`node scripts/native-binding.mjs\` (npm start does) first`);
  const userData = mkdtempSync(join(tmpdir(), 'cunji-electron-'));
  const app = await electron.launch({ executablePath: bin!, args: ['.', `--user-data-dir=${userData}`] });
  try {
    const win = await app.firstWindow();
    await new SetupPage(win).complete();
    await expect(win.getByText('王书记，您好')).toBeVisible();
    expect(await win.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await win.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
    expect(await win.evaluate(() => (globalThis as unknown as { open(u: string): unknown }).open('https://example.com/'))).toBeNull();
    await win.evaluate(() => ((globalThis as unknown as { location: { href: string } }).location.href = 'https://example.com/'));
    await win.waitForLoadState();
    expect(win.url()).toMatch(/^app:\/\/cunji\//);
    await expect(win.getByText('王书记，您好')).toBeVisible();
    expect(app.windows()).toHaveLength(1);
  } finally {
    await app.close();
  }
});
