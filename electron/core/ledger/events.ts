import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { ActivityRow, activityInput, InspectionRow, inspectionInput, RecordResult } from '../contract/ledger.js';
import { notFound, UserError } from '../api/errors.js';
import { getItem } from '../checklist/items.js';
import { assertMonthOpen, requireHousehold } from './entries.js';
import { recordScores, type Recorder } from './record.js';

type InspectionInput = z.output<typeof inspectionInput>;
type ActivityInput = z.output<typeof activityInput>;

function requireDutyItem(db: Database, dutyItemId: number | null): void {
  if (dutyItemId === null) return;
  if (getItem(db, dutyItemId).subject !== 'cadre') throw new UserError('NOT_DUTY_ITEM', '给干部记分的事项必须是干部职责清单中的事项');
}

/** The organiser's or inspector's duty point, written with the households' entries. */
function creditCadre(db: Database, dutyItemId: number | null, cadreId: number, date: string, note: string, sourceType: string, sourceId: number, by: Recorder): number[] {
  if (dutyItemId === null) return [];
  return recordScores(db, { itemId: dutyItemId, date, householdIds: [], memberId: null, cadreId, quantity: 1, grade: null, note, photo: null, sourceType, sourceId }, by).seqs;
}

/**
 * 入户巡查: one grade per household of a group becomes one entry each by the
 * item's grade table; the inspecting cadre is credited on the duty item.
 */
