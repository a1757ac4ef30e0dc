import type { Database } from 'better-sqlite3';
import { UNIT_LABELS, type ItemRow } from '../contract/checklist.js';
import { cadreDuties } from '../checklist/cadence.js';
import { listChecklists } from '../checklist/items.js';
import { STATUS_SQL } from '../ledger/entries.js';
import { passbook } from '../ledger/queries.js';
import type { BlackBoardData, RedBoardData } from '../pdf/documents/boards.js';
import type { DutyListData } from '../pdf/documents/dutyList.js';
import type { CadreWeekRow, DutyWeeklyData } from '../pdf/documents/dutyWeekly.js';
import type { HouseholdPointsData } from '../pdf/documents/householdPoints.js';
import type { HouseholdStatement, StatementData } from '../pdf/documents/statement.js';
import { competitionRanks, type Period } from './periods.js';

/**
 * What the documents print, read from the ledger. Points in a period are
 * approved `earn` entries dated in it (README of the ledger); 累计积分 is the
 * same up to the period's last day, so spending never lowers a rank.
 */

const APPROVED = `${STATUS_SQL} = 'approved'`;

interface HouseholdBase {
  id: number;
  number: string;
  headName: string;
  groupName: string;
}

function activeHouseholds(db: Database): HouseholdBase[] {
  return db
    .prepare(
      `SELECT h.id, h.number, h.head_name AS headName, g.name AS groupName FROM households h JOIN groups g ON g.id = h.group_id
       WHERE h.status = 'active' ORDER BY g.sort, h.number`,
    )
    .all() as HouseholdBase[];
}

/** Approved earned points per household and month between two dates. */
function earnedByMonth(db: Database, from: string, to: string): Map<number, Map<string, number>> {
  const rows = db
    .prepare(
      `SELECT e.household_id AS id, substr(e.date, 1, 7) AS month, sum(e.points) AS points FROM entries e
       WHERE e.subject = 'household' AND e.kind = 'earn' AND e.date >= ? AND e.date <= ? AND ${APPROVED}
       GROUP BY e.household_id, substr(e.date, 1, 7)`,
    )
    .all(from, to) as { id: number; month: string; points: number }[];
  const out = new Map<number, Map<string, number>>();
  for (const r of rows) {
    const m = out.get(r.id) ?? new Map<string, number>();
    m.set(r.month, r.points);
    out.set(r.id, m);
  }
  return out;
}

/** Approved awards and deductions per household between two dates, kept apart so a deduction is never netted out of sight. */
function awardsAndDeductions(db: Database, from: string, to: string): Map<number, { awarded: number; deducted: number }> {
  const rows = db
    .prepare(
      `SELECT e.household_id AS id, sum(max(e.points, 0)) AS awarded, -sum(min(e.points, 0)) AS deducted FROM entries e
       WHERE e.subject = 'household' AND e.kind = 'earn' AND e.date >= ? AND e.date <= ? AND ${APPROVED}
       GROUP BY e.household_id`,
    )
    .all(from, to) as { id: number; awarded: number; deducted: number }[];
  return new Map(rows.map((r) => [r.id, { awarded: r.awarded, deducted: r.deducted }]));
}

function cumulativeEarned(db: Database, to: string): Map<number, number> {
  const rows = db
    .prepare(
      `SELECT e.household_id AS id, sum(e.points) AS points FROM entries e
       WHERE e.subject = 'household' AND e.kind = 'earn' AND e.date <= ? AND ${APPROVED} GROUP BY e.household_id`,
    )
    .all(to) as { id: number; points: number }[];
  return new Map(rows.map((r) => [r.id, r.points]));
}

