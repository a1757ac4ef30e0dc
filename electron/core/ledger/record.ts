import type { Database } from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { ItemRow } from '../contract/checklist.js';
import type { RecordResult } from '../contract/ledger.js';
import { UserError } from '../api/errors.js';
import { readSetting } from '../village/village.js';
import { getItem } from '../checklist/items.js';
import { assertMonthOpen, monthOf, postEntries, postEntry, requireHousehold, STATUS_SQL } from './entries.js';
import { prepared } from './sql.js';

export const YEAR_CAP_SETTING = 'ledger.yearCap';

/** Who records, and when — the part of a handler's context recording needs. */
export interface Recorder {
  operatorId: number;
  now: string;
  dataDir: string;
}

export interface ScoreRequest {
  itemId: number;
  date: string;
  householdIds: readonly number[];
  memberId: number | null;
  cadreId: number | null;
  quantity: number;
  grade: string | null;
  note: string;
  photo: { fileName: string; dataBase64: string } | null;
  sourceType: string;
  sourceId?: number | null;
  /** The person recording confirmed scoring a cadre on an item another cadre owns. */
  confirmOtherOwner?: boolean;
}

/** Points for one entry under the item's current version: fixed points × quantity, or the grade's points. */
export function pointsFor(item: ItemRow, grade: string | null, quantity: number): number {
  if (item.grades) {
    const g = item.grades.find((x) => x.label === grade);
    if (!g) throw new UserError('GRADE_REQUIRED', `“${item.name}”按等级计分，请选择等级（${item.grades.map((x) => x.label).join('/')}）`);
    return g.points;
  }
  if (grade) throw new UserError('NO_GRADES', `“${item.name}”不按等级计分`);
  return (item.points ?? 0) * quantity;
}

const PHOTO_TYPES = new Set(['.jpg', '.jpeg', '.png', '.webp']);

/** Copies a photo into the data folder under its content hash; returns the relative path. */
export function storePhoto(dataDir: string, photo: { fileName: string; dataBase64: string }): string {
  const ext = extname(photo.fileName).toLowerCase();
  if (!PHOTO_TYPES.has(ext)) throw new UserError('BAD_PHOTO', '照片只能是 JPG、PNG 或 WEBP 图片');
  const bytes = Buffer.from(photo.dataBase64, 'base64');
  if (bytes.length === 0) throw new UserError('BAD_PHOTO', '照片文件是空的');
  const name = `${createHash('sha256').update(bytes).digest('hex').slice(0, 32)}${ext}`;
  mkdirSync(join(dataDir, 'photos'), { recursive: true });
  writeFileSync(join(dataDir, 'photos', name), bytes);
  return `photos/${name}`;
}

interface Sums {
  month: number;
  year: number;
  earned: number;
}

/**
 * The cap read. For households it reads the index alone (migration 017); a rejected entry is one in
 * the small list of rejected decisions (an entry is never posted rejected), not a review looked up per entry.
 */
export const capReadSql = (col: 'household_id' | 'cadre_id') => `SELECT e.${col} AS id,
            coalesce(sum(CASE WHEN e.item_version_id IN (SELECT id FROM item_versions WHERE item_id = @item) AND e.date >= @monthFrom AND e.date <= @monthTo THEN e.points END), 0) AS month,
            coalesce(sum(CASE WHEN e.item_version_id IN (SELECT id FROM item_versions WHERE item_id = @item) THEN e.points END), 0) AS year,
            coalesce(sum(CASE WHEN e.kind = 'earn' AND e.points > 0 THEN e.points END), 0) AS earned
       FROM entries e
       WHERE e.${col} IN (SELECT value FROM json_each(@ids)) AND e.date >= @yearFrom AND e.date <= @yearTo
         AND e.seq NOT IN (SELECT entry_seq FROM reviews WHERE decision = 'rejected')
       GROUP BY e.${col}`;

/**
 * What each subject already has this year (pending or approved): of the item
 * in the month and in the year, and earned points of any item in the year (the
 * village cap). One grouped pass over the subjects' year of entries for the
 * whole batch, not one query per household.
 */
