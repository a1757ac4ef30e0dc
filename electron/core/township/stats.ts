import type { Database } from 'better-sqlite3';
import { takesPartSql } from '../stats/participation.js';

/** The village's participation rule (stats/participation.ts) over a package's rows (entries aliased `e`). */
export const TAKES_PART = takesPartSql('e', 'e.status', '(SELECT ti.name FROM township_items ti WHERE ti.village_uid = e.village_uid AND ti.id = e.item_id)');

/**
 * Per-village figures filled at import (and by migration 013 for villages
 * imported before it): one row per village and one per month and per year of
 * its entries, so the dashboard reads a row per village instead of walking
 * every village's entries — its time grows with the number of villages only.
 * Participation counts active households taking part by the village's rule
 * (stats/participation.ts: an approved entry adding points, not the base score).
 */
const periodStatsSql = (chars: 4 | 7) => `
  INSERT INTO township_period_stats (village_uid, period, participating, issued, redeemed, duty_done)
  SELECT @uid, s.period, s.participating, s.issued, s.redeemed, coalesce(d.done, 0)
  FROM (
    SELECT substr(e.date, 1, ${chars}) AS period,
      count(DISTINCT CASE WHEN h.status = 'active' AND ${TAKES_PART} THEN e.household_id END) AS participating,
      coalesce(sum(CASE WHEN e.subject = 'household' AND e.kind = 'earn' THEN e.points END), 0) AS issued,
      coalesce(-sum(CASE WHEN e.source_type = 'redemption' THEN e.points END), 0) AS redeemed
    FROM township_entries e LEFT JOIN township_households h ON h.village_uid = e.village_uid AND h.id = e.household_id
    WHERE e.village_uid = @uid AND e.status = 'approved'
    GROUP BY 1
  ) s LEFT JOIN (
    SELECT substr(x.date, 1, ${chars}) AS period, count(DISTINCT i.id) AS done
    FROM township_items i JOIN township_entries x ON x.village_uid = i.village_uid AND x.item_id = i.id AND x.cadre_id = i.cadre_id AND x.status = 'approved'
    WHERE i.village_uid = @uid AND i.subject = 'cadre' AND i.active = 1
    GROUP BY 1
  ) d ON d.period = s.period`;

const TOTALS_SQL = `
  INSERT INTO township_village_totals (village_uid, households, groups, cadres, duty_items, first_month)
  SELECT @uid,
    (SELECT count(*) FROM township_households h WHERE h.village_uid = @uid AND h.status = 'active'),
    (SELECT count(*) FROM township_groups g WHERE g.village_uid = @uid),
    (SELECT count(*) FROM township_cadres c WHERE c.village_uid = @uid AND c.to_date IS NULL),
    (SELECT count(*) FROM township_items i WHERE i.village_uid = @uid AND i.subject = 'cadre' AND i.active = 1 AND i.cadre_id IS NOT NULL),
    (SELECT substr(min(e.date), 1, 7) FROM township_entries e WHERE e.village_uid = @uid)`;

/** Replaces one village's figures from its rows (the caller's transaction). */
export function fillVillageStats(db: Database, uid: string): void {
  db.prepare('DELETE FROM township_period_stats WHERE village_uid = ?').run(uid);
  db.prepare('DELETE FROM township_village_totals WHERE village_uid = ?').run(uid);
  db.prepare(TOTALS_SQL).run({ uid });
  db.prepare(periodStatsSql(7)).run({ uid });
  db.prepare(periodStatsSql(4)).run({ uid });
}
