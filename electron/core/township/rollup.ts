import type { Database } from 'better-sqlite3';
import { STALE_AFTER_DAYS, type TownshipDashboard, type VillageDetail, type VillageSummary } from '../contract/township.js';
import { localDate } from '../api/time.js';
import { notFound } from '../api/errors.js';

const DAY_MS = 86_400_000;

/** Whole calendar days between two local dates (`YYYY-MM-DD`). */
function daysBetween(from: string, to: string): number {
  const utc = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  return Math.round((utc(to) - utc(from)) / DAY_MS);
}

const SUMMARY_SQL = `
  SELECT v.uid, v.name, v.sequence, v.period, v.package_created_at AS createdAt, v.fingerprint,
    (SELECT count(*) FROM township_households h WHERE h.village_uid = v.uid AND h.status = 'active') AS households,
    (SELECT count(*) FROM township_groups g WHERE g.village_uid = v.uid) AS groups,
    (SELECT count(*) FROM township_cadres c WHERE c.village_uid = v.uid AND c.to_date IS NULL) AS cadres
  FROM township_villages v`;

type SummaryRow = Omit<VillageSummary, 'packageDate' | 'daysSincePackage' | 'stale'> & { createdAt: string };

function toSummary({ createdAt, ...r }: SummaryRow, today: string): VillageSummary {
  const packageDate = createdAt.slice(0, 10);
  const days = daysBetween(packageDate, today);
  return { ...r, packageDate, daysSincePackage: days, stale: days > STALE_AFTER_DAYS };
}

/** Every imported village's figures from its newest package, most households first. */
export function dashboard(db: Database, now: Date): TownshipDashboard {
  const today = localDate(now);
  const villages = (db.prepare(`${SUMMARY_SQL} ORDER BY households DESC, v.name`).all() as SummaryRow[]).map((r) => toSummary(r, today));
  return {
    villages,
    totals: {
      villages: villages.length,
      households: villages.reduce((n, v) => n + v.households, 0),
      cadres: villages.reduce((n, v) => n + v.cadres, 0),
      stale: villages.filter((v) => v.stale).length,
    },
  };
}

export function villageDetail(db: Database, uid: string, now: Date): VillageDetail {
  const row = db.prepare(`${SUMMARY_SQL} WHERE v.uid = ?`).get(uid) as SummaryRow | undefined;
  if (!row) throw notFound('村');
  return {
    summary: toSummary(row, localDate(now)),
    groups: db
      .prepare(
        `SELECT g.name, (SELECT count(*) FROM township_households h WHERE h.village_uid = g.village_uid AND h.group_id = g.id AND h.status = 'active') AS households
         FROM township_groups g WHERE g.village_uid = ? ORDER BY g.sort, g.id`,
      )
      .all(uid) as VillageDetail['groups'],
    cadres: db.prepare('SELECT name, post FROM township_cadres WHERE village_uid = ? AND to_date IS NULL ORDER BY id').all(uid) as VillageDetail['cadres'],
    receipts: db
      .prepare('SELECT sequence, period, file_name AS fileName, imported_at AS importedAt FROM township_receipts WHERE village_uid = ? ORDER BY sequence DESC')
      .all(uid) as VillageDetail['receipts'],
  };
}
