import type { Database } from 'better-sqlite3';
import { prepared } from '../db/statements.js';
import type { z } from 'zod';
import {
  CHECKLIST_CODES,
  CHECKLIST_LABELS,
  type ChecklistCode,
  type ChecklistRow,
  type ChecklistVersionRow,
  type Grade,
  type ItemRow,
  type itemInput,
  type itemValues,
  type meetingInput,
  type Subject,
  type TemplateInfo,
} from '../contract/checklist.js';
import { notFound, UserError } from '../api/errors.js';
import { TEMPLATES, type ChecklistTemplate } from './templates.js';

type Values = z.output<typeof itemValues>;
type Meeting = z.output<typeof meetingInput>;
type ItemInput = z.output<typeof itemInput>;

/** Households are scored on the conduct list; cadres on every other list. */
export const subjectOf = (code: ChecklistCode): Subject => (code === 'conduct' ? 'household' : 'cadre');

const ITEM_SQL = `
  SELECT i.id, i.checklist_id AS checklistId, c.code AS checklistCode, i.category, i.name, i.subject, i.cadre_id AS cadreId,
         cd.name AS cadreName, i.cadence, i.party_only AS partyOnly, i.evidence, i.active, v.id AS versionId, v.version, v.points, v.grades, v.unit, v.cap_month AS capMonth,
         v.cap_year AS capYear, v.note_required AS noteRequired, v.photo_required AS photoRequired
  FROM items i
  JOIN checklists c ON c.id = i.checklist_id
  JOIN item_versions v ON v.item_id = i.id AND v.version = (SELECT max(version) FROM item_versions WHERE item_id = i.id)
  LEFT JOIN cadres cd ON cd.id = i.cadre_id`;

interface ItemRecord extends Omit<ItemRow, 'grades' | 'active' | 'noteRequired' | 'photoRequired' | 'partyOnly' | 'coOwners'> {
  grades: string | null;
  partyOnly: number;
  active: number;
  noteRequired: number;
  photoRequired: number;
}

const CO_OWNERS_SQL = 'SELECT o.item_id AS itemId, c.id, c.name FROM item_co_owners o JOIN cadres c ON c.id = o.cadre_id';

/** Co-owners of every item, or of one (the recording path reads only its own item's). */
export function coOwnersOf(db: Database, itemId?: number): Map<number, { id: number; name: string }[]> {
  const rows = (
    itemId === undefined
      ? prepared(db, `${CO_OWNERS_SQL} ORDER BY c.id`).all()
      : prepared(db, `${CO_OWNERS_SQL} WHERE o.item_id = ? ORDER BY c.id`).all(itemId)
  ) as { itemId: number; id: number; name: string }[];
  const out = new Map<number, { id: number; name: string }[]>();
  for (const { itemId, ...c } of rows) out.set(itemId, [...(out.get(itemId) ?? []), c]);
  return out;
}

const toItem = (r: ItemRecord, coOwners: Map<number, { id: number; name: string }[]>): ItemRow => ({
  ...r,
  coOwners: coOwners.get(r.id) ?? [],
  partyOnly: r.partyOnly === 1,
  grades: r.grades ? (JSON.parse(r.grades) as Grade[]) : null,
  active: r.active === 1,
  noteRequired: r.noteRequired === 1,
  photoRequired: r.photoRequired === 1,
});

export function getItem(db: Database, id: number): ItemRow {
  const r = prepared(db, `${ITEM_SQL} WHERE i.id = ?`).get(id) as ItemRecord | undefined;
  if (!r) throw new UserError('UNKNOWN_ITEM', '没有找到该清单事项，请重新选择');
  return toItem(r, coOwnersOf(db, id));
}

/** The item values as they were when an entry was recorded. */
export function itemVersion(db: Database, versionId: number): { itemId: number; version: number; points: number | null; grades: Grade[] | null } {
  const r = db.prepare('SELECT item_id AS itemId, version, points, grades FROM item_versions WHERE id = ?').get(versionId) as
    | { itemId: number; version: number; points: number | null; grades: string | null }
    | undefined;
  if (!r) throw notFound('事项版本');
  return { ...r, grades: r.grades ? (JSON.parse(r.grades) as Grade[]) : null };
}

export function listChecklists(db: Database, includeInactive: boolean): ChecklistRow[] {
  const lists = db.prepare('SELECT id, code, name FROM checklists ORDER BY sort').all() as { id: number; code: ChecklistCode; name: string }[];
  const owners = coOwnersOf(db);
  const items = (db.prepare(`${ITEM_SQL} ${includeInactive ? '' : 'WHERE i.active = 1'} ORDER BY i.sort, i.id`).all() as ItemRecord[]).map((r) => toItem(r, owners));
  const versions = db
    .prepare(
      `SELECT id, checklist_id AS checklistId, version, meeting_kind AS meetingKind, meeting_date AS meetingDate, attendance, note
       FROM checklist_versions ORDER BY version DESC`,
    )
    .all() as (ChecklistVersionRow & { checklistId: number })[];
  return lists.map((l) => ({
    ...l,
    versions: versions.filter((v) => v.checklistId === l.id).map(({ checklistId: _c, ...v }) => v),
    items: items.filter((i) => i.checklistId === l.id),
  }));
}

