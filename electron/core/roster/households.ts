import type { Database } from 'better-sqlite3';
import {
  HEAD,
  type HouseholdDetail,
  type HouseholdRow,
  type HouseholdStatus,
  type GroupRow,
  type MemberDetail,
  rosterListQuery,
  householdInput,
} from '../contract/roster.js';
import type { z } from 'zod';
import { idCardProblem, normalizeIdCard, normalizePhone, phoneProblem } from '../contract/identity.js';
import { maskPhone } from '../contract/privacy.js';
import { notFound, UserError } from '../api/errors.js';
import { likePattern, normalizeQuery, searchKeys } from './search.js';

type HouseholdInput = z.output<typeof householdInput>;
type ListQuery = z.output<typeof rosterListQuery>;
type CleanMember = HouseholdInput['members'][number];

export function listGroups(db: Database): GroupRow[] {
  return db
    .prepare(
      `SELECT g.id, g.name, g.sort, (SELECT count(*) FROM households h WHERE h.group_id = g.id AND h.status = 'active') AS households
       FROM groups g ORDER BY g.sort, g.id`,
    )
    .all() as GroupRow[];
}

export function requireGroup(db: Database, groupId: number): { id: number; name: string; sort: number } {
  const g = db.prepare('SELECT id, name, sort FROM groups WHERE id = ?').get(groupId) as { id: number; name: string; sort: number } | undefined;
  if (!g) throw new UserError('UNKNOWN_GROUP', '所选村小组不存在');
  return g;
}

/** Next free 户号 for a group: two-digit group code + three-digit sequence (01001, 01002 …). */
export function nextHouseholdNumber(db: Database, groupId: number): string {
  const g = requireGroup(db, groupId);
  const prefix = String(g.sort).padStart(2, '0');
  const rows = db.prepare("SELECT number FROM households WHERE number GLOB ? ").all(`${prefix}[0-9][0-9][0-9]`) as { number: string }[];
  const max = rows.reduce((m, r) => Math.max(m, Number(r.number.slice(2))), 0);
  if (max >= 999) throw new UserError('NUMBER_SPACE_FULL', '该村小组的自动户号已用完，请手工填写户号');
  return `${prefix}${String(max + 1).padStart(3, '0')}`;
}

export interface MemberProblem {
  /** Index of the member, or null for a rule about the whole household. */
  index: number | null;
  field: 'relation' | 'idCard' | 'phone';
  code: string;
  reason: string;
}

type MemberFields = Pick<CleanMember, 'relation' | 'idCard' | 'phone'>;

const cleanIdCard = (raw: string | null) => (raw && raw.trim() ? normalizeIdCard(raw) : null);
const cleanPhone = (raw: string | null) => (raw && raw.trim() ? normalizePhone(raw) : null);

/** Every roster rule a household's members break, in order: the form shows the first, the importer all of them. */
export function memberProblems(members: readonly MemberFields[]): MemberProblem[] {
  const problems: MemberProblem[] = [];
  const heads = members.filter((m) => m.relation === HEAD).length;
  if (heads === 0) problems.push({ index: null, field: 'relation', code: 'NO_HEAD', reason: '每户必须有一名户主' });
  if (heads > 1) problems.push({ index: null, field: 'relation', code: 'TWO_HEADS', reason: '一户只能有一名户主' });
  const seenIds = new Set<string>();
  members.forEach((m, index) => {
    const idCard = cleanIdCard(m.idCard);
    if (idCard) {
      const problem = idCardProblem(idCard);
      if (problem) problems.push({ index, field: 'idCard', code: 'BAD_ID_CARD', reason: problem });
      else if (seenIds.has(idCard)) problems.push({ index, field: 'idCard', code: 'DUPLICATE_ID_CARD', reason: '身份证号与本户其他成员重复' });
      seenIds.add(idCard);
    }
    const phone = cleanPhone(m.phone);
    if (phone) {
      const problem = phoneProblem(phone);
      if (problem) problems.push({ index, field: 'phone', code: 'BAD_PHONE', reason: problem });
    }
  });
  return problems;
}

/** Normalises the members a clerk entered and checks the roster rules; throws the first problem in Chinese. */
export function cleanMembers(members: readonly CleanMember[]): CleanMember[] {
  const first = memberProblems(members)[0];
  if (first) throw new UserError(first.code, first.index === null ? first.reason : `${members[first.index]?.name ?? ''}：${first.reason}`);
  return members.map((m) => ({ ...m, idCard: cleanIdCard(m.idCard), phone: cleanPhone(m.phone) }));
}

