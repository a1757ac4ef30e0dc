import type { Database } from 'better-sqlite3';
import ExcelJS from 'exceljs';
import type { FileResult } from '../../contract/result.js';
import { GENDER_LABELS, HOUSEHOLD_STATUS_LABELS, HOUSEHOLD_STATUSES, RELATIONS, type HouseholdStatus, type MemberDetail } from '../../contract/roster.js';
import { columnLetter, IMPORT_FIELDS, type ImportField } from '../../contract/roster-import.js';
import { listGroups } from '../households.js';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** 户主姓名 is for reading other offices' sheets; cunji writes one row per member with its relation instead. */
const COLUMNS = IMPORT_FIELDS.filter((f) => f.key !== 'headName');
const WIDTHS: Partial<Record<ImportField, number>> = { address: 24, idCard: 22, phone: 15, note: 30, group: 14, relation: 12 };
const TEXT_COLUMNS: ImportField[] = ['number', 'idCard', 'phone'];
const LAST_ROW = 2000;
const col = (f: ImportField) => columnLetter(COLUMNS.findIndex((c) => c.key === f) + 1);

function rosterSheet(wb: ExcelJS.Workbook): ExcelJS.Worksheet {
  const ws = wb.addWorksheet('花名册', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = COLUMNS.map((f) => ({
    header: f.label,
    key: f.key,
    width: WIDTHS[f.key] ?? 10,
    // Text format, so Excel keeps all 18 digits of an ID number and the leading 0 of a 户号.
    ...(TEXT_COLUMNS.includes(f.key) ? { style: { numFmt: '@' } } : {}),
  }));
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
  return ws;
}

export async function toFile(wb: ExcelJS.Workbook, fileName: string): Promise<FileResult> {
  const buf = await wb.xlsx.writeBuffer();
  return { fileName, mime: XLSX_MIME, dataBase64: Buffer.from(buf as ArrayBuffer).toString('base64') };
}

/** An empty roster sheet with this village's groups in drop-downs, and a sheet that explains how to fill it in. */
export async function rosterTemplate(db: Database, villageName: string): Promise<FileResult> {
  const wb = new ExcelJS.Workbook();
  const ws = rosterSheet(wb);
  const lists = wb.addWorksheet('选项');
  const options: [string, readonly string[]][] = [
    ['村小组', listGroups(db).map((g) => g.name)],
    ['与户主关系', RELATIONS],
    ['性别', Object.values(GENDER_LABELS)],
    ['状态', HOUSEHOLD_STATUSES.map((s) => HOUSEHOLD_STATUS_LABELS[s])],
  ];
  options.forEach(([title, values], i) => {
    const c = columnLetter(i + 1);
    lists.getCell(`${c}1`).value = title;
    values.forEach((v, j) => (lists.getCell(`${c}${j + 2}`).value = v));
    const target = { 村小组: 'group', 与户主关系: 'relation', 性别: 'gender', 状态: 'status' }[title] as ImportField;
    for (let r = 2; r <= LAST_ROW; r++) {
      ws.getCell(`${col(target)}${r}`).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [`选项!$${c}$2:$${c}$${values.length + 1}`],
      };
    }
  });
  const help = wb.addWorksheet('填写说明');
  help.getColumn(1).width = 100;
  [
    '农户花名册填写说明',
    '1. 每名家庭成员占一行；户主一行，其他成员写在户主下面。同一户的成员填写相同的户号，或只在户主行填写户号。',
    '2. “与户主关系”必填，户主填“户主”，每户只能有一名户主。',
    '3. “村小组”请从下拉列表中选择；户号留空时由系统按村小组自动编号。',
    '4. 身份证号、联系电话可以不填；填写时请检查是否正确（身份证号会校验最后一位）。',
    '5. 性别、出生年份不填时，会按身份证号自动补全。',
    '6. 填好后在“农户花名册”页面点“导入 Excel”，先预览检查，确认后再导入。',
  ].forEach((line, i) => {
    const c = help.getCell(`A${i + 1}`);
    c.value = line;
    if (i === 0) c.font = { bold: true, size: 14 };
  });
  return toFile(wb, `农户花名册模板-${villageName}.xlsx`);
}

interface ExportRow extends Omit<MemberDetail, 'id'> {
  number: string;
  groupName: string;
  address: string;
  status: HouseholdStatus;
  note: string;
}

/** The whole roster, one row per member with the 户号 repeated, readable by the importer as is. */
export async function rosterExport(db: Database, villageName: string, today: string): Promise<FileResult> {
  const rows = db
    .prepare(
      `SELECT h.number, g.name AS groupName, h.address, h.status, h.note,
              m.name, m.relation, m.relation_detail AS relationDetail, m.gender, m.birth_year AS birthYear, m.id_card AS idCard, m.phone, m.party_member AS partyMember
       FROM households h JOIN groups g ON g.id = h.group_id JOIN members m ON m.household_id = h.id
       ORDER BY g.sort, h.number, m.sort, m.id`,
    )
    .all() as ExportRow[];
  const wb = new ExcelJS.Workbook();
  const ws = rosterSheet(wb);
  for (const r of rows) {
    ws.addRow({
      number: r.number,
      group: r.groupName,
      address: r.address,
      name: r.name,
      relation: r.relationDetail || r.relation,
      gender: r.gender ? GENDER_LABELS[r.gender] : '',
      birthYear: r.birthYear ?? '',
      idCard: r.idCard ?? '',
      phone: r.phone ?? '',
      politics: r.partyMember ? '中共党员' : '',
      status: HOUSEHOLD_STATUS_LABELS[r.status],
      note: r.note,
    } satisfies Record<Exclude<ImportField, 'headName'>, string | number>);
  }
  return toFile(wb, `农户花名册-${villageName}-${today}.xlsx`);
}