export function listTemplates(db: Database): TemplateInfo[] {
  const loaded = new Set((db.prepare('SELECT code FROM checklists').all() as { code: string }[]).map((r) => r.code));
  const signed = (n: number) => (n > 0 ? `+${n}` : String(n));
  return CHECKLIST_CODES.map((code) => ({
    code,
    name: TEMPLATES[code].name,
    items: TEMPLATES[code].items.length,
    loaded: loaded.has(code),
    preview: TEMPLATES[code].items.map((i) => ({
      category: i.category,
      name: i.name,
      points: i.grades ? i.grades.map((g) => `${g.label}${signed(g.points)}`).join('／') : signed(i.points ?? 0),
    })),
  }));
}

/** Records the meeting that adopted a new version of a list. */
export function adoptVersion(db: Database, checklistId: number, meeting: Meeting, operatorId: number, now: string): ChecklistVersionRow {
  if (!db.prepare('SELECT 1 FROM checklists WHERE id = ?').get(checklistId)) throw notFound('清单');
  const version = (db.prepare('SELECT coalesce(max(version), 0) + 1 AS v FROM checklist_versions WHERE checklist_id = ?').get(checklistId) as { v: number }).v;
  const r = db
    .prepare(
      `INSERT INTO checklist_versions (checklist_id, version, meeting_kind, meeting_date, attendance, note, operator_id, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(checklistId, version, meeting.kind, meeting.date, meeting.attendance, meeting.note, operatorId, now);
  return { id: Number(r.lastInsertRowid), version, meetingKind: meeting.kind, meetingDate: meeting.date, attendance: meeting.attendance, note: meeting.note };
}

function latestVersionId(db: Database, checklistId: number): number {
  const r = db.prepare('SELECT id FROM checklist_versions WHERE checklist_id = ? ORDER BY version DESC LIMIT 1').get(checklistId) as { id: number } | undefined;
  if (!r) throw new UserError('NO_MEETING', '请先登记通过该清单的会议（村民代表大会或议事协商会）');
  return r.id;
}

function insertVersion(db: Database, itemId: number, checklistVersionId: number, v: Values, now: string): void {
  const version = (db.prepare('SELECT coalesce(max(version), 0) + 1 AS v FROM item_versions WHERE item_id = ?').get(itemId) as { v: number }).v;
  db.prepare(
    `INSERT INTO item_versions (item_id, version, checklist_version_id, points, grades, unit, cap_month, cap_year, note_required, photo_required, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    itemId,
    version,
    checklistVersionId,
    v.points,
    v.grades ? JSON.stringify(v.grades) : null,
    v.unit,
    v.capMonth,
    v.capYear,
    v.noteRequired ? 1 : 0,
    v.photoRequired ? 1 : 0,
    now,
  );
}

function checkGrades(v: Values): void {
  if (!v.grades) return;
  const labels = new Set(v.grades.map((g) => g.label));
  if (labels.size !== v.grades.length) throw new UserError('DUPLICATE_GRADE', '等级名称不能重复');
}

const sameValues = (a: ItemRow, v: Values) =>
  a.points === v.points &&
  JSON.stringify(a.grades) === JSON.stringify(v.grades) &&
  a.unit === v.unit &&
  a.capMonth === v.capMonth &&
  a.capYear === v.capYear &&
  a.noteRequired === v.noteRequired &&
  a.photoRequired === v.photoRequired;

/** Creates an item, or edits one: changed values become a new version; past entries keep theirs. */
export function saveItem(db: Database, input: ItemInput, now: string): ItemRow {
  const list = db.prepare('SELECT id, code FROM checklists WHERE id = ?').get(input.checklistId) as { id: number; code: ChecklistCode } | undefined;
  if (!list) throw notFound('清单');
  checkGrades(input.values);
  const listVersion = input.checklistVersionId ?? latestVersionId(db, list.id);
  if (!db.prepare('SELECT 1 FROM checklist_versions WHERE id = ? AND checklist_id = ?').get(listVersion, list.id)) {
    throw new UserError('BAD_MEETING', '所选会议不是通过本清单的会议');
  }
  if (input.id === undefined) {
    const sort = (db.prepare('SELECT coalesce(max(sort), 0) + 1 AS s FROM items WHERE checklist_id = ?').get(list.id) as { s: number }).s;
    const r = db
      .prepare('INSERT INTO items (checklist_id, category, name, subject, sort, cadence, party_only, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(list.id, input.category, input.name, input.subject ?? subjectOf(list.code), sort, input.cadence, input.partyOnly ? 1 : 0, input.evidence);
    const id = Number(r.lastInsertRowid);
    insertVersion(db, id, listVersion, input.values, now);
    return getItem(db, id);
  }
  const current = getItem(db, input.id);
  if (current.checklistId !== list.id) throw new UserError('WRONG_LIST', '事项不能移到另一个清单，请在新清单中新增');
  const subject = input.subject ?? current.subject;
  if (subject !== current.subject && db.prepare('SELECT 1 FROM entries e JOIN item_versions v ON v.id = e.item_version_id WHERE v.item_id = ? LIMIT 1').get(input.id)) {
    throw new UserError('SUBJECT_IN_USE', `“${current.name}”已经有积分记录，不能再改变计分对象，请新增一个事项`);
  }
  db.prepare('UPDATE items SET category = ?, name = ?, subject = ?, cadence = ?, party_only = ?, evidence = ? WHERE id = ?').run(
    input.category,
    input.name,
    subject,
    input.cadence,
    input.partyOnly ? 1 : 0,
    input.evidence,
    input.id,
  );
  if (subject === 'household') db.prepare('UPDATE items SET cadre_id = NULL WHERE id = ?').run(input.id);
  if (!sameValues(current, input.values)) insertVersion(db, input.id, listVersion, input.values, now);
  return getItem(db, input.id);
}

export function setItemActive(db: Database, id: number, active: boolean): ItemRow {
  getItem(db, id);
  db.prepare('UPDATE items SET active = ? WHERE id = ?').run(active ? 1 : 0, id);
  return getItem(db, id);
}

/** One main owner (责任人) and optional co-owners (协办人); co-owners need a main owner. */
export function assignItem(db: Database, itemId: number, cadreId: number | null, coOwnerIds: readonly number[] = []): ItemRow {
  const item = getItem(db, itemId);
  if (item.subject !== 'cadre') throw new UserError('NOT_DUTY_ITEM', '给农户计分的事项不分配责任人');
  const co = [...new Set(coOwnerIds)].filter((id) => id !== cadreId);
  if (cadreId === null && co.length > 0) throw new UserError('NO_MAIN_OWNER', '请先指定责任人，再指定协办人');
  for (const id of cadreId === null ? co : [cadreId, ...co]) {
    if (!db.prepare('SELECT 1 FROM cadres WHERE id = ?').get(id)) throw notFound('村干部');
  }
  db.prepare('UPDATE items SET cadre_id = ? WHERE id = ?').run(cadreId, itemId);
  db.prepare('DELETE FROM item_co_owners WHERE item_id = ?').run(itemId);
  for (const id of co) db.prepare('INSERT INTO item_co_owners (item_id, cadre_id) VALUES (?, ?)').run(itemId, id);
  return getItem(db, itemId);
}

/** Creates the chosen lists from the shipped templates, adopted by the given meeting. */
export function loadTemplates(db: Database, codes: readonly ChecklistCode[], meeting: Meeting, operatorId: number, now: string): ChecklistRow[] {
  for (const code of new Set(codes)) {
    if (db.prepare('SELECT 1 FROM checklists WHERE code = ?').get(code)) {
      throw new UserError('ALREADY_LOADED', `${CHECKLIST_LABELS[code]}已经导入过，请在清单页面直接修改`);
    }
    const sort = CHECKLIST_CODES.indexOf(code) + 1;
    db.prepare('INSERT INTO checklists (code, name, sort) VALUES (?, ?, ?)').run(code, CHECKLIST_LABELS[code], sort);
    adoptListJson(db, TEMPLATES[code], meeting, operatorId, now);
  }
  return listChecklists(db, false);
}

/**
 * Adopts list JSON (a shipped template, or a list handed down by the township)
 * as a new version of an existing list, recorded with its meeting: items are
 * matched by name; new ones are added, changed values become new versions.
 */
export function adoptListJson(db: Database, list: ChecklistTemplate, meeting: Meeting, operatorId: number, now: string): ChecklistVersionRow {
  const row = db.prepare('SELECT id FROM checklists WHERE code = ?').get(list.code) as { id: number } | undefined;
  if (!row) throw notFound('清单');
  const version = adoptVersion(db, row.id, meeting, operatorId, now);
  const existing = new Map((db.prepare('SELECT id, name FROM items WHERE checklist_id = ?').all(row.id) as { id: number; name: string }[]).map((i) => [i.name, i.id]));
  for (const t of list.items) {
    const { category, name, cadence, evidence, partyOnly, source: _s, assumed: _a, post: _p, ...values } = t;
    saveItem(db, { id: existing.get(name), checklistId: row.id, category, name, values, cadence, evidence, partyOnly, subject: null, checklistVersionId: version.id }, now);
  }
  return version;
}