/** Who already holds this ID-card number outside `householdId`, if anyone. */
export function idCardHolder(db: Database, idCard: string, householdId: number | null): { name: string; number: string } | undefined {
  return db
    .prepare('SELECT m.name, h.number FROM members m JOIN households h ON h.id = m.household_id WHERE m.id_card = ? AND m.household_id IS NOT ?')
    .get(idCard, householdId) as { name: string; number: string } | undefined;
}

export function householdIdByNumber(db: Database, number: string): number | null {
  return (db.prepare('SELECT id FROM households WHERE number = ?').get(number) as { id: number } | undefined)?.id ?? null;
}

export function numberTaken(db: Database, number: string, householdId: number | null): boolean {
  return db.prepare('SELECT 1 FROM households WHERE number = ? AND id IS NOT ?').get(number, householdId) !== undefined;
}

function assertIdCardsFree(db: Database, members: readonly CleanMember[], householdId: number | null): void {
  for (const m of members) {
    const other = m.idCard ? idCardHolder(db, m.idCard, householdId) : undefined;
    if (other) throw new UserError('DUPLICATE_ID_CARD', `${m.name}：身份证号已登记在户号 ${other.number}（${other.name}）`);
  }
}

function assertNumberFree(db: Database, number: string, householdId: number | null): void {
  if (numberTaken(db, number, householdId)) throw new UserError('DUPLICATE_NUMBER', `户号 ${number} 已被使用`);
}

