import type { Database } from 'better-sqlite3';
import { STALE_AFTER_DAYS, type RollupTotals, type TownshipDashboard, type VillageDetail, type VillageSummary } from '../contract/township.js';
import { localDate } from '../api/time.js';
import { notFound } from '../api/errors.js';
import { permille } from '../contract/township.js';
import { anchorFingerprint, type AnchorHead } from '../db/anchor-fingerprint.js';
import { monthDeadline, rhythms } from './rhythm.js';
import { TAKES_PART } from './stats.js';

const DAY_MS = 86_400_000;

/** Whole calendar days between two local dates (`YYYY-MM-DD`). */
function daysBetween(from: string, to: string): number {
  const utc = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  return Math.round((utc(to) - utc(from)) / DAY_MS);
}

/** First and last date of `YYYY` or `YYYY-MM`, as strings that compare correctly against entry dates. */
export function periodRange(period: string): [string, string] {
  return period.length === 4 ? [`${period}-01-01`, `${period}-12-31`] : [`${period}-01`, `${period}-31`];
}

// Figures per village for the period, filled at import (township/stats.ts): one row per village.
const SUMMARY_SQL = `
  SELECT v.uid, v.name, v.sequence, v.period, v.package_created_at AS createdAt, v.fingerprint, t.first_month AS firstMonth,
    coalesce(t.households, 0) AS households, coalesce(t.groups, 0) AS groups, coalesce(t.cadres, 0) AS cadres,
    coalesce(s.participating, 0) AS participating, coalesce(s.issued, 0) AS issued, coalesce(s.redeemed, 0) AS redeemed,
    coalesce(t.duty_items, 0) AS dutyItems, coalesce(s.duty_done, 0) AS dutyDone
  FROM township_villages v
    LEFT JOIN township_village_totals t ON t.village_uid = v.uid
    LEFT JOIN township_period_stats s ON s.village_uid = v.uid AND s.period = @period`;

type SummaryRow = Omit<VillageSummary, 'packageDate' | 'daysSincePackage' | 'stale' | 'rhythm'> & { createdAt: string; firstMonth: string | null };

function summaries(db: Database, period: string, today: string, uid?: string): VillageSummary[] {
  const rows = (uid === undefined ? db.prepare(SUMMARY_SQL).all({ period }) : db.prepare(`${SUMMARY_SQL} WHERE v.uid = @uid`).all({ period, uid })) as SummaryRow[];
  const rhythm = rhythms(db, period, today, new Map(rows.map((r) => [r.uid, r.firstMonth])));
  return rows.map(({ createdAt, firstMonth: _first, ...r }) => {
    const packageDate = createdAt.slice(0, 10);
    const days = daysBetween(packageDate, today);
    return { ...r, packageDate, daysSincePackage: days, stale: days > STALE_AFTER_DAYS, rhythm: rhythm.get(r.uid)! };
  });
}

// one collator for the whole sort: localeCompare with a locale builds a new one on every call
const byName = new Intl.Collator('zh-CN').compare;
const byRate = (a: VillageSummary, b: VillageSummary) =>
  permille(b.participating, b.households) - permille(a.participating, a.households) || b.issued - a.issued || byName(a.name, b.name);

function sumOf(villages: VillageSummary[]): RollupTotals {
  const add = (k: keyof VillageSummary) => villages.reduce((n, v) => n + (v[k] as number), 0);
  return {
    villages: villages.length,
    households: add('households'),
    participating: add('participating'),
    issued: add('issued'),
    redeemed: add('redeemed'),
    dutyItems: add('dutyItems'),
    dutyDone: add('dutyDone'),
    cadres: add('cadres'),
    stale: villages.filter((v) => v.stale).length,
    late: villages.filter((v) => v.rhythm.late.length > 0).length,
  };
}

/** Every imported village's figures for the period from its newest package, ranked by participation rate. */
export function dashboard(db: Database, period: string, now: Date): TownshipDashboard {
  const villages = summaries(db, period, localDate(now)).sort(byRate);
  return { period, villages, totals: sumOf(villages) };
}