/** Every active household with its period points, rank (village-wide) and 累计积分. */
export function householdPoints(db: Database, period: Period) {
  const hs = activeHouseholds(db);
  const byMonth = earnedByMonth(db, period.from, period.to);
  const split = awardsAndDeductions(db, period.from, period.to);
  const cumulative = cumulativeEarned(db, period.to);
  const rows = hs.map((h) => {
    const parts = period.months.map((m) => byMonth.get(h.id)?.get(m) ?? 0);
    const { awarded, deducted } = split.get(h.id) ?? { awarded: 0, deducted: 0 };
    return { ...h, parts, awarded, deducted, points: parts.reduce((a, b) => a + b, 0), cumulative: cumulative.get(h.id) ?? 0 };
  });
  const ranks = competitionRanks(rows.map((r) => r.points));
  return rows.map((r, i) => ({ ...r, rank: ranks[i] as number }));
}

export function pointsPublicationData(
  db: Database,
  villageName: string,
  period: Period,
  publicity: { from: string; to: string },
  objectionPlace: string,
  withCadres: boolean,
): HouseholdPointsData {
  const rows = householdPoints(db, period);
  const groups: HouseholdPointsData['groups'] = [];
  for (const r of rows) {
    let g = groups[groups.length - 1];
    if (!g || g.name !== r.groupName) groups.push((g = { name: r.groupName, rows: [] }));
    g.rows.push({ number: r.number, headName: r.headName, parts: period.months.length > 1 ? r.parts : [], awarded: r.awarded, deducted: r.deducted, points: r.points, cumulative: r.cumulative, rank: r.rank });
  }
  return {
    villageName,
    periodLabel: period.label,
    partLabels: period.months.length > 1 ? period.months.map((m) => `${Number(m.slice(5))}月`) : [],
    groups,
    publicity,
    objectionPlace,
    ...(withCadres ? { cadres: cadreDutyRows(db, period, APPROVED) } : {}),
  };
}

/** Entries still waiting for review in a period: publishing them would print points that may yet change. */
export function pendingInPeriod(db: Database, period: Period, subject: 'household' | 'cadre'): number {
  return (
    db.prepare(`SELECT count(*) AS n FROM entries e WHERE e.subject = ? AND e.date >= ? AND e.date <= ? AND ${STATUS_SQL} = 'pending'`).get(subject, period.from, period.to) as {
      n: number;
    }
  ).n;
}

/**
 * Each current cadre's items due in the period by cadence (done with points,
 * or open) with the completion rate, and the total of their entries in the
 * period that pass `counted` (an SQL condition on the entry, alias `e`).
 */
function cadreDutyRows(db: Database, period: Period, counted: string): CadreWeekRow[] {
  const totals = new Map(
    (
      db
        .prepare(`SELECT e.cadre_id AS id, sum(e.points) AS points FROM entries e WHERE e.subject = 'cadre' AND e.date >= ? AND e.date <= ? AND ${counted} GROUP BY e.cadre_id`)
        .all(period.from, period.to) as { id: number; points: number }[]
    ).map((r) => [r.id, r.points]),
  );
  return cadreDuties(db, period).map((c) => ({
    name: c.name,
    post: c.post,
    duties: c.items,
    due: c.due,
    done: c.done,
    rate: c.rate,
    total: totals.get(c.cadreId) ?? 0,
  }));
}

/** The weekly notice: pending entries count, as on the duty page, rejected ones do not (issuing waits for review). */
export function dutyWeekData(db: Database, villageName: string, period: Period): DutyWeeklyData {
  return { villageName, week: { from: period.from, to: period.to }, cadres: cadreDutyRows(db, period, `${STATUS_SQL} <> 'rejected'`) };
}

/** Item categories whose awards are honours worth naming on the red board. */
export const HONOUR_CATEGORIES = ['荣誉', '特殊贡献', '孝老爱亲', '文明新风', '拥军', '教育'];

