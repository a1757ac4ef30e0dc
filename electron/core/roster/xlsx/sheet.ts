import ExcelJS from 'exceljs';
import { toHalfWidth } from '../../contract/identity.js';
import { columnLetter, IMPORT_FIELDS, type ImportColumn, type ImportField, type ImportMapping } from '../../contract/roster-import.js';
import { UserError } from '../../api/errors.js';

/** One spreadsheet row as text, keyed by 1-based column. */
export interface SheetRow {
  row: number;
  cells: Map<number, string>;
  /** Columns whose number Excel could not hold exactly (an 18-digit ID typed into a number cell). */
  lossy: Set<number>;
}

export interface Sheet {
  names: string[];
  name: string;
  rows: SheetRow[];
}

type CellValue = ExcelJS.CellValue;

/** What a person sees in a cell, whatever exceljs made of it (rich text, formula, hyperlink, date). */
function cellText(v: CellValue): { text: string; lossy: boolean } {
  if (v === null || v === undefined) return { text: '', lossy: false };
  if (typeof v === 'string') return { text: v, lossy: false };
  if (typeof v === 'number') {
    // Excel keeps 15 significant digits: a longer integer has already lost its tail.
    if (Number.isInteger(v) && !Number.isSafeInteger(v)) return { text: BigInt(v).toString(), lossy: true };
    return { text: String(v), lossy: false };
  }
  if (typeof v === 'boolean') return { text: v ? '是' : '否', lossy: false };
  if (v instanceof Date) {
    const p = (n: number) => String(n).padStart(2, '0');
    return { text: `${v.getUTCFullYear()}-${p(v.getUTCMonth() + 1)}-${p(v.getUTCDate())}`, lossy: false };
  }
  if ('richText' in v) return { text: v.richText.map((t) => t.text).join(''), lossy: false };
  if ('formula' in v || 'sharedFormula' in v) return cellText((v as { result?: CellValue }).result ?? null);
  if ('text' in v && typeof v.text === 'string') return { text: v.text, lossy: false };
  return { text: '', lossy: false };
}

export async function readSheet(dataBase64: string, wanted: string | undefined): Promise<Sheet> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(dataBase64, 'base64') as unknown as ExcelJS.Buffer);
  } catch {
    throw new UserError('BAD_FILE', '无法读取这个文件。请选择 Excel 的 .xlsx 文件（旧版 .xls 请先在 Excel 中另存为 .xlsx）');
  }
  const names = wb.worksheets.map((w) => w.name);
  const ws = wanted ? wb.getWorksheet(wanted) : (wb.worksheets.find((w) => w.actualRowCount > 0) ?? wb.worksheets[0]);
  if (!ws) throw new UserError('NO_SHEET', wanted ? `文件中没有名为“${wanted}”的工作表` : '文件中没有工作表');
  const rows: SheetRow[] = [];
  ws.eachRow({ includeEmpty: false }, (r, rowNumber) => {
    const cells = new Map<number, string>();
    const lossy = new Set<number>();
    r.eachCell({ includeEmpty: false }, (c, col) => {
      const t = cellText(c.value);
      const text = t.text.replace(/[\s\u3000]+/g, ' ').trim();
      if (text) cells.set(col, text);
      if (t.lossy) lossy.add(col);
    });
    if (cells.size) rows.push({ row: rowNumber, cells, lossy });
  });
  return { names, name: ws.name, rows };
}

/** 身份证号码（必填） → 身份证号码: the bare header text, for matching. */
function bareHeader(h: string): string {
  return toHalfWidth(h)
    .replace(/[(（[【].*?[)）\]】]/g, '')
    .replace(/[\s*:：]/g, '');
}

/** Words that give a field away even inside a longer header (户主身份证号 → 身份证号). */
const HINTS: Partial<Record<ImportField, string[]>> = {
  idCard: ['身份证', '身份号码'],
  phone: ['电话', '手机'],
  address: ['地址', '住址', '门牌'],
  group: ['小组', '组别'],
  birthYear: ['出生'],
  relation: ['关系'],
};

/** Recognises header names; each column feeds at most one field and each field takes the first column that fits. */
export function recogniseHeaders(headers: Map<number, string>): ImportMapping {
  const mapping: ImportMapping = {};
  const used = new Set<number>();
  const bare = [...headers].map(([col, h]) => [col, bareHeader(h)] as const);
  for (const f of IMPORT_FIELDS) {
    const hit = bare.find(([col, h]) => !used.has(col) && (f.headers as readonly string[]).includes(h));
    if (hit) {
      mapping[f.key] = hit[0];
      used.add(hit[0]);
    }
  }
  for (const f of IMPORT_FIELDS) {
    const hints = HINTS[f.key];
    if (mapping[f.key] || !hints) continue;
    const hit = bare.find(([col, h]) => !used.has(col) && hints.some((w) => h.includes(w)));
    if (hit) {
      mapping[f.key] = hit[0];
      used.add(hit[0]);
    }
  }
  return mapping;
}

/** The header row is the one among the first rows that names the most known columns (a title may sit above it). */
export function findHeader(rows: readonly SheetRow[]): { index: number; mapping: ImportMapping } {
  let best = { index: 0, mapping: {} as ImportMapping, score: 0 };
  rows.slice(0, 15).forEach((r, index) => {
    const mapping = recogniseHeaders(r.cells);
    const score = Object.values(mapping).filter(Boolean).length;
    if (score > best.score) best = { index, mapping, score };
  });
  return best.score >= 2 ? best : { index: 0, mapping: {} };
}

export function describeColumns(header: SheetRow | undefined, data: readonly SheetRow[]): ImportColumn[] {
  const cols = new Set<number>(header ? header.cells.keys() : []);
  for (const r of data.slice(0, 50)) for (const c of r.cells.keys()) cols.add(c);
  return [...cols]
    .sort((a, b) => a - b)
    .map((col) => ({
      col,
      header: header?.cells.get(col) ?? `第 ${columnLetter(col)} 列`,
      samples: data.flatMap((r) => r.cells.get(col) ?? []).slice(0, 3),
    }));
}
