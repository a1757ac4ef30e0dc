import { z } from 'zod';
import { file, id } from './fields.js';

/**
 * The columns a roster spreadsheet can carry. Order is the order of the
 * template and the export; `headers` are the names offices actually use,
 * the first being the one cunji writes.
 */
export const IMPORT_FIELDS = [
  { key: 'number', label: '户号', headers: ['户号', '户编号', '户口编号', '家庭编号', '编号'] },
  { key: 'group', label: '村小组', headers: ['村小组', '组别', '小组', '组', '所属小组', '所在小组', '村民小组', '所属村小组'] },
  { key: 'address', label: '门牌地址', headers: ['门牌地址', '门牌号', '住址', '地址', '家庭住址', '家庭地址', '现住址', '居住地址'] },
  { key: 'headName', label: '户主姓名', headers: ['户主姓名', '户主'] },
  { key: 'name', label: '姓名', headers: ['姓名', '成员姓名', '家庭成员', '家庭成员姓名', '名字'] },
  { key: 'relation', label: '与户主关系', headers: ['与户主关系', '关系', '家庭关系', '与户主的关系', '成员关系'] },
  { key: 'gender', label: '性别', headers: ['性别'] },
  { key: 'birthYear', label: '出生年份', headers: ['出生年份', '出生日期', '出生年月', '出生年', '生日', '出生'] },
  { key: 'idCard', label: '身份证号', headers: ['身份证号', '身份证号码', '公民身份号码', '身份证', '证件号码', '身份号码'] },
  { key: 'phone', label: '联系电话', headers: ['联系电话', '电话', '手机', '手机号', '手机号码', '电话号码', '联系方式'] },
  { key: 'politics', label: '政治面貌', headers: ['政治面貌', '是否党员', '党员'] },
  { key: 'status', label: '状态', headers: ['状态', '户状态'] },
  { key: 'note', label: '备注', headers: ['备注', '说明'] },
] as const;

export type ImportField = (typeof IMPORT_FIELDS)[number]['key'];
export const IMPORT_FIELD_KEYS = IMPORT_FIELDS.map((f) => f.key) as [ImportField, ...ImportField[]];
export const IMPORT_FIELD_LABELS = Object.fromEntries(IMPORT_FIELDS.map((f) => [f.key, f.label])) as Record<ImportField, string>;

/** Which sheet column (1-based) feeds each field; missing or null means "not in this sheet". */
export const importMapping = z.partialRecord(z.enum(IMPORT_FIELD_KEYS), z.number().int().min(1).max(200).nullable());
export type ImportMapping = z.output<typeof importMapping>;

export const importInput = z.object({
  file,
  /** Omitted: the first sheet that has data. */
  sheet: z.string().max(100).optional(),
  /** Omitted: recognised from the header row. Given: the user's choice, used as is. */
  mapping: importMapping.optional(),
  /** For rows whose group is blank (or a sheet without a group column). */
  defaultGroupId: id.nullable().default(null),
  /** Households already in the roster (same 户号) take the sheet's changes; otherwise they are left as they are. */
  update: z.boolean().default(false),
});

export interface ImportColumn {
  /** 1-based sheet column. */
  col: number;
  header: string;
  /** A few values from the first data rows, to help the user map an unknown header. */
  samples: string[];
}

export interface ImportProblem {
  /** The spreadsheet row number as Excel shows it. */
  row: number;
  /** Chinese field label, or '' for the whole row/household. */
  field: string;
  reason: string;
}

export interface ImportPreview {
  sheets: string[];
  sheet: string;
  /** Row number of the header row (a title may sit above it). */
  headerRow: number;
  columns: ImportColumn[];
  mapping: ImportMapping;
  /** Households in the sheet, and how many of them pass every check. */
  households: number;
  validHouseholds: number;
  validMembers: number;
  problems: ImportProblem[];
  /** Households of the sheet already in the roster (same 户号), with what an update would change. */
  existing: ImportExisting[];
}

export interface ImportExisting {
  row: number;
  number: string;
  headName: string;
  /** Readable lines, e.g. “门牌地址：三巷 2 号 → 三巷 4 号”; empty when the roster already says the same. */
  changes: string[];
}

export interface ImportResult {
  /** New households written. */
  households: number;
  members: number;
  skipped: number;
  /** Households already in the roster that took the sheet's changes. */
  updated: number;
  /** Households already in the roster left as they were (no change, or updating not chosen). */
  unchanged: number;
}

/** Excel's column letters: 1 → A, 27 → AA. */
export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