export function redBoardData(db: Database, villageName: string, period: Period, top: number): RedBoardData {
  const ranked = householdPoints(db, period)
    .filter((h) => h.points > 0)
    .sort((a, b) => a.rank - b.rank || a.number.localeCompare(b.number))
    .filter((h) => h.rank <= top);
  const deeds = db
    .prepare(
      `SELECT coalesce(m.name, h.head_name) AS name, g.name AS groupName, i.name AS deed FROM entries e
       JOIN households h ON h.id = e.household_id JOIN groups g ON g.id = h.group_id
       LEFT JOIN members m ON m.id = e.member_id
       JOIN item_versions v ON v.id = e.item_version_id JOIN items i ON i.id = v.item_id
       WHERE e.subject = 'household' AND e.kind = 'earn' AND e.points > 0 AND e.corrects_seq IS NULL
         AND e.date >= ? AND e.date <= ? AND ${APPROVED} AND i.category IN (${HONOUR_CATEGORIES.map(() => '?').join(', ')})
       ORDER BY e.date, e.seq`,
    )
    .all(period.from, period.to, ...HONOUR_CATEGORIES) as { name: string; groupName: string; deed: string }[];
  return {
    villageName,
    periodLabel: period.label,
    households: ranked.map((h) => ({ rank: h.rank, name: h.headName, groupName: h.groupName, points: h.points })),
    deeds,
  };
}

/** Households with approved deductions in the period and how many — never the items or notes. */
export function blackBoardData(db: Database, villageName: string, period: Period, mode: BlackBoardData['mode']): BlackBoardData {
  const households = db
    .prepare(
      `SELECT h.head_name AS name, g.name AS groupName, count(*) AS deductions FROM entries e
       JOIN households h ON h.id = e.household_id JOIN groups g ON g.id = h.group_id
       WHERE e.subject = 'household' AND e.kind = 'earn' AND e.points < 0 AND e.corrects_seq IS NULL
         AND e.date >= ? AND e.date <= ? AND ${APPROVED}
       GROUP BY h.id ORDER BY g.sort, h.number`,
    )
    .all(period.from, period.to) as BlackBoardData['households'];
  return { villageName, periodLabel: period.label, mode, households };
}

/** A household's approved movements of a year with running 可用积分, from the ledger's passbook. */
export function statementData(db: Database, villageName: string, householdIds: number[], year: number): StatementData {
  const households: HouseholdStatement[] = householdIds.map((id) => {
    const p = passbook(db, id, year);
    const rows = p.rows.filter((r) => r.status === 'approved').map((r) => ({ date: r.date, summary: r.description, change: r.points, balance: r.available }));
    return {
      number: p.number,
      headName: p.headName,
      groupName: p.groupName,
      opening: p.opening.available,
      rows,
      closing: rows.length ? (rows[rows.length - 1] as { balance: number }).balance : p.opening.available,
    };
  });
  return { villageName, from: `${year}-01-01`, to: `${year}-12-31`, households };
}

export function statementHouseholds(db: Database, householdId: number | null): number[] {
  if (householdId !== null) return [householdId];
  return activeHouseholds(db).map((h) => h.id);
}

function itemValue(i: ItemRow): string {
  const unit = UNIT_LABELS[i.unit];
  if (i.grades) return `${i.grades.map((g) => `${g.label} ${g.points > 0 ? '+' : ''}${g.points}`).join(' / ')}（${unit}）`;
  const p = i.points ?? 0;
  return `${p > 0 ? '+' : ''}${p} 分（${unit}）`;
}

/** The cadres' duty items of every list with the person answerable for each. */
export function dutyListData(db: Database, villageName: string, year: string): DutyListData {
  return {
    villageName,
    periodLabel: `${year}年`,
    lists: listChecklists(db, false)
      .map((l) => ({
        name: l.name,
        items: l.items.filter((i) => i.subject === 'cadre' && i.active).map((i) => ({ name: i.name, value: itemValue(i), responsible: i.cadreName ? [i.cadreName] : [] })),
      }))
      .filter((l) => l.items.length > 0),
  };
}
