import type { Database } from 'better-sqlite3';
import { STALE_AFTER_DAYS, type RollupTotals, type TownshipDashboard, type VillageDetail, type VillageSummary } from '../contract/township.js';
import { localDate } from '../api/time.js';
import { notFound } from '../api/errors.js';
import { permille } from '../contract/township.js';
import { takesPartSql } from '../stats/participation.js';

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

// The village's participation rule (stats/participation.ts) over a package's rows.
const TAKES_PART = takesPartSql('e', 'e.status', '(SELECT ti.name FROM township_items ti WHERE ti.village_uid = e.village_uid AND ti.id = e.item_id)');

// Figures per village for the period, from the newest package's rows.
const SUMMARY_SQL = `
  SELECT v.uid, v.name, v.sequence, v.period, v.package_created_at AS createdAt, v.fingerprint,
    (SELECT count(*) FROM township_households h WHERE h.village_uid = v.uid AND h.status = 'active') AS households,
    (SELECT count(*) FROM township_groups g WHERE g.village_uid = v.uid) AS groups,
    (SELECT count(*) FROM township_cadres c WHERE c.village_uid = v.uid AND c.to_date IS NULL) AS cadres,
    (SELECT count(DISTINCT e.household_id) FROM township_entries e JOIN township_households h ON h.village_uid = e.village_uid AND h.id = e.household_id
       WHERE e.village_uid = v.uid AND e.date BETWEEN @from AND @to AND ${TAKES_PART} AND h.status = 'active') AS participating,
    (SELECT coalesce(sum(e.points), 0) FROM township_entries e
       WHERE e.village_uid = v.uid AND e.date BETWEEN @from AND @to AND e.subject = 'household' AND e.kind = 'earn' AND e.status = 'approved') AS issued,
    (SELECT coalesce(-sum(e.points), 0) FROM township_entries e
       WHERE e.village_uid = v.uid AND e.date BETWEEN @from AND @to AND e.source_type = 'redemption' AND e.status = 'approved') AS redeemed,
    (SELECT count(*) FROM township_items i WHERE i.village_uid = v.uid AND i.subject = 'cadre' AND i.active = 1 AND i.cadre_id IS NOT NULL) AS dutyItems,
    (SELECT count(*) FROM township_items i WHERE i.village_uid = v.uid AND i.subject = 'cadre' AND i.active = 1 AND i.cadre_id IS NOT NULL
       AND EXISTS (SELECT 1 FROM township_entries e WHERE e.village_uid = i.village_uid AND e.item_id = i.id AND e.cadre_id = i.cadre_id
                     AND e.date BETWEEN @from AND @to AND e.status = 'approved')) AS dutyDone
  FROM township_villages v`;

type SummaryRow = Omit<VillageSummary, 'packageDate' | 'daysSincePackage' | 'stale'> & { createdAt: string };

function toSummary({ createdAt, ...r }: SummaryRow, today: string): VillageSummary {
  const packageDate = createdAt.slice(0, 10);
  const days = daysBetween(packageDate, today);
  return { ...r, packageDate, daysSincePackage: days, stale: days > STALE_AFTER_DAYS };
}

const byRate = (a: VillageSummary, b: VillageSummary) =>
  permille(b.participating, b.households) - permille(a.participating, a.households) || b.issued - a.issued || a.name.localeCompare(b.name, 'zh-CN');

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
  };
}

/** Every imported village's figures for the period from its newest package, ranked by participation rate. */
export function dashboard(db: Database, period: string, now: Date): TownshipDashboard {
  const [from, to] = periodRange(period);
  const today = localDate(now);
  const villages = (db.prepare(SUMMARY_SQL).all({ from, to }) as SummaryRow[]).map((r) => toSummary(r, today)).sort(byRate);
  return { period, villages, totals: sumOf(villages) };
}

export function villageDetail(db: Database, uid: string, period: string, now: Date): VillageDetail {
  const [from, to] = periodRange(period);
  const row = db.prepare(`${SUMMARY_SQL} WHERE v.uid = @uid`).get({ from, to, uid }) as SummaryRow | undefined;
  if (!row) throw notFound('村');
  const params = { uid, from, to };
  return {
    summary: toSummary(row, localDate(now)),
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
  };
}
