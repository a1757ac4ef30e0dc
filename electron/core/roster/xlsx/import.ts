import type { Database } from 'better-sqlite3';
import ExcelJS from 'exceljs';
import type { FileResult } from '../../contract/result.js';
import type { z } from 'zod';
import type { importInput, ImportPreview, ImportResult } from '../../contract/roster-import.js';
import { createHousehold, listGroups, setHouseholdStatus, updateHousehold } from '../households.js';
import { householdUpdate } from './changes.js';
import { toFile } from './workbook.js';
import { describeColumns, findHeader, readSheet } from './sheet.js';
import { planImport, type ImportPlan } from './plan.js';

type ImportInput = z.output<typeof importInput>;

async function analyse(db: Database, input: ImportInput, thisYear: number) {
  const sheet = await readSheet(input.file.dataBase64, input.sheet);
  const found = findHeader(sheet.rows);
  // With the user's own mapping the header row stays where it was found; no header found means the data starts at row 1.
  const headerFound = Object.keys(found.mapping).length > 0;
  const header = headerFound ? sheet.rows[found.index] : undefined;
  const data = headerFound ? sheet.rows.slice(found.index + 1) : sheet.rows;
  const mapping = input.mapping ?? found.mapping;
  return {
    sheet,
    header,
    data,
    mapping,
    plan: () => withUpdates(db, planImport(db, data, mapping, input.defaultGroupId, thisYear)),
  };
}

/** The plan with, for each household already in the roster, what an update would change (or why it cannot). */
function withUpdates(db: Database, plan: ImportPlan) {
  const groups = listGroups(db);
  const problems = [...plan.problems];
  const households = plan.households.map((h) => {
    if (h.existingId === null || !h.valid) return { ...h, update: null };
    const update = householdUpdate(db, h.existingId, h.input, groups);
    if (!update.problem) return { ...h, update };
    problems.push({ row: h.firstRow, ...update.problem });
    return { ...h, valid: false, update: null };
  });
  problems.sort((a, b) => a.row - b.row);
  return { households, problems };
}

export async function previewImport(db: Database, input: ImportInput, thisYear: number): Promise<ImportPreview> {
  const a = await analyse(db, input, thisYear);
  const plan = a.plan();
  const valid = plan.households.filter((h) => h.valid && h.existingId === null);
  return {
    sheets: a.sheet.names,
    sheet: a.sheet.name,
    headerRow: a.header?.row ?? 0,
    columns: describeColumns(a.header, a.data),
    mapping: a.mapping,
    households: plan.households.length,
    validHouseholds: valid.length,
    validMembers: valid.reduce((n, h) => n + h.input.members.length, 0),
    problems: plan.problems,
    existing: plan.households.flatMap((h) =>
      h.update ? [{ row: h.firstRow, number: h.input.number, headName: h.input.members.find((m) => m.relation === '户主')?.name ?? '', changes: h.update.changes }] : [],
    ),
  };
}

/**
 * Imports every household that passes, in one transaction. The sheet is read
 * again and checked inside that transaction, so what is written is exactly
 * what a preview of the database as it now stands would call valid.
 */
export async function commitImport(db: Database, input: ImportInput, thisYear: number, now: string, tx: <T>(fn: () => T) => T): Promise<ImportResult> {
  const a = await analyse(db, input, thisYear);
  return tx(() => {
    const plan = a.plan();
    const valid = plan.households.filter((h) => h.valid && h.existingId === null);
    // Households with their own 户号 first, so a generated number never takes one the sheet asks for.
    const ordered = [...valid.filter((h) => h.input.number), ...valid.filter((h) => !h.input.number)];
    for (const h of ordered) {
      const id = createHousehold(db, h.input, now);
      if (h.status !== 'active') setHouseholdStatus(db, id, h.status, now);
    }
    let updated = 0;
    let unchanged = 0;
    for (const h of plan.households) {
      if (!h.update || h.existingId === null) continue;
      if (input.update && h.update.changes.length > 0) {
        updateHousehold(db, h.existingId, h.update.merged, now);
        updated++;
      } else unchanged++;
    }
    return {
      households: valid.length,
      members: valid.reduce((n, h) => n + h.input.members.length, 0),
      skipped: plan.households.filter((h) => !h.valid).length,
      updated,
      unchanged,
    };
  });
}

/**
 * The preview's problem list as a workbook: row number, column and reason,
 * then the row as the sheet had it — so the clerk corrects the skipped rows
 * in Excel and imports them again.
 */
export async function problemsWorkbook(db: Database, input: ImportInput, thisYear: number, today: string): Promise<FileResult> {
  const a = await analyse(db, input, thisYear);
  const { problems } = a.plan();
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('导入问题', { views: [{ state: 'frozen', ySplit: 1 }] });
  const sheetColumns = a.header ? [...a.header.cells.entries()].sort(([x], [y]) => x - y) : [];
  ws.columns = [
    { header: '行号', width: 8 },
    { header: '栏目', width: 12 },
    { header: '问题', width: 50 },
    ...sheetColumns.map(([, h]) => ({ header: h, width: 14, style: { numFmt: '@' } })),
  ];
  ws.getRow(1).font = { bold: true };
  const byRow = new Map(a.data.map((r) => [r.row, r]));
  for (const p of problems) {
    const source = byRow.get(p.row);
    ws.addRow([p.row, p.field || '整户', p.reason, ...sheetColumns.map(([c]) => source?.cells.get(c) ?? '')]);
  }
  const base = input.file.fileName.replace(/\.xlsx$/i, '');
  return toFile(wb, `${base}-导入问题-${today}.xlsx`);
}
