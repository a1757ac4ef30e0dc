import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import { describeEntry, type BalanceRow, type CadrePassbook, type EntryRow, type EntryStatus, type entryQuery, type Passbook, type PassbookRow } from '../contract/ledger.js';
import { notFound } from '../api/errors.js';
import { householdBalance, requireHousehold, STATUS_SQL } from './entries.js';

type EntryQuery = z.output<typeof entryQuery>;

const ENTRY_SELECT = `
  SELECT e.seq, e.date, e.subject, e.household_id AS householdId, h.number AS householdNumber, h.head_name AS headName,
         g.name AS groupName, m.name AS memberName, e.cadre_id AS cadreId, cd.name AS cadreName, i.id AS itemId,
         i.name AS itemName, c.code AS checklistCode, v.version AS itemVersion, e.grade, e.points, e.kind, e.note,
         e.photo IS NOT NULL AS hasPhoto, e.source_type AS sourceType, e.source_id AS sourceId, e.corrects_seq AS correctsSeq,
         (SELECT x.seq FROM entries x WHERE x.corrects_seq = e.seq
            AND coalesce((SELECT r2.decision FROM reviews r2 WHERE r2.entry_seq = x.seq), x.posted_status) <> 'rejected') AS correctedBySeq,
         coalesce(r.decision, e.posted_status) AS status, coalesce(r.reason, '') AS reviewReason,
         e.operator_id AS operatorId, op.name AS operatorName, rop.name AS reviewerName, e.created_at AS createdAt
  FROM entries e
  LEFT JOIN households h ON h.id = e.household_id
  LEFT JOIN groups g ON g.id = h.group_id
  LEFT JOIN members m ON m.id = e.member_id
  LEFT JOIN cadres cd ON cd.id = e.cadre_id
  LEFT JOIN item_versions v ON v.id = e.item_version_id
  LEFT JOIN items i ON i.id = v.item_id
  LEFT JOIN checklists c ON c.id = i.checklist_id
  LEFT JOIN reviews r ON r.entry_seq = e.seq
  LEFT JOIN operators op ON op.id = e.operator_id
  LEFT JOIN operators rop ON rop.id = r.operator_id`;

type EntryRecord = Omit<EntryRow, 'hasPhoto'> & { hasPhoto: number };
const toEntry = (r: EntryRecord): EntryRow => ({ ...r, hasPhoto: r.hasPhoto === 1 });

