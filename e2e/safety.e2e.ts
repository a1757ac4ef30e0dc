import { _electron as electron } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createCore } from '../electron/core/app.js';
import { DB_FILE_NAME } from '../electron/core/db/connection.js';
import { startWebHost } from '../electron/core/transport/web-host.js';
import { breakPage, firstLeafOf } from '../test/safety/damage.js';
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

test('a data file that fails its check: every page says it is read-only, a save is refused, and a restore brings it back', async ({ page, cunji }) => {
  // set up a village with a backup, damage its audit log's rows (where a login writes, and a copy through SQLite
  // fails), and reopen it as the desktop app and `npm run web` open it: the first screen at once, the check in a
  // worker thread meanwhile
  const dataDir = mkdtempSync(join(tmpdir(), 'cunji-e2e-damaged-'));
  const first = createCore({ dataDir, clock: cunji.clock, log: () => {} });
  await first.call('e2e-setup', 'setup.complete', {
    installation: 'village', villageName: '山竹沟村', township: '打安镇', county: '白沙黎族自治县',
    groups: ['第一村小组'], admin: { name: '王书记', pin: '2580' },
  });
  first.sessions.set('e2e-setup', { id: 1, name: '王书记', roles: ['admin'] });
  await first.call('e2e-setup', 'backup.create', {});
  const damagedPage = firstLeafOf(first.db, 'audit_log');
  first.db.pragma('wal_checkpoint(TRUNCATE)');
  first.db.close();
  breakPage(join(dataDir, DB_FILE_NAME), damagedPage);
  const core = createCore({ dataDir, clock: cunji.clock, log: () => {}, deferIntegrityCheck: true });
  const host = await startWebHost({ core, staticDir: resolve('dist/renderer') });
  try {
    await page.goto(host.url);
    const setup = new SetupPage(page);
    await setup.login('王书记', '2580');
    const banner = page.getByRole('alert').filter({ hasText: '数据完整性检查未通过，为了安全现在只能查看、不能修改' });
    await expect(banner).toBeVisible(SLOW);
    await expect(banner).toContainText('数据备份');
    await new RosterPage(page).open();
    await expect(banner).toBeVisible();
    await screenshot(page, 'safety-integrity-failed');
    await page.getByRole('button', { name: '管理村小组' }).click();
    const groups = page.getByRole('dialog', { name: '村小组' });
    await groups.getByLabel('新村小组名称').fill('第二村小组');
    await groups.getByRole('button', { name: '新增村小组' }).click();
    await expect(page.getByText(/完整性检查未通过.*从最近的备份恢复/).last()).toBeVisible();
    await expect(groups.getByRole('row')).toHaveCount(2);
    await groups.getByRole('button', { name: /关\s?闭/ }).first().click();

    await page.getByRole('navigation', { name: '主导航' }).getByText('数据备份').click();
    await page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: '手动备份' }).getByRole('button', { name: /恢\s?复/ }).click();
    const confirm = page.getByRole('dialog');
    await expect(confirm).toContainText('会原样移到数据目录的 damaged 文件夹里保留');
    // nothing the screen asks for after the restore is refused (the session ends with it)
    const refused: string[] = [];
    page.on('response', async (r) => {
      if (r.url().includes('/api/') && (await r.json().catch(() => null))?.ok === false) refused.push(new URL(r.url()).pathname);
    });
    await confirm.getByRole('button', { name: /恢\s?复/ }).click();
    await expect(page.getByText(/数据已恢复。未通过完整性检查的原数据文件已原样保存在数据目录的 damaged-\S+ 文件夹/)).toBeVisible(SLOW);
    await setup.login('王书记', '2580');
    await expect(page.getByText(/操作员：王书记/)).toBeVisible();
    await expect(banner).toHaveCount(0);
    expect(refused).toEqual([]);
    await new RosterPage(page).open();
    await page.getByRole('button', { name: '管理村小组' }).click();
    await groups.getByLabel('新村小组名称').fill('第二村小组');
    await groups.getByRole('button', { name: '新增村小组' }).click();
    await expect(groups.getByRole('row')).toHaveCount(3);
  } finally {
    await host.close();
    // the check's worker must be done with the folder before it goes
    await core.integrity.done;
    core.db.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
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
