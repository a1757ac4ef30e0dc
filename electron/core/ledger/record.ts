import type { Database } from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { ItemRow } from '../contract/checklist.js';
import type { RecordResult } from '../contract/ledger.js';
import { UserError } from '../api/errors.js';
import { readSetting } from '../village/village.js';
import { getItem } from '../checklist/items.js';
import { assertMonthOpen, monthOf, postEntry, requireHousehold, STATUS_SQL } from './entries.js';
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

/** Points of an item already recorded (pending or approved) for a subject in a date range. */
function recordedSum(db: Database, item: ItemRow, subject: { householdId: number | null; cadreId: number | null }, from: string, to: string): number {
  const col = subject.householdId !== null ? 'household_id' : 'cadre_id';
  const r = prepared(
    db,
    `SELECT coalesce(sum(e.points), 0) AS n FROM entries e JOIN item_versions v ON v.id = e.item_version_id
       WHERE v.item_id = ? AND e.${col} = ? AND e.date >= ? AND e.date <= ? AND ${STATUS_SQL} <> 'rejected'`,
  ).get(item.id, subject.householdId ?? subject.cadreId, from, to) as { n: number };
  return r.n;
}

function householdYearSum(db: Database, householdId: number, year: string): number {
  const r = db
    .prepare(
      `SELECT coalesce(sum(e.points), 0) AS n FROM entries e
       WHERE e.household_id = ? AND e.kind = 'earn' AND e.points > 0 AND substr(e.date, 1, 4) = ? AND ${STATUS_SQL} <> 'rejected'`,
    )
    .get(householdId, year) as { n: number };
  return r.n;
}

/** Refuses points beyond the item's monthly or yearly cap, or the village's yearly cap, naming the cap. */
export function checkCaps(db: Database, item: ItemRow, subject: { householdId: number | null; cadreId: number | null; label: string }, date: string, points: number): void {
  if (points <= 0) return;
  const month = monthOf(date);
  const year = date.slice(0, 4);
  if (item.capMonth !== null) {
    const done = recordedSum(db, item, subject, `${month}-01`, `${month}-31`);
    if (done + points > item.capMonth) {
      throw new UserError('CAP_EXCEEDED', `超过“${item.name}”每月上限 ${item.capMonth} 分：${subject.label}${month} 已记 ${done} 分，本次 ${points} 分`);
    }
  }
  if (item.capYear !== null) {
    const done = recordedSum(db, item, subject, `${year}-01-01`, `${year}-12-31`);
    if (done + points > item.capYear) {
      throw new UserError('CAP_EXCEEDED', `超过“${item.name}”每年上限 ${item.capYear} 分：${subject.label}${year} 年已记 ${done} 分，本次 ${points} 分`);
    }
  }
  const yearCap = readSetting<number | null>(db, YEAR_CAP_SETTING, null);
  if (yearCap !== null && subject.householdId !== null) {
    const done = householdYearSum(db, subject.householdId, year);
    if (done + points > yearCap) {
      throw new UserError('CAP_EXCEEDED', `超过全村每户每年加分上限 ${yearCap} 分：${subject.label}${year} 年已加 ${done} 分，本次 ${points} 分`);
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
          return { householdId: id, cadreId: null, label: `${h.headName}户` };
        })
      : [{ householdId: null, cadreId: req.cadreId, label: cadreLabel(db, req.cadreId as number) }];
  for (const s of subjects) checkCaps(db, item, s, req.date, points);
  const photo = req.photo ? storePhoto(by.dataDir, req.photo) : null;
  const seqs = subjects.map((s) =>
    postEntry(db, {
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
    }),
  );
  return { seqs, points: points * seqs.length };
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