export function listEntries(db: Database, q: EntryQuery): { rows: EntryRow[]; total: number } {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (q.month) {
    where.push('e.date >= ? AND e.date <= ?');
    params.push(`${q.month}-01`, `${q.month}-31`);
  }
  if (q.householdId) {
    where.push('e.household_id = ?');
    params.push(q.householdId);
  }
  if (q.cadreId) {
    where.push('e.cadre_id = ?');
    params.push(q.cadreId);
  }
  if (q.status) {
    where.push(`${STATUS_SQL} = ?`);
    params.push(q.status);
  }
  if (q.checklistCode) {
    where.push('c.code = ?');
    params.push(q.checklistCode);
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = (
    db
      .prepare(
        `SELECT count(*) AS n FROM entries e LEFT JOIN item_versions v ON v.id = e.item_version_id LEFT JOIN items i ON i.id = v.item_id
         LEFT JOIN checklists c ON c.id = i.checklist_id ${clause}`,
      )
      .get(...params) as { n: number }
  ).n;
  const rows = db
    .prepare(`${ENTRY_SELECT} ${clause} ORDER BY e.seq DESC LIMIT ? OFFSET ?`)
    .all(...params, q.pageSize, (q.page - 1) * q.pageSize) as EntryRecord[];
  return { rows: rows.map(toEntry), total };
}

/** Rows in date order with running balances; only approved entries move them. */
function runningRows(rows: EntryRow[], opening: { available: number; earned: number }): PassbookRow[] {
  let available = opening.available;
  let earned = opening.earned;
  return rows.map((e) => {
    if (e.status === 'approved') {
      available += e.points;
      if (e.kind === 'earn') earned += e.points;
    }
    const correctable = e.status === 'approved' && e.kind === 'earn' && e.itemId !== null && e.correctsSeq === null && e.correctedBySeq === null;
    // The rule deductionSlipData applies: a household's checklist deduction not rejected.
    const deduction = e.subject === 'household' && e.kind === 'earn' && e.points < 0 && e.status !== 'rejected';
    return { seq: e.seq, date: e.date, description: describeEntry(e), points: e.points, status: e.status, available, earned, note: e.note, reviewReason: e.reviewReason, correctable, deduction };
  });
}

export function passbook(db: Database, householdId: number, year: number | null): Passbook {
  const h = requireHousehold(db, householdId);
  const groupName = (db.prepare('SELECT g.name FROM households h JOIN groups g ON g.id = h.group_id WHERE h.id = ?').get(householdId) as { name: string }).name;
  const from = year === null ? '0000-00-00' : `${year}-01-01`;
  const to = year === null ? '9999-12-31' : `${year}-12-31`;
  const opening = db
    .prepare(
      `SELECT coalesce(sum(e.points), 0) AS available, coalesce(sum(CASE WHEN e.kind = 'earn' THEN e.points END), 0) AS earned
       FROM entries e WHERE e.household_id = ? AND e.date < ? AND ${STATUS_SQL} = 'approved'`,
    )
    .get(householdId, from) as { available: number; earned: number };
  const rows = (db.prepare(`${ENTRY_SELECT} WHERE e.household_id = ? AND e.date >= ? AND e.date <= ? ORDER BY e.date, e.seq`).all(householdId, from, to) as EntryRecord[]).map(toEntry);
  return { householdId, number: h.number, headName: h.headName, groupName, balance: householdBalance(db, householdId), opening, rows: runningRows(rows, opening) };
}

export function cadrePassbook(db: Database, cadreId: number, year: number | null): CadrePassbook {
  const c = db.prepare('SELECT id, name, post FROM cadres WHERE id = ?').get(cadreId) as { id: number; name: string; post: string } | undefined;
  if (!c) throw notFound('村干部');
  const from = year === null ? '0000-00-00' : `${year}-01-01`;
  const to = year === null ? '9999-12-31' : `${year}-12-31`;
  const rows = (db.prepare(`${ENTRY_SELECT} WHERE e.cadre_id = ? AND e.date >= ? AND e.date <= ? ORDER BY e.date, e.seq`).all(cadreId, from, to) as EntryRecord[]).map(toEntry);
  const sum = (s: EntryStatus) => rows.filter((r) => r.status === s).reduce((n, r) => n + r.points, 0);
  return { cadreId, name: c.name, post: c.post, approved: sum('approved'), pending: sum('pending'), rows: runningRows(rows, { available: 0, earned: 0 }) };
}

export function listBalances(db: Database, groupId: number | null): BalanceRow[] {
  return db
    .prepare(
      `SELECT h.id AS householdId, h.number, h.head_name AS headName, h.group_id AS groupId, g.name AS groupName,
              coalesce(b.earned, 0) AS earned, coalesce(b.available, 0) AS available, coalesce(b.pending, 0) AS pending
       FROM households h JOIN groups g ON g.id = h.group_id LEFT JOIN household_balances b ON b.household_id = h.id
       WHERE h.status = 'active' AND (? IS NULL OR h.group_id = ?)
       ORDER BY g.sort, h.number`,
    )
    .all(groupId, groupId) as BalanceRow[];
}

/** One entry as the lists show it, for documents about a single record (the 扣分告知单). */
export function entryBySeq(db: Database, seq: number): EntryRow {
  const row = db.prepare(`${ENTRY_SELECT} WHERE e.seq = ?`).get(seq) as EntryRecord | undefined;
  if (!row) throw notFound('积分记录');
  return toEntry(row);
}
