import type { Database } from 'better-sqlite3';
import ExcelJS from 'exceljs';
import type { z } from 'zod';
import { UserError } from '../api/errors.js';
import {
  CADENCE_LABELS,
  UNIT_LABELS,
  itemValues,
  type Cadence,
  type ItemRow,
  type ItemSheetPreview,
  type ItemSheetProblem,
  type meetingInput,
  type Unit,
} from '../contract/checklist.js';
import type { FileResult } from '../contract/result.js';
import { readSheet } from '../roster/xlsx/sheet.js';
import { toFile } from '../roster/xlsx/workbook.js';
import { adoptVersion, assignItem, listChecklists, saveItem } from './items.js';

type Meeting = z.output<typeof meetingInput>;

/** The sheet's columns; the importer finds them by these header labels, in any order. */
const COLUMNS = [
  { key: 'category', header: '类别', width: 12 },
  { key: 'name', header: '事项名称', width: 36 },
  { key: 'points', header: '分值', width: 18 },
  { key: 'unit', header: '计分单位', width: 10 },
  { key: 'cadence', header: '完成周期', width: 10 },
  { key: 'evidence', header: '佐证材料', width: 20 },
  { key: 'owner', header: '责任人', width: 10 },
  { key: 'coOwners', header: '协办人', width: 16 },
] as const;
type Column = (typeof COLUMNS)[number]['key'];

const byLabel = <K extends string>(labels: Record<K, string>) => new Map(Object.entries(labels).map(([k, v]) => [v as string, k as K]));
const UNITS_BY_LABEL = byLabel<Unit>(UNIT_LABELS);
const CADENCES_BY_LABEL = byLabel<Cadence>(CADENCE_LABELS);

/** 质量好:10/一般:5 for a grade table, or the points. */
const pointsText = (i: ItemRow) => (i.grades ? i.grades.map((g) => `${g.label}:${g.points}`).join('/') : String(i.points ?? 0));

function listOf(db: Database, checklistId: number) {
  const list = listChecklists(db, false).find((l) => l.id === checklistId);
  if (!list) throw new UserError('NOT_FOUND', '没有找到该清单');
  return list;
}

