import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ALL_ROLES } from '../electron/core/contract/system.js';
import { expect, screenshot, test } from './fixtures.js';
import { ChecklistsPage } from './pages/checklists.js';
import { SetupPage } from './pages/setup.js';

test('the duty list goes out to Excel, comes back with a new owner and value, and becomes version 2', async ({ page, cunji }) => {
  await cunji.open(page);
  await new SetupPage(page).complete();
  cunji.core.sessions.set('seed', { id: 1, name: '王书记', roles: [...ALL_ROLES] });
  await cunji.core.call('seed', 'roster.cadres.save', { name: '符海燕', post: '委员', fromDate: '2024-01-01' });

  const lists = new ChecklistsPage(page);
  await lists.adoptAll();
  await lists.tab('党建引领清单');
  const download = await lists.exportSheet();
  expect(download.suggestedFilename()).toMatch(/^党建引领清单-\d{4}-\d{2}-\d{2}\.xlsx$/);

  // the clerk edits it in WPS: 符海燕 takes 组织党员集中学习, now worth 3 points
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await download.path());
  const ws = wb.worksheets[0]!;
  let edited = 0;
  ws.eachRow((row) => {
    if (row.getCell(2).text !== '组织党员集中学习') return;
    row.getCell(3).value = '3';
    row.getCell(7).value = '符海燕';
    edited += 1;
  });
  expect(edited).toBe(1);
  const file = join(mkdtempSync(join(tmpdir(), 'cunji-sheet-')), '党建引领清单-改.xlsx');
  await wb.xlsx.writeFile(file);

  await lists.chooseSheet(file);
  await expect(lists.dialog().getByText(/新增 0 项，修改 1 项/)).toBeVisible();
  await screenshot(page, 'checklist-sheet-preview');
  await lists.commit(1, '38');

  const row = lists.row('组织党员集中学习');
  await expect(row).toContainText('+3');
  await expect(row).toContainText('符海燕');
  await expect(row.getByRole('cell', { name: '2', exact: true })).toBeVisible();
  await expect(lists.panel().getByText(/第 2 版：.*村民代表大会通过（38 人参会）/)).toBeVisible();
  await screenshot(page, 'checklist-sheet-imported');
});
