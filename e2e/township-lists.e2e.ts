import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createCore } from '../electron/core/app.js';
import { startWebHost } from '../electron/core/transport/web-host.js';
import { ARTIFACTS, expect, screenshot, test } from './fixtures.js';
import { SetupPage } from './pages/setup.js';
import { TownshipPage } from './pages/township.js';

const PUBLICITY = '按时完成村务公开（每月10日前）';

test('the township hands its 政府事务清单 down; the village adopts it with its own meeting and keeps its owners', async ({ page, cunji }) => {
  // the township: its own data folder and web host, in a second tab of the same browser
  const townshipDir = mkdtempSync(join(tmpdir(), 'cunji-e2e-township-'));
  const townshipCore = createCore({ dataDir: townshipDir, clock: cunji.clock, log: () => {} });
  const townshipHost = await startWebHost({ core: townshipCore, staticDir: resolve('dist/renderer') });
  try {
    const tab = await page.context().newPage();
    await tab.clock.install({ time: cunji.clock.now() });
    await tab.goto(townshipHost.url);
    const township = new TownshipPage(tab);
    await township.setUp();
    await township.open();
    const [download] = await Promise.all([tab.waitForEvent('download'), tab.getByRole('button', { name: '下发政府事务清单' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^打安镇-政府事务清单-\d{8}\.cunjilist$/);
    const listFile = join(townshipDir, download.suggestedFilename());
    await download.saveAs(listFile);
    await expect(tab.getByText(/已生成 打安镇-政府事务清单-\d{8}\.cunjilist/)).toBeVisible();

    // the village: set up on screen, with the duty list and 王书记 owning the publicity item
    await cunji.open(page);
    await new SetupPage(page).complete();
    await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
    const admin = 'e2e-lists-admin';
    cunji.core.sessions.set(admin, { id: 1, name: '王书记', roles: ['admin'] });
    const [duty] = await cunji.core.call(admin, 'checklist.loadTemplates', { codes: ['duty'], meeting: { kind: 'representatives', date: '2025-01-10', attendance: 40, note: '' } });
    const cadre = await cunji.core.call(admin, 'roster.cadres.save', { name: '王书记', post: '书记', fromDate: '2025-01-01' });
    const item = duty!.items.find((i) => i.name === PUBLICITY)!;
    await cunji.core.call(admin, 'checklist.assign', { itemId: item.id, cadreId: cadre.id });

    await page.getByRole('navigation', { name: '主导航' }).getByRole('menuitem', { name: '报送乡镇' }).click();
    const card = page.locator('.ant-card').filter({ hasText: '乡镇下发的政府事务清单' });
    await card.locator('input[type=file]').setInputFiles(listFile);
    await expect(card.getByText(`已选择：${download.suggestedFilename()}`)).toBeVisible();
    await card.getByLabel('参会人数').fill('38');
    await card.getByRole('button', { name: '导入清单' }).click();
    await expect(card.getByText('依法履职清单第 2 版、依法协助清单第 1 版')).toBeVisible();
    await card.screenshot({ path: join(ARTIFACTS, 'village-adopts-lists.png'), animations: 'disabled' });

    const lists = await cunji.core.call(admin, 'checklist.lists', {});
    const adopted = lists.find((l) => l.code === 'duty')!;
    expect(adopted.versions[0]).toMatchObject({ version: 2, attendance: 38, meetingDate: cunji.day.today });
    expect(adopted.items.find((i) => i.id === item.id)).toMatchObject({ cadreName: '王书记' });
    expect(lists.map((l) => l.code)).toContain('assist');
    await screenshot(tab, 'township-hands-down-lists');
    await tab.close();
  } finally {
    await townshipHost.close();
    townshipCore.db.close();
    rmSync(townshipDir, { recursive: true, force: true });
  }
});