function recordedSums(db: Database, item: ItemRow, col: 'household_id' | 'cadre_id', ids: readonly number[], date: string): Map<number, Sums> {
  const month = monthOf(date);
  const year = date.slice(0, 4);
  const rows = prepared(db, capReadSql(col)).all({ item: item.id, ids: JSON.stringify(ids), monthFrom: `${month}-01`, monthTo: `${month}-31`, yearFrom: `${year}-01-01`, yearTo: `${year}-12-31` }) as (Sums & { id: number })[];
  return new Map(rows.map((r) => [r.id, r]));
}

/** The village's yearly cap per household (null: none); read once per call, not once per household. */
export const villageYearCap = (db: Database) => readSetting<number | null>(db, YEAR_CAP_SETTING, null);

interface CapSubject {
  householdId: number | null;
  cadreId: number | null;
  label: string;
}

/** Refuses points beyond the item's monthly or yearly cap, or the village's yearly cap, naming the cap and the first subject over it. */
export function checkCaps(db: Database, item: ItemRow, subjects: readonly CapSubject[], date: string, points: number, yearCap: number | null = villageYearCap(db)): void {
  if (points <= 0 || subjects.length === 0) return;
  const households = subjects[0]!.householdId !== null;
  const villageCap = households ? yearCap : null;
  if (item.capMonth === null && item.capYear === null && villageCap === null) return;
  const month = monthOf(date);
  const year = date.slice(0, 4);
  const idOf = (s: CapSubject) => (households ? s.householdId : s.cadreId) as number;
  const sums = recordedSums(db, item, households ? 'household_id' : 'cadre_id', subjects.map(idOf), date);
  for (const subject of subjects) {
    const done = sums.get(idOf(subject)) ?? { month: 0, year: 0, earned: 0 };
    if (item.capMonth !== null && done.month + points > item.capMonth) {
      throw new UserError('CAP_EXCEEDED', `超过“${item.name}”每月上限 ${item.capMonth} 分：${subject.label}${month} 已记 ${done.month} 分，本次 ${points} 分`);
    }
    if (item.capYear !== null && done.year + points > item.capYear) {
      throw new UserError('CAP_EXCEEDED', `超过“${item.name}”每年上限 ${item.capYear} 分：${subject.label}${year} 年已记 ${done.year} 分，本次 ${points} 分`);
    }
    if (villageCap !== null && done.earned + points > villageCap) {
      throw new UserError('CAP_EXCEEDED', `超过全村每户每年加分上限 ${villageCap} 分：${subject.label}${year} 年已加 ${done.earned} 分，本次 ${points} 分`);
    }
  }
}

/**
 * 一事一记录: one item for one household, many households (one transaction,
 * the caller's), or one cadre. Every rule is checked before the first write.
 */
