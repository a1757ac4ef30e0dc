import type { Database } from 'better-sqlite3';
import { UserError } from '../api/errors.js';
import { ENTRY_STATUS_LABELS, describeEntry } from '../contract/ledger.js';
import { maskNumbersInText } from '../contract/privacy.js';
import { STATUS_SQL } from '../ledger/entries.js';
import { entryBySeq } from '../ledger/queries.js';
import type { DeductionSlipData } from '../pdf/documents/deductionSlip.js';
import type { ActivityNoticeData, HouseholdSlip, HouseholdSlipsData, UpcomingActivity } from '../pdf/documents/householdSlips.js';
import type { Period } from './periods.js';

/**
 * Paper for the households themselves: the 扣分告知单 for one deduction, the
 * monthly 户积分告知单 per household, and the activity notice per group.
 */

/** The deduction a slip tells; anything else (an award, a redemption, a cadre's entry) is refused. */
export function deductionSlipData(db: Database, villageName: string, seq: number, objection: { place: string; days: number }): DeductionSlipData {
  const e = entryBySeq(db, seq);
  if (e.subject !== 'household' || e.kind !== 'earn' || e.points >= 0 || e.householdNumber === null) {
    throw new UserError('NOT_A_DEDUCTION', `第 ${seq} 号记录不是农户的扣分记录，不能打印扣分告知单`);
  }
  if (e.status === 'rejected') throw new UserError('DEDUCTION_REJECTED', `第 ${seq} 号扣分记录审核未通过，不扣分，无需告知`);
  return {
    villageName,
    seq,
    number: e.householdNumber,
    headName: e.headName ?? '',
    groupName: e.groupName ?? '',
    memberName: e.memberName,
    date: e.date,
    item: describeEntry({ ...e, memberName: null }),
    points: e.points,
    note: maskNumbersInText(e.note),
    statusLabel: ENTRY_STATUS_LABELS[e.status],
    recordedBy: e.operatorName,
    objectionPlace: objection.place,
    objectionDays: objection.days,
  };
}

/** Activities not yet held from a date on, soonest first, with the points for taking part. */
export function upcomingActivities(db: Database, from: string, limit = 8): UpcomingActivity[] {
  return db
    .prepare(
      `SELECT a.date, a.name,
              (SELECT v.points FROM item_versions v WHERE v.item_id = a.item_id ORDER BY v.version DESC LIMIT 1) AS points
       FROM activities a WHERE a.date >= ? AND a.finished_at IS NULL ORDER BY a.date, a.id LIMIT ?`,
    )
    .all(from, limit) as UpcomingActivity[];
}

interface SlipHousehold {
  id: number;
  number: string;
  headName: string;
  groupName: string;
}

/** Each active household (of one group, or all) with its approved entries of the month and balances at the month's end. */
export function householdSlipsData(
  db: Database,
  villageName: string,
  period: Period,
  groupId: number | null,
  activitiesFrom: string,
  objectionPlace: string,
): HouseholdSlipsData {
  const hs = db
    .prepare(
      `SELECT h.id, h.number, h.head_name AS headName, g.name AS groupName FROM households h JOIN groups g ON g.id = h.group_id
       WHERE h.status = 'active' AND (? IS NULL OR h.group_id = ?) ORDER BY g.sort, h.number`,
    )
    .all(groupId, groupId) as SlipHousehold[];
  const entries = db.prepare(
    `SELECT e.date, e.points, e.kind, e.grade, e.source_type AS sourceType, e.corrects_seq AS correctsSeq, m.name AS memberName,
            i.name AS itemName, c.code AS checklistCode
     FROM entries e LEFT JOIN members m ON m.id = e.member_id
     LEFT JOIN item_versions v ON v.id = e.item_version_id LEFT JOIN items i ON i.id = v.item_id LEFT JOIN checklists c ON c.id = i.checklist_id
     WHERE e.household_id = ? AND e.date >= ? AND e.date <= ? AND ${STATUS_SQL} = 'approved' ORDER BY e.date, e.seq`,
  );
  const totals = db.prepare(
    `SELECT coalesce(sum(e.points), 0) AS available, coalesce(sum(CASE WHEN e.kind = 'earn' THEN e.points END), 0) AS earned
     FROM entries e WHERE e.household_id = ? AND e.date <= ? AND ${STATUS_SQL} = 'approved'`,
  );
  const groups: HouseholdSlipsData['groups'] = [];
  for (const h of hs) {
    const rows = entries.all(h.id, period.from, period.to) as (Parameters<typeof describeEntry>[0] & { date: string; points: number; kind: string })[];
    const earnRows = rows.filter((r) => r.kind === 'earn');
    const end = totals.get(h.id, period.to) as { available: number; earned: number };
    const slip: HouseholdSlip = {
      number: h.number,
      headName: h.headName,
      entries: rows.map((r) => ({ date: r.date, summary: describeEntry(r), points: r.points })),
      awarded: earnRows.reduce((n, r) => n + Math.max(0, r.points), 0),
      deducted: earnRows.reduce((n, r) => n + Math.max(0, -r.points), 0),
      available: end.available,
      earned: end.earned,
    };
    let g = groups[groups.length - 1];
    if (!g || g.name !== h.groupName) groups.push((g = { name: h.groupName, households: [] }));
    g.households.push(slip);
  }
  return { villageName, monthLabel: period.label, groups, activities: upcomingActivities(db, activitiesFrom, 4), objectionPlace };
}

export function activityNoticeData(db: Database, villageName: string, groupId: number | null, from: string): ActivityNoticeData {
  const groups = (db.prepare('SELECT name FROM groups WHERE (? IS NULL OR id = ?) ORDER BY sort, id').all(groupId, groupId) as { name: string }[]).map((g) => g.name);
  if (groups.length === 0) throw new UserError('NOTHING_TO_PRINT', '没有找到这个村小组');
  return { villageName, groups, activities: upcomingActivities(db, from), from };
}
