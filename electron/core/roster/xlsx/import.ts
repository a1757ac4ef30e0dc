import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { importInput, ImportPreview, ImportResult } from '../../contract/roster-import.js';
import { createHousehold, setHouseholdStatus } from '../households.js';
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
    plan: (): ImportPlan => planImport(db, data, mapping, input.defaultGroupId, thisYear),
  };
}

export async function previewImport(db: Database, input: ImportInput, thisYear: number): Promise<ImportPreview> {
  const a = await analyse(db, input, thisYear);
  const plan = a.plan();
  const valid = plan.households.filter((h) => h.valid);
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
    const valid = plan.households.filter((h) => h.valid);
    // Households with their own 户号 first, so a generated number never takes one the sheet asks for.
    const ordered = [...valid.filter((h) => h.input.number), ...valid.filter((h) => !h.input.number)];
    for (const h of ordered) {
      const id = createHousehold(db, h.input, now);
      if (h.status !== 'active') setHouseholdStatus(db, id, h.status, now);
    }
    return {
      households: valid.length,
      members: valid.reduce((n, h) => n + h.input.members.length, 0),
      skipped: plan.households.length - valid.length,
    };
  });
}