export function recordScores(db: Database, req: ScoreRequest, by: Recorder): RecordResult {
  const item = getItem(db, req.itemId);
  if (!item.active) throw new UserError('ITEM_INACTIVE', `“${item.name}”已停用，不能再记分`);
  assertMonthOpen(db, req.date);
  if (item.noteRequired && !req.note.trim()) throw new UserError('NOTE_REQUIRED', `“${item.name}”必须填写说明（写明事由）`);
  if (item.photoRequired && !req.photo) throw new UserError('PHOTO_REQUIRED', `“${item.name}”必须附照片`);
  const points = pointsFor(item, req.grade, req.quantity);
  const ids = [...new Set(req.householdIds)];
  if (ids.length !== req.householdIds.length) throw new UserError('DUPLICATE_HOUSEHOLD', '同一户被选了两次，请检查');
  if (item.subject === 'household') {
    if (ids.length === 0) throw new UserError('NO_HOUSEHOLD', `“${item.name}”是农户事项，请选择农户`);
    if (req.memberId !== null && ids.length !== 1) throw new UserError('MEMBER_BATCH', '批量记分不能指定家庭成员');
  } else if (req.cadreId === null || ids.length > 0) {
    throw new UserError('NO_CADRE', `“${item.name}”是村干部职责事项，请选择一名村干部`);
  }
  const subjects =
    item.subject === 'household'
      ? ids.map((id) => {
          const h = requireHousehold(db, id);
          if (h.status !== 'active') throw new UserError('HOUSEHOLD_INACTIVE', `户号 ${h.number}（${h.headName}）已迁出或注销，不能记分`);
          if (item.partyOnly && !hasPartyMember(db, id)) {
            throw new UserError('NOT_PARTY_HOUSEHOLD', `“${item.name}”是党员带头事项，户号 ${h.number}（${h.headName}）没有登记党员，不能记分`);
          }
          return { householdId: id, cadreId: null, label: `${h.headName}户`, household: h };
        })
      : [{ householdId: null, cadreId: req.cadreId, label: cadreLabel(db, req.cadreId as number), household: undefined }];
  if (item.subject === 'cadre') assertOwnerOrConfirmed(item, req.cadreId as number, subjects[0]?.label ?? '', req.confirmOtherOwner === true);
  checkCaps(db, item, subjects, req.date, points);
  const photo = req.photo ? storePhoto(by.dataDir, req.photo) : null;
  const seqs = postEntries(
    db,
    subjects.map((s) => ({
      known: { household: s.household, monthOpen: true },
      entry: {
        date: req.date,
        subject: item.subject,
        householdId: s.householdId,
        memberId: req.memberId,
        cadreId: s.cadreId,
        itemVersionId: item.versionId,
        grade: req.grade,
        points,
        kind: 'earn',
        note: req.note.trim(),
        photo,
        sourceType: req.sourceType,
        sourceId: req.sourceId ?? null,
        status: 'pending',
        operatorId: by.operatorId,
        createdAt: by.now,
      },
    })),
  );
  return { seqs, points: points * seqs.length };
}

const hasPartyMember = (db: Database, householdId: number) => prepared(db, 'SELECT 1 FROM members WHERE household_id = ? AND party_member = 1 LIMIT 1').get(householdId) !== undefined;

/** Scoring a cadre on an item that names another owner is usually a slip of the mouse; it needs an explicit confirmation. */
function assertOwnerOrConfirmed(item: ItemRow, cadreId: number, cadreName: string, confirmed: boolean): void {
  if (confirmed || item.cadreId === null || item.cadreId === cadreId || item.coOwners.some((c) => c.id === cadreId)) return;
  throw new UserError('OTHER_OWNER', `“${item.name}”的责任人是${item.cadreName ?? ''}，不是${cadreName}。确实要给${cadreName}记分，请确认后再保存`);
}

function cadreLabel(db: Database, cadreId: number): string {
  const c = db.prepare('SELECT name FROM cadres WHERE id = ?').get(cadreId) as { name: string } | undefined;
  if (!c) throw new UserError('UNKNOWN_CADRE', '没有找到该村干部，请重新选择');
  return c.name;
}

/**
 * A correction is a new pending entry in an open month carrying the
 * difference to the value the entry should have had; an entry is corrected
 * at most once (a rejected correction does not count).
 */
