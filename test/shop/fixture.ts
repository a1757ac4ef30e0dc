import type { Database } from 'better-sqlite3';
import { ledgerVillage } from '../ledger/fixture.js';
import { givePoints } from './points.js';

export const CASHIER = 'cashier-session';

/** 测试村 with households holding points, a cashier session and a few goods on the shelf. */
export async function shopVillage(opts: { households?: number; points?: number } = {}) {
  const v = await ledgerVillage({ households: opts.households ?? 4 });
  const { core, admin } = v;
  core.sessions.set(CASHIER, { id: 1, name: '王书记', roles: ['cashier'] });
  for (const h of v.households) givePoints(core.db, h, opts.points ?? 200);
  const goods = async (name: string, price: number, stock: number, extra: { barcode?: string; tracked?: boolean; category?: string; unit?: string } = {}) => {
    const g = await core.call(admin, 'shop.goods.save', {
      name, price, category: extra.category ?? '日化', unit: extra.unit ?? '袋', barcode: extra.barcode ?? '', tracked: extra.tracked ?? true, lowStock: 3,
    });
    if (stock > 0) await core.call(admin, 'shop.stock.in', { goodsId: g.id, kind: 'purchase', quantity: stock, date: '2026-03-10' });
    return g.id;
  };
  const soap = await goods('洗衣粉', 100, 10, { barcode: '6901234567001' });
  const rice = await goods('大米 5kg', 39, 5, { barcode: '6901234567002', category: '粮油' });
  const tissue = await goods('抽纸', 50, 2, { barcode: '6901234567003', unit: '提' });
  const haircut = await goods('理发', 10, 0, { tracked: false, category: '服务', unit: '次' });
  return { ...v, cashier: CASHIER, soap, rice, tissue, haircut };
}

export function shopCounts(db: Database) {
  const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  return {
    redemptions: n('SELECT count(*) AS n FROM redemptions'),
    lines: n('SELECT count(*) AS n FROM redemption_lines'),
    moves: n('SELECT count(*) AS n FROM stock_moves'),
    entries: n('SELECT count(*) AS n FROM entries'),
    voids: n('SELECT count(*) AS n FROM redemption_voids'),
    stock: JSON.stringify(db.prepare('SELECT * FROM goods_stock ORDER BY goods_id').all()),
  };
}

/** Stock problems: cache differs from the sum of moves, or anything below zero. */
export function stockProblems(db: Database): unknown[] {
  return db
    .prepare(
      `SELECT g.id, coalesce(s.stock, 0) AS cached, coalesce((SELECT sum(quantity) FROM stock_moves m WHERE m.goods_id = g.id), 0) AS summed
       FROM goods g LEFT JOIN goods_stock s ON s.goods_id = g.id
       WHERE coalesce(s.stock, 0) <> coalesce((SELECT sum(quantity) FROM stock_moves m WHERE m.goods_id = g.id), 0) OR coalesce(s.stock, 0) < 0`,
    )
    .all();
}