function writeMembers(db: Database, householdId: number, members: readonly CleanMember[]): void {
  const existing = new Set((db.prepare('SELECT id FROM members WHERE household_id = ?').all(householdId) as { id: number }[]).map((r) => r.id));
  const kept = new Set(members.flatMap((m) => (m.id ? [m.id] : [])));
  for (const id of kept) if (!existing.has(id)) throw new UserError('BAD_MEMBER', '成员不属于这一户');
  // Delete first so a head moving between rows never trips the one-head index mid-way.
  const del = db.prepare('DELETE FROM members WHERE id = ?');
  for (const id of existing) {
    if (kept.has(id)) continue;
    try {
      del.run(id);
    } catch (e) {
      if ((e as { code?: string }).code === 'SQLITE_CONSTRAINT_FOREIGNKEY') throw new UserError('MEMBER_IN_USE', '该成员已有积分记录，不能删除');
      throw e;
    }
  }
  // a detail (长子) given with the same relation stays; a changed relation drops the old word
  const before = new Map(
    (db.prepare('SELECT id, relation, relation_detail AS detail FROM members WHERE household_id = ?').all(householdId) as { id: number; relation: string; detail: string }[]).map((r) => [r.id, r]),
  );
  const detailOf = (m: CleanMember) => m.relationDetail ?? (m.id && before.get(m.id)?.relation === m.relation ? (before.get(m.id)?.detail ?? '') : '');
  db.prepare(`UPDATE members SET relation = '_' WHERE household_id = ?`).run(householdId);
  const upd = db.prepare('UPDATE members SET name = ?, relation = ?, relation_detail = ?, gender = ?, birth_year = ?, id_card = ?, phone = ?, party_member = ?, sort = ? WHERE id = ?');
  const ins = db.prepare('INSERT INTO members (household_id, name, relation, relation_detail, gender, birth_year, id_card, phone, party_member, sort) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  // Temporarily clear ID cards of kept members so swapping numbers between two members is allowed.
  db.prepare('UPDATE members SET id_card = NULL WHERE household_id = ?').run(householdId);
  members.forEach((m, i) => {
    const party = m.partyMember ? 1 : 0;
    if (m.id) upd.run(m.name, m.relation, detailOf(m), m.gender, m.birthYear, m.idCard, m.phone, party, i, m.id);
    else ins.run(householdId, m.name, m.relation, detailOf(m), m.gender, m.birthYear, m.idCard, m.phone, party, i);
  });
}

function refreshDerived(db: Database, householdId: number): void {
  const h = db.prepare('SELECT number, address FROM households WHERE id = ?').get(householdId) as { number: string; address: string };
  const members = db.prepare('SELECT name, relation FROM members WHERE household_id = ? ORDER BY sort').all(householdId) as { name: string; relation: string }[];
  const head = members.find((m) => m.relation === HEAD)?.name ?? '';
  const text = `${h.number}|${searchKeys(members.map((m) => m.name))}|${h.address}`.toLowerCase();
  db.prepare('UPDATE households SET head_name = ?, member_count = ?, search_text = ? WHERE id = ?').run(head, members.length, text, householdId);
}

/** Creates a household with its members; callers run it inside a transaction. */
export function createHousehold(db: Database, input: HouseholdInput, now: string): number {
  requireGroup(db, input.groupId);
  const members = cleanMembers(input.members);
  const number = input.number || nextHouseholdNumber(db, input.groupId);
  assertNumberFree(db, number, null);
  assertIdCardsFree(db, members, null);
  const r = db
    .prepare('INSERT INTO households (number, group_id, address, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
    .run(number, input.groupId, input.address, input.note, now, now);
  const id = Number(r.lastInsertRowid);
  writeMembers(db, id, members);
  refreshDerived(db, id);
  return id;
}

export function updateHousehold(db: Database, id: number, input: HouseholdInput, now: string): void {
  getHousehold(db, id);
  requireGroup(db, input.groupId);
  const members = cleanMembers(input.members);
  const number = input.number || (db.prepare('SELECT number FROM households WHERE id = ?').get(id) as { number: string }).number;
  assertNumberFree(db, number, id);
  assertIdCardsFree(db, members, id);
  db.prepare('UPDATE households SET number = ?, group_id = ?, address = ?, note = ?, updated_at = ? WHERE id = ?').run(
    number,
    input.groupId,
    input.address,
    input.note,
    now,
    id,
  );
  writeMembers(db, id, members);
  refreshDerived(db, id);
}

export function setHouseholdStatus(db: Database, id: number, status: HouseholdStatus, now: string): void {
  getHousehold(db, id);
  db.prepare('UPDATE households SET status = ?, updated_at = ? WHERE id = ?').run(status, now, id);
}

export function getHousehold(db: Database, id: number): HouseholdDetail {
  const h = db.prepare('SELECT id, number, group_id AS groupId, address, status, note FROM households WHERE id = ?').get(id) as
    | Omit<HouseholdDetail, 'members'>
    | undefined;
  if (!h) throw notFound('户');
  const members = db
    .prepare('SELECT id, name, relation, relation_detail AS relationDetail, gender, birth_year AS birthYear, id_card AS idCard, phone, party_member AS partyMember FROM members WHERE household_id = ? ORDER BY sort, id')
    .all(id) as (Omit<MemberDetail, 'partyMember'> & { partyMember: number })[];
  return { ...h, members: members.map((m) => ({ ...m, partyMember: m.partyMember === 1 })) };
}

const SORTS: Record<ListQuery['sort'], string> = {
  number: 'h.number',
  group: 'g.sort, h.number',
  head: 'h.head_name',
  members: 'h.member_count',
};

export function listHouseholds(db: Database, q: ListQuery): { rows: HouseholdRow[]; total: number } {
  const where: string[] = [];
  const params: (string | number)[] = [];
  const text = normalizeQuery(q.query);
  if (text) {
    where.push("h.search_text LIKE ? ESCAPE '\\'");
    params.push(likePattern(text));
  }
  if (q.groupId) {
    where.push('h.group_id = ?');
    params.push(q.groupId);
  }
  if (q.status) {
    where.push('h.status = ?');
    params.push(q.status);
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = (db.prepare(`SELECT count(*) AS n FROM households h ${clause}`).get(...params) as { n: number }).n;
  const order = `${SORTS[q.sort]} ${q.desc ? 'DESC' : 'ASC'}, h.id`;
  const rows = db
    .prepare(
      `SELECT h.id, h.number, h.group_id AS groupId, g.name AS groupName, h.head_name AS headName, h.member_count AS memberCount,
              h.address, h.status,
              (SELECT m.phone FROM members m WHERE m.household_id = h.id AND m.phone IS NOT NULL ORDER BY m.relation <> '户主', m.sort LIMIT 1) AS phone
       FROM households h JOIN groups g ON g.id = h.group_id ${clause}
       ORDER BY ${order} LIMIT ? OFFSET ?`,
    )
    .all(...params, q.pageSize, (q.page - 1) * q.pageSize) as (Omit<HouseholdRow, 'phoneMasked'> & { phone: string | null })[];
  return { rows: rows.map(({ phone, ...r }) => ({ ...r, phoneMasked: maskPhone(phone) })), total };
}