export function finishInspection(db: Database, input: InspectionInput, by: Recorder, onRepeat: (note: string) => void = () => {}): RecordResult {
  const item = getItem(db, input.itemId);
  if (!item.grades || item.subject !== 'household') throw new UserError('NOT_GRADED', `“${item.name}”不是按等级给农户计分的事项，不能用于入户巡查`);
  requireDutyItem(db, input.dutyItemId);
  const group = db.prepare('SELECT name FROM groups WHERE id = ?').get(input.groupId) as { name: string } | undefined;
  if (!group) throw new UserError('UNKNOWN_GROUP', '所选村小组不存在');
  const earlier = db.prepare('SELECT count(*) FROM inspections WHERE group_id = ? AND item_id = ? AND date = ?').pluck().get(input.groupId, input.itemId, input.date) as number;
  if (earlier > 0) {
    // households would get the round's points twice
    if (!input.confirmRepeat) throw new UserError('REPEAT_ROUND', `${group.name} ${input.date} 已经做过“${item.name}”入户巡查，再记会重复加分。确实是第二轮，请选择“再记一次”`);
    onRepeat(`${group.name} ${input.date}“${item.name}”第 ${earlier + 1} 轮入户巡查，操作员已确认“再记一次”`);
  }
  const byGrade = new Map<string, number[]>();
  const seen = new Set<number>();
  for (const g of input.grades) {
    const h = requireHousehold(db, g.householdId);
    const inGroup = db.prepare('SELECT 1 FROM households WHERE id = ? AND group_id = ?').get(g.householdId, input.groupId);
    if (!inGroup) throw new UserError('WRONG_GROUP', `户号 ${h.number}（${h.headName}）不属于${group.name}`);
    if (seen.has(g.householdId)) throw new UserError('DUPLICATE_HOUSEHOLD', `户号 ${h.number} 评了两次等级`);
    seen.add(g.householdId);
    byGrade.set(g.grade, [...(byGrade.get(g.grade) ?? []), g.householdId]);
  }
  const id = Number(
    db
      .prepare('INSERT INTO inspections (group_id, date, item_id, cadre_id, duty_item_id, graded, operator_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(input.groupId, input.date, input.itemId, input.cadreId, input.dutyItemId, input.grades.length, by.operatorId, by.now).lastInsertRowid,
  );
  const seqs: number[] = [];
  let points = 0;
  for (const [grade, householdIds] of byGrade) {
    const r = recordScores(db, { itemId: item.id, date: input.date, householdIds, memberId: null, cadreId: null, quantity: 1, grade, note: input.note, photo: null, sourceType: 'inspection', sourceId: id }, by);
    seqs.push(...r.seqs);
    points += r.points;
  }
  seqs.push(...creditCadre(db, input.dutyItemId, input.cadreId, input.date, `${group.name}入户巡查 ${input.grades.length} 户`, 'inspection', id, by));
  return { seqs, points };
}

export function listInspections(db: Database): InspectionRow[] {
  return db
    .prepare(
      `SELECT s.id, g.name AS groupName, s.date, i.name AS itemName, c.name AS cadreName, s.graded,
         coalesce((SELECT sum(e.points) FROM entries e WHERE e.source_type = 'inspection' AND e.source_id = s.id AND e.household_id IS NOT NULL), 0) AS points
       FROM inspections s JOIN groups g ON g.id = s.group_id JOIN items i ON i.id = s.item_id JOIN cadres c ON c.id = s.cadre_id
       ORDER BY s.date DESC, s.id DESC LIMIT 200`,
    )
    .all() as InspectionRow[];
}

export function createActivity(db: Database, input: ActivityInput, by: Recorder, onRepeat: (note: string) => void = () => {}): ActivityRow {
  const item = getItem(db, input.itemId);
  // finishing needs an open month; an activity in a closed one could never be scored
  assertMonthOpen(db, input.date);
  const same = db.prepare('SELECT count(*) FROM activities WHERE item_id = ? AND date = ? AND name = ?').pluck().get(input.itemId, input.date, input.name) as number;
  if (same > 0) {
    if (!input.confirmRepeat) throw new UserError('REPEAT_ACTIVITY', `${input.date} 已经有一个“${input.name}”活动（${item.name}），再建会重复加分。确实是另一场，请选择“再记一次”`);
    onRepeat(`${input.date}“${input.name}”（${item.name}）第 ${same + 1} 场，操作员已确认“再记一次”`);
  }
  if (item.subject !== 'household' || item.grades) throw new UserError('NOT_ACTIVITY_ITEM', `“${item.name}”不能用于活动签到（需要按次给农户加分的事项）`);
  requireDutyItem(db, input.dutyItemId);
  if (!db.prepare('SELECT 1 FROM cadres WHERE id = ?').get(input.cadreId)) throw notFound('村干部');
  const id = Number(
    db
      .prepare('INSERT INTO activities (name, date, item_id, cadre_id, duty_item_id, operator_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(input.name, input.date, input.itemId, input.cadreId, input.dutyItemId, by.operatorId, by.now).lastInsertRowid,
  );
  return getActivity(db, id);
}

export function getActivity(db: Database, id: number): ActivityRow {
  const a = db
    .prepare(
      `SELECT a.id, a.name, a.date, a.item_id AS itemId, i.name AS itemName, a.cadre_id AS cadreId, c.name AS cadreName,
              a.duty_item_id AS dutyItemId, a.finished_at IS NOT NULL AS finished
       FROM activities a JOIN items i ON i.id = a.item_id JOIN cadres c ON c.id = a.cadre_id WHERE a.id = ?`,
    )
    .get(id) as (Omit<ActivityRow, 'attendees' | 'finished'> & { finished: number }) | undefined;
  if (!a) throw notFound('活动');
  const attendees = (db.prepare('SELECT household_id AS id FROM activity_attendance WHERE activity_id = ? ORDER BY household_id').all(id) as { id: number }[]).map((r) => r.id);
  return { ...a, finished: a.finished === 1, attendees };
}

export function listActivities(db: Database): ActivityRow[] {
  return (db.prepare('SELECT id FROM activities ORDER BY date DESC, id DESC LIMIT 200').all() as { id: number }[]).map((r) => getActivity(db, r.id));
}

export function markAttendance(db: Database, activityId: number, householdId: number, present: boolean): ActivityRow {
  const a = getActivity(db, activityId);
  if (a.finished) throw new UserError('ACTIVITY_FINISHED', `活动“${a.name}”已经结束，签到不能再改动`);
  const h = requireHousehold(db, householdId);
  if (h.status !== 'active') throw new UserError('HOUSEHOLD_INACTIVE', `户号 ${h.number}（${h.headName}）已迁出或注销`);
  if (present) db.prepare('INSERT OR IGNORE INTO activity_attendance (activity_id, household_id) VALUES (?, ?)').run(activityId, householdId);
  else db.prepare('DELETE FROM activity_attendance WHERE activity_id = ? AND household_id = ?').run(activityId, householdId);
  return getActivity(db, activityId);
}

/** Writes one entry per attendee and credits the organiser; the activity is then closed to changes. */
export function finishActivity(db: Database, activityId: number, note: string, by: Recorder): RecordResult {
  const a = getActivity(db, activityId);
  if (a.finished) throw new UserError('ACTIVITY_FINISHED', `活动“${a.name}”已经结束并记过分`);
  if (a.date > by.now.slice(0, 10)) throw new UserError('ACTIVITY_AHEAD', `活动“${a.name}”定在 ${a.date}，还没有举行，不能结束记分`);
  if (a.attendees.length === 0) throw new UserError('NO_ATTENDEES', `活动“${a.name}”还没有农户签到`);
  const r = recordScores(
    db,
    { itemId: a.itemId, date: a.date, householdIds: a.attendees, memberId: null, cadreId: null, quantity: 1, grade: null, note: note || a.name, photo: null, sourceType: 'activity', sourceId: a.id },
    by,
  );
  const credit = creditCadre(db, a.dutyItemId, a.cadreId, a.date, `组织活动“${a.name}”，${a.attendees.length} 户参加`, 'activity', a.id, by);
  db.prepare('UPDATE activities SET finished_at = ? WHERE id = ?').run(by.now, a.id);
  return { seqs: [...r.seqs, ...credit], points: r.points };
}