export function correctEntry(db: Database, input: { seq: number; points: number; reason: string; date: string }, by: Recorder): RecordResult {
  const e = db.prepare(`SELECT e.*, ${STATUS_SQL} AS status FROM entries e WHERE e.seq = ?`).get(input.seq) as
    | { seq: number; subject: 'household' | 'cadre'; household_id: number | null; member_id: number | null; cadre_id: number | null; item_version_id: number | null; grade: string | null; points: number; kind: string; corrects_seq: number | null; status: string }
    | undefined;
  if (!e) throw new UserError('UNKNOWN_ENTRY', `没有找到第 ${input.seq} 号积分记录`);
  if (e.kind !== 'earn' || e.item_version_id === null) throw new UserError('NOT_CORRECTABLE', `第 ${e.seq} 号记录不是清单记分，不能在这里更正`);
  if (e.corrects_seq !== null) throw new UserError('NOT_CORRECTABLE', `第 ${e.seq} 号记录本身是更正记录，请更正原记录第 ${e.corrects_seq} 号`);
  if (e.status === 'pending') throw new UserError('STILL_PENDING', `第 ${e.seq} 号记录还在待审核，请审核时判为不通过并重新记录`);
  if (e.status === 'rejected') throw new UserError('REJECTED', `第 ${e.seq} 号记录未通过审核，不计分，无需更正`);
  const earlier = db
    .prepare(`SELECT e.seq FROM entries e WHERE e.corrects_seq = ? AND ${STATUS_SQL} <> 'rejected'`)
    .get(e.seq) as { seq: number } | undefined;
  if (earlier) throw new UserError('ALREADY_CORRECTED', `第 ${e.seq} 号记录已由第 ${earlier.seq} 号更正过，一条记录只能更正一次`);
  const delta = input.points - e.points;
  if (delta === 0) throw new UserError('NO_CHANGE', '更正后的分值与原记录相同，不需要更正');
  const seq = postEntry(db, {
    date: input.date,
    subject: e.subject,
    householdId: e.household_id,
    memberId: e.member_id,
    cadreId: e.cadre_id,
    itemVersionId: e.item_version_id,
    grade: e.grade,
    points: delta,
    kind: 'earn',
    note: input.reason.trim(),
    sourceType: 'correction',
    sourceId: e.seq,
    correctsSeq: e.seq,
    status: 'pending',
    operatorId: by.operatorId,
    createdAt: by.now,
  });
  return { seqs: [seq], points: delta };
}

export const isCleared = (db: Database, year: number) => db.prepare("SELECT 1 FROM entries WHERE source_type = 'clearing' AND source_id = ?").get(year) !== undefined;

/**
 * Clears every household's positive 可用积分 for the year of `date`, as
 * approved spend entries; 累计积分 is untouched. Only points dated up to the
 * clearing count (a next-year award stays), never more than is available;
 * refused while the year still has pending entries (they would survive it)
 * and for a date not yet reached.
 */
export function clearAvailable(db: Database, date: string, by: Recorder): RecordResult {
  const today = by.now.slice(0, 10);
  const year = Number(date.slice(0, 4));
  if (date > today) throw new UserError('FUTURE_CLEARING', `清零日期 ${date} 还没有到（今天是 ${today}），不能提前清零`);
  assertMonthOpen(db, date);
  if (isCleared(db, year)) {
    throw new UserError('ALREADY_CLEARED', `${year} 年度的可用积分已经清零过`);
  }
  const pending = db.prepare(`SELECT count(*) FROM entries e WHERE substr(e.date, 1, 4) = ? AND ${STATUS_SQL} = 'pending'`).pluck().get(String(year)) as number;
  if (pending > 0) throw new UserError('PENDING_LEFT', `${year} 年还有 ${pending} 条待审核的积分记录，全部审核后才能清零`);
  const rows = (
    db
      .prepare(
        `SELECT b.household_id AS id, min(b.available, coalesce(sum(e.points), 0)) AS available
         FROM household_balances b LEFT JOIN entries e ON e.household_id = b.household_id AND e.date <= ? AND ${STATUS_SQL} = 'approved'
         WHERE b.available > 0 GROUP BY b.household_id ORDER BY b.household_id`,
      )
      .all(date) as { id: number; available: number }[]
  ).filter((r) => r.available > 0);
  const seqs = rows.map((r) =>
    postEntry(db, {
      date,
      subject: 'household',
      householdId: r.id,
      points: -r.available,
      kind: 'spend',
      note: `${year} 年度可用积分清零`,
      sourceType: 'clearing',
      sourceId: year,
      status: 'approved',
      operatorId: by.operatorId,
      createdAt: by.now,
    }),
  );
  return { seqs, points: -rows.reduce((n, r) => n + r.available, 0) };
}
