import type { Database } from 'better-sqlite3';
import { perMille, type CategoryRow, type DutyRow, type ListMonthRow, type OperatorRow, type PendingRow, type TopItemRow, type VillageStats } from '../contract/stats.js';
import { STATUS_SQL } from '../ledger/entries.js';
import { takesPartSql } from './participation.js';
import { monthEnd, monthsBetween, monthStart } from './points.js';
import { shopStats } from './shop.js';

/** Approved points a household or cadre earned (not spending) in the period, with its item and list. */
const APPROVED_EARN = `
  FROM entries e
  JOIN item_versions v ON v.id = e.item_version_id
  JOIN items i ON i.id = v.item_id
  JOIN checklists c ON c.id = i.checklist_id
  WHERE e.kind = 'earn' AND e.date >= @from AND e.date <= @to AND ${STATUS_SQL} = 'approved'`;

/**
 * The statistics page: is the system alive (participation), where points come
 * from (lists, categories, items), who records and who fulfils duties, and
 * what still waits for review, and the supermarket. Every figure is an integer; shares are per-mille.
 */
export function villageStats(db: Database, fromMonth: string, toMonth: string): VillageStats {
  const p = { from: monthStart(fromMonth), to: monthEnd(toMonth) };
  const months = monthsBetween(fromMonth, toMonth);

  const active = (db.prepare("SELECT count(*) AS n FROM households WHERE status = 'active'").get() as { n: number }).n;
  const taking = new Map(
    (
      db
        .prepare(
          `SELECT substr(e.date, 1, 7) AS month, count(DISTINCT e.household_id) AS participating,
                  count(DISTINCT CASE WHEN h.status <> 'active' THEN e.household_id END) AS departed
           FROM entries e JOIN households h ON h.id = e.household_id
           LEFT JOIN item_versions v ON v.id = e.item_version_id LEFT JOIN items i ON i.id = v.item_id
           WHERE e.date >= @from AND e.date <= @to AND ${takesPartSql('e', STATUS_SQL, 'i.name')}
           GROUP BY 1`,
        )
        .all(p) as { month: string; participating: number; departed: number }[]
    ).map((r) => [r.month, r]),
  );
  const participation = months.map((month) => {
    const t = taking.get(month);
    const households = active + (t?.departed ?? 0);
    const participating = t?.participating ?? 0;
    return { month, participating, households, perMille: perMille(participating, households) };
  });

  const byList = db.prepare(`SELECT substr(e.date, 1, 7) AS month, c.code, sum(e.points) AS points ${APPROVED_EARN} GROUP BY 1, 2 ORDER BY 1, c.sort`).all(p) as ListMonthRow[];

  const categories = db
    .prepare(
      `SELECT c.code, CASE WHEN i.category = '' THEN '其他' ELSE i.category END AS category,
              sum(CASE WHEN e.points > 0 THEN e.points ELSE 0 END) AS awarded,
              sum(CASE WHEN e.points < 0 THEN -e.points ELSE 0 END) AS deducted, count(*) AS entries
       ${APPROVED_EARN} GROUP BY c.code, 2 ORDER BY c.sort, entries DESC`,
    )
    .all(p) as CategoryRow[];

  const topItems = db
    .prepare(`SELECT i.name AS itemName, c.code, count(*) AS entries, sum(e.points) AS points ${APPROVED_EARN} GROUP BY i.id ORDER BY entries DESC, i.name LIMIT 10`)
    .all(p) as TopItemRow[];

  const operators = db
    .prepare(
      `SELECT o.name AS operatorName, count(*) AS recorded,
              sum(s.status = 'approved') AS approved, sum(s.status = 'rejected') AS rejected, sum(s.status = 'pending') AS pending
       FROM (SELECT e.operator_id, ${STATUS_SQL} AS status FROM entries e
             WHERE e.kind = 'earn' AND e.date >= @from AND e.date <= @to) s
       JOIN operators o ON o.id = s.operator_id
       GROUP BY o.id ORDER BY recorded DESC, o.name`,
    )
    .all(p) as OperatorRow[];

  const duties = (
    db
      .prepare(
        `SELECT cd.name AS cadreName, cd.post,
                (SELECT count(*) FROM items i WHERE i.cadre_id = cd.id AND i.active = 1 AND i.subject = 'cadre') AS assigned,
                (SELECT count(DISTINCT i.id) FROM items i JOIN item_versions v ON v.item_id = i.id JOIN entries e ON e.item_version_id = v.id
                 WHERE i.cadre_id = cd.id AND i.active = 1 AND i.subject = 'cadre' AND e.cadre_id = cd.id
                   AND e.date >= @from AND e.date <= @to AND ${STATUS_SQL} = 'approved') AS done,
                (SELECT coalesce(sum(e.points), 0) FROM entries e
                 WHERE e.cadre_id = cd.id AND e.date >= @from AND e.date <= @to AND ${STATUS_SQL} = 'approved') AS points
         FROM cadres cd WHERE cd.to_date IS NULL OR cd.to_date >= @from
         ORDER BY cd.id`,
      )
      .all(p) as Omit<DutyRow, 'perMille'>[]
  ).map((d) => ({ ...d, perMille: perMille(d.done, d.assigned) }));

  const pending = db
    .prepare(
      `SELECT substr(e.date, 1, 7) AS month, count(*) AS entries, sum(e.points) AS points
       FROM entries e WHERE ${STATUS_SQL} = 'pending' GROUP BY 1 ORDER BY 1`,
    )
    .all() as PendingRow[];

  return { fromMonth, toMonth, months, participation, byList, categories, topItems, operators, duties, pending, shop: shopStats(db, months, p.from, p.to) };
}