/** One list with its owners as .xlsx, for editing in WPS or Excel and importing back. */
export async function exportItems(db: Database, checklistId: number, today: string): Promise<FileResult> {
  const list = listOf(db, checklistId);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(list.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  ws.getRow(1).font = { bold: true };
  for (const i of list.items) {
    ws.addRow({
      category: i.category,
      name: i.name,
      points: pointsText(i),
      unit: UNIT_LABELS[i.unit],
      cadence: CADENCE_LABELS[i.cadence],
      evidence: i.evidence,
      owner: i.cadreName ?? '',
      coOwners: i.coOwners.map((c) => c.name).join('、'),
    } satisfies Record<Column, string>);
  }
  return toFile(wb, `${list.name}-${today}.xlsx`);
}

interface PlannedRow {
  row: number;
  item: ItemRow | undefined;
  category: string;
  name: string;
  values: z.output<typeof itemValues>;
  cadence: Cadence;
  evidence: string;
  ownerId: number | null;
  coOwnerIds: number[];
}

function parsePoints(text: string): Pick<z.input<typeof itemValues>, 'points' | 'grades'> | null {
  const t = text.replace(/\s/g, '').replace(/：/g, ':').replace(/／/g, '/');
  if (/^[+-]?\d+$/.test(t)) return { points: Number(t), grades: null };
  const grades = t.split('/').map((g) => /^([^:]+):([+-]?\d+)$/.exec(g));
  if (grades.length < 2 || grades.some((g) => !g)) return null;
  return { points: null, grades: grades.map((g) => ({ label: (g as RegExpExecArray)[1] as string, points: Number((g as RegExpExecArray)[2]) })) };
}

/** Reads the sheet against the list as it stands; every row's problems are listed, nothing is written. */
async function plan(db: Database, checklistId: number, dataBase64: string) {
  const list = listOf(db, checklistId);
  const sheet = await readSheet(dataBase64, undefined);
  const headerIndex = sheet.rows.findIndex((r) => [...r.cells.values()].includes('事项名称'));
  if (headerIndex < 0) throw new UserError('NO_HEADER', '表格中找不到“事项名称”这一列，请使用本程序导出的清单表格');
  const header = sheet.rows[headerIndex] as (typeof sheet.rows)[number];
  const colOf = new Map<Column, number>();
  for (const [col, text] of header.cells) {
    const c = COLUMNS.find((x) => x.header === text);
    if (c) colOf.set(c.key, col);
  }
  const cadres = db.prepare('SELECT id, name FROM cadres WHERE to_date IS NULL').all() as { id: number; name: string }[];
  const cadreId = (name: string) => cadres.filter((c) => c.name === name);
  const problems: ItemSheetProblem[] = [];
  const rows: PlannedRow[] = [];
  const seen = new Map<string, number>();
  for (const r of sheet.rows.slice(headerIndex + 1)) {
    const get = (k: Column) => (colOf.has(k) ? (r.cells.get(colOf.get(k) as number) ?? '').trim() : '');
    const problem = (column: string, reason: string) => problems.push({ row: r.row, column, reason });
    const name = get('name');
    if (!name) {
      if ([...r.cells.values()].some((v) => v.trim())) problem('事项名称', '事项名称不能为空');
      continue;
    }
    const before = problems.length;
    const first = seen.get(name);
    if (first !== undefined) problem('事项名称', `与第 ${first} 行重复`);
    seen.set(name, r.row);
    const item = list.items.find((i) => i.name === name);
    const points = parsePoints(get('points'));
    if (!points) problem('分值', `“${get('points')}”不是整数分值，也不是“等级:分值/等级:分值”`);
    const unitText = get('unit');
    const unit = unitText ? UNITS_BY_LABEL.get(unitText) : item?.unit;
    if (!unit) problem('计分单位', `“${unitText}”不是可选的计分单位（${Object.values(UNIT_LABELS).join('、')}）`);
    const cadenceText = get('cadence');
    const cadence = cadenceText ? CADENCES_BY_LABEL.get(cadenceText) : (item?.cadence ?? 'per-time');
    if (!cadence) problem('完成周期', `“${cadenceText}”不是可选的完成周期（${Object.values(CADENCE_LABELS).join('、')}）`);
    const person = (text: string, column: string): number | null => {
      const found = cadreId(text);
      if (found.length === 1) return (found[0] as { id: number }).id;
      problem(column, found.length === 0 ? `没有在任村干部叫“${text}”` : `有 ${found.length} 名在任村干部叫“${text}”，请在程序里分配`);
      return null;
    };
    const ownerText = get('owner');
    const ownerId = ownerText ? person(ownerText, '责任人') : null;
    const coOwnerIds = get('coOwners')
      .split(/[、，,;；\s]+/)
      .filter(Boolean)
      .map((n) => person(n, '协办人'))
      .filter((id): id is number => id !== null);
    let values: z.output<typeof itemValues> | null = null;
    if (points && unit) {
      const parsed = itemValues.safeParse({
        ...points,
        unit,
        capMonth: item?.capMonth ?? null,
        capYear: item?.capYear ?? null,
        noteRequired: item?.noteRequired ?? false,
        photoRequired: item?.photoRequired ?? false,
      });
      if (parsed.success) values = parsed.data;
      else problem('分值', parsed.error.issues[0]?.message ?? '分值不正确');
    }
    if (problems.length > before || !values || !cadence) continue;
    rows.push({ row: r.row, item, category: get('category'), name, values, cadence, evidence: get('evidence'), ownerId, coOwnerIds });
  }
  return { list, rows, problems };
}

const changed = (r: PlannedRow): boolean => {
  const i = r.item;
  if (!i) return true;
  return (
    JSON.stringify([i.points, i.grades, i.unit, i.category, i.cadence, i.evidence, i.cadreId, i.coOwners.map((c) => c.id)]) !==
    JSON.stringify([r.values.points, r.values.grades, r.values.unit, r.category, r.cadence, r.evidence, r.ownerId, r.coOwnerIds])
  );
};

export async function previewItems(db: Database, checklistId: number, dataBase64: string): Promise<ItemSheetPreview> {
  const p = await plan(db, checklistId, dataBase64);
  const rows = p.rows.map((r) => ({ row: r.row, name: r.name, change: !r.item ? ('new' as const) : changed(r) ? ('changed' as const) : ('same' as const) }));
  return { rows, problems: p.problems, added: rows.filter((r) => r.change === 'new').length, changed: rows.filter((r) => r.change === 'changed').length };
}

/**
 * Writes the sheet as a new version of the list adopted by the meeting: new
 * items are added, changed values become new item versions, owners are set.
 * Refused while any row has a problem; one transaction.
 */
export async function importItems(db: Database, checklistId: number, dataBase64: string, meeting: Meeting, operatorId: number, now: string, tx: <T>(fn: () => T) => T) {
  const first = await plan(db, checklistId, dataBase64);
  if (first.problems.length > 0) throw new UserError('SHEET_PROBLEMS', `表格有 ${first.problems.length} 处问题，请按预览改正后再导入`);
  return tx(() => {
    const version = adoptVersion(db, checklistId, meeting, operatorId, now);
    let written = 0;
    for (const r of first.rows.filter(changed)) {
      const saved = saveItem(
        db,
        { id: r.item?.id, checklistId, category: r.category, name: r.name, values: r.values, cadence: r.cadence, evidence: r.evidence, partyOnly: r.item?.partyOnly ?? false, subject: null, checklistVersionId: version.id },
        now,
      );
      if (saved.subject === 'cadre') assignItem(db, saved.id, r.ownerId, r.coOwnerIds);
      written += 1;
    }
    return { version: version.version, written };
  });
}