export function villageDetail(db: Database, uid: string, period: string, now: Date): VillageDetail {
  const [from, to] = periodRange(period);
  const [summary] = summaries(db, period, localDate(now), uid);
  if (!summary) throw notFound('村');
  const params = { uid, from, to };
  return {
    summary,
    groups: db
      .prepare(
        `SELECT g.name,
           (SELECT count(*) FROM township_households h WHERE h.village_uid = g.village_uid AND h.group_id = g.id AND h.status = 'active') AS households,
           (SELECT count(DISTINCT e.household_id) FROM township_entries e JOIN township_households h ON h.village_uid = e.village_uid AND h.id = e.household_id
              WHERE e.village_uid = g.village_uid AND h.group_id = g.id AND h.status = 'active'
                AND e.date BETWEEN @from AND @to AND ${TAKES_PART}) AS participating
         FROM township_groups g WHERE g.village_uid = @uid ORDER BY g.sort, g.id`,
      )
      .all(params) as VillageDetail['groups'],
    cadres: db
      .prepare(
        `SELECT c.name, c.post,
           (SELECT count(*) FROM township_items i WHERE i.village_uid = c.village_uid AND i.cadre_id = c.id AND i.subject = 'cadre' AND i.active = 1) AS dutyItems,
           (SELECT count(*) FROM township_items i WHERE i.village_uid = c.village_uid AND i.cadre_id = c.id AND i.subject = 'cadre' AND i.active = 1
              AND EXISTS (SELECT 1 FROM township_entries e WHERE e.village_uid = i.village_uid AND e.item_id = i.id AND e.cadre_id = c.id
                            AND e.date BETWEEN @from AND @to AND e.status = 'approved')) AS dutyDone,
           (SELECT coalesce(sum(e.points), 0) FROM township_entries e WHERE e.village_uid = c.village_uid AND e.cadre_id = c.id
              AND e.date BETWEEN @from AND @to AND e.status = 'approved') AS points
         FROM township_cadres c WHERE c.village_uid = @uid AND c.to_date IS NULL ORDER BY c.id`,
      )
      .all(params) as VillageDetail['cadres'],
    months: db
      .prepare(
        `SELECT substr(e.date, 1, 7) AS month,
           coalesce(sum(CASE WHEN e.subject = 'household' AND e.kind = 'earn' THEN e.points END), 0) AS issued,
           coalesce(-sum(CASE WHEN e.source_type = 'redemption' THEN e.points END), 0) AS redeemed,
           count(DISTINCT CASE WHEN e.subject = 'household' AND ${TAKES_PART} THEN e.household_id END) AS participating
         FROM township_entries e WHERE e.village_uid = @uid AND e.date BETWEEN @from AND @to AND e.status = 'approved'
         GROUP BY month ORDER BY month`,
      )
      .all(params) as VillageDetail['months'],
    receipts: db
      .prepare('SELECT sequence, period, file_name AS fileName, imported_at AS importedAt FROM township_receipts WHERE village_uid = ? ORDER BY sequence DESC')
      .all(uid) as VillageDetail['receipts'],
    closures: closuresOf(db, uid),
  };
}

/** The village's closed months with the fingerprint of each closure's anchor, as carried in its newest package. */
function closuresOf(db: Database, uid: string): VillageDetail['closures'] {
  const anchors = db.prepare('SELECT register, seq, hash FROM township_closure_anchors WHERE village_uid = ? AND month = ?');
  const rows = db.prepare('SELECT month, substr(closed_at, 1, 10) AS closedOn FROM township_closures WHERE village_uid = ? ORDER BY month DESC').all(uid) as {
    month: string;
    closedOn: string;
  }[];
  return rows.map((c) => ({ ...c, onTime: c.closedOn <= monthDeadline(c.month), fingerprint: anchorFingerprint(anchors.all(uid, c.month) as AnchorHead[]) }));
}
