import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { idCardCheckChar } from '../electron/core/contract/identity.js';
import { ARTIFACTS, expect, screenshot, test } from './fixtures.js';
import { ImportWizardPage } from './pages/import.js';
import { RosterPage } from './pages/roster.js';
import { SetupPage } from './pages/setup.js';

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华';

/**
 * An office's own sheet: a title row, its own headers, 200 single-member households of which
 * rows 23, 88 and 150 are bad — unless `corrected`, as the clerk sends it again.
 */
async function officeSheet(corrected = false): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('花名册');
  ws.addRow(['山竹沟村农户花名册（2026 年）']);
  ws.addRow(['户号', '户主姓名', '组别', '身份证号码', '联系电话', '住址']);
  for (let i = 1; i <= 200; i++) {
    const body = `469003${1950 + (i % 50)}0101${String(i).padStart(3, '0')}`;
    const row = ws.addRow([
      `H${String(i).padStart(3, '0')}`,
      `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i * 7) % GIVEN.length]}${GIVEN[(i * 3) % GIVEN.length]}`,
      ['第一村小组', '第二村小组', '第三村小组'][i % 3],
      body + idCardCheckChar(body),
      `139-${String(1000 + i).padStart(4, '0')}-${String(5000 + i)}`,
      `${i} 号`,
    ]);
    row.getCell(4).numFmt = '@';
  }
  const cell = (excelRow: number, col: number) => ws.getRow(excelRow).getCell(col);
  if (!corrected) cell(23, 4).value = `${String(cell(23, 4).value).slice(0, 17)}${String(cell(23, 4).value).endsWith('0') ? '1' : '0'}`; // bad checksum
  if (!corrected) cell(88, 3).value = '第九村小组'; // unknown group
  if (!corrected) cell(150, 1).value = 'H010'; // 户号 used on row 12
  const path = join(mkdtempSync(join(tmpdir(), 'cunji-sheet-')), corrected ? '山竹沟村花名册（改正）.xlsx' : '山竹沟村花名册.xlsx');
  await wb.xlsx.writeFile(path);
  return path;
}

test('download the template, import an office sheet of 200 households with 3 bad rows, then export the roster', async ({ page, cunji }) => {
  const sheet = await officeSheet();
  await cunji.open(page);
  await new SetupPage(page).complete();
  const roster = new RosterPage(page);
  await roster.open();
  const wizard = new ImportWizardPage(page);
  await wizard.open();
  await screenshot(page, 'import-choose');
  const template = page.waitForEvent('download');
  await wizard.dialog().getByRole('button', { name: '下载模板' }).click();
  expect((await template).suggestedFilename()).toBe('农户花名册模板-山竹沟村.xlsx');
  await wizard.choose(sheet);

  await expect(wizard.dialog().getByText('表中共 200 户，其中 197 户（197 人）是新户，可以导入。')).toBeVisible();
  await expect(wizard.dialog().getByText('表头在第 2 行')).toBeVisible();
  await expect(wizard.problems()).toHaveCount(3);
  await expect(wizard.problems().nth(0)).toContainText('23身份证号身份证号校验位不正确');
  await expect(wizard.problems().nth(1)).toContainText('村小组“第九村小组”不存在');
  await expect(wizard.problems().nth(2)).toContainText('户号 H010 在表中重复（第 12 行已用过）');
  await wizard.dialog().screenshot({ path: join(ARTIFACTS, 'import-preview.png') });

  await wizard.confirm(197);
  // the problem list stays on the last step, with row numbers, and goes out as .xlsx for correcting
  await expect(wizard.problems()).toHaveCount(3);
  await expect(wizard.problems().nth(0)).toContainText('23');
  await screenshot(page, 'import-done');
  const problems = await wizard.exportProblems();
  expect(problems.suggestedFilename()).toMatch(/^山竹沟村花名册-导入问题-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const pw = new ExcelJS.Workbook();
  await pw.xlsx.load(readFileSync(await problems.path()) as unknown as ExcelJS.Buffer);
  const prow = (n: number) => (pw.worksheets[0]!.getRow(n).values as unknown[]).slice(1, 8);
  expect(prow(1)).toEqual(['行号', '栏目', '问题', '户号', '户主姓名', '组别', '身份证号码']);
  expect(prow(2).slice(0, 2)).toEqual([23, '身份证号']);
  expect(prow(3).slice(0, 6)).toEqual([88, '村小组', '村小组“第九村小组”不存在（本村有：第一村小组、第二村小组、第三村小组）', 'H086', prow(3)[4], '第九村小组']);
  expect(prow(4).slice(0, 4)).toEqual([150, '户号', '户号 H010 在表中重复（第 12 行已用过）', 'H010']);
  expect(pw.worksheets[0]!.actualRowCount).toBe(4);
  await wizard.close();
  await expect(page.getByText('共 197 户')).toBeVisible();
  await roster.search('H011');
  await expect(roster.rows()).toHaveCount(1);
  await expect(roster.rows().first()).toContainText('139****5011');
  await roster.search('');
  await screenshot(page, 'roster-imported');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Excel' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^农户花名册-山竹沟村-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(await file.path()) as unknown as ExcelJS.Buffer);
  expect(wb.worksheets[0]!.actualRowCount).toBe(198);

  // the corrected sheet, imported again: the 197 are 已在花名册中, not problems; the 3 come in
  await wizard.open();
  await wizard.choose(await officeSheet(true));
  await expect(wizard.dialog().getByText('表中共 200 户，其中 3 户（3 人）是新户，可以导入；197 户已在花名册中。')).toBeVisible();
  await expect(wizard.problems()).toHaveCount(0);
  await expect(wizard.existing().first()).toContainText('与花名册相同');
  await wizard.confirm(3);
  await wizard.close();
  await expect(page.getByText('共 200 户')).toBeVisible();
});
