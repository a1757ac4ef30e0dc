import type { Database } from 'better-sqlite3';
import type { ShopStats } from '../contract/stats.js';

/**
 * The supermarket's side of the statistics: redemptions (voided ones left
 * out) and donations per month, donors, and the stock on the shelves now,
 * valued at today's points prices. Read-only over the shop's tables.
 */
export function shopStats(db: Database, months: string[], from: string, to: string): ShopStats {
  const redeemed = new Map(
    (
      db
        .prepare(
          `SELECT substr(r.date, 1, 7) AS month, count(*) AS redemptions, count(DISTINCT r.household_id) AS households, sum(r.total) AS points
           FROM redemptions r WHERE r.date >= ? AND r.date <= ? AND NOT EXISTS (SELECT 1 FROM redemption_voids v WHERE v.redemption_id = r.id)
           GROUP BY 1`,
        )
        .all(from, to) as { month: string; redemptions: number; households: number; points: number }[]
    ).map((r) => [r.month, r]),
  );
  const donated = new Map(
    (
      db
        .prepare(
          `SELECT substr(m.date, 1, 7) AS month, count(*) AS donations, sum(m.quantity) AS units, sum(m.quantity * g.price) AS points
           FROM stock_moves m JOIN goods g ON g.id = m.goods_id WHERE m.kind = 'donation' AND m.date >= ? AND m.date <= ? GROUP BY 1`,
        )
        .all(from, to) as { month: string; donations: number; units: number; points: number }[]
    ).map((r) => [r.month, r]),
  );
  const stock = db
    .prepare(
      `SELECT count(*) AS goods, coalesce(sum(s.stock), 0) AS units, coalesce(sum(s.stock * g.price), 0) AS points
       FROM goods_stock s JOIN goods g ON g.id = s.goods_id WHERE s.stock > 0`,
    )
    .get() as ShopStats['stock'];
  const donors = db
    .prepare(
      `SELECT m.donor_name AS donorName, count(*) AS donations, sum(m.quantity) AS units, sum(m.quantity * g.price) AS points
       FROM stock_moves m JOIN goods g ON g.id = m.goods_id WHERE m.kind = 'donation' AND m.date >= ? AND m.date <= ?
       GROUP BY m.donor_name ORDER BY units DESC, m.donor_name LIMIT 20`,
    )
    .all(from, to) as ShopStats['donors'];
  return {
    months: months.map((month) => {
      const r = redeemed.get(month);
      const d = donated.get(month);
      return {
        month,
        redemptions: r?.redemptions ?? 0,
        households: r?.households ?? 0,
        points: r?.points ?? 0,
        donations: d?.donations ?? 0,
        donatedUnits: d?.units ?? 0,
        donatedPoints: d?.points ?? 0,
      };
    }),
    stock,
    donors,
  };
}
