import type { Database } from 'better-sqlite3';
import { prepared } from '../db/statements.js';
import type { z } from 'zod';
import { notFound, UserError } from '../api/errors.js';
import type { GoodsRow, goodsInput } from '../contract/shop.js';

/** Who does a shop write and when: handlers pass the operator and `ctx.clock.now()`, the demo its own. */
export interface Actor {
  operatorId: number;
  now: Date;
}

const SELECT = `
  SELECT g.id, g.name, g.category, g.unit, g.price, g.barcode, g.tracked, g.low_stock AS lowStock, g.active,
         CASE WHEN g.tracked = 1 THEN coalesce(s.stock, 0) END AS stock
  FROM goods g LEFT JOIN goods_stock s ON s.goods_id = g.id`;

type Raw = Omit<GoodsRow, 'tracked' | 'active' | 'low'> & { tracked: number; active: number };

function toRow(r: Raw): GoodsRow {
  const tracked = r.tracked === 1;
  return { ...r, tracked, active: r.active === 1, low: tracked && r.stock !== null && r.stock <= r.lowStock };
}

export function listGoods(db: Database, includeInactive: boolean): GoodsRow[] {
  const rows = db.prepare(`${SELECT} ${includeInactive ? '' : 'WHERE g.active = 1'} ORDER BY g.category, g.name`).all() as Raw[];
  return rows.map(toRow);
}

export function getGoods(db: Database, goodsId: number): GoodsRow {
  const r = prepared(db, `${SELECT} WHERE g.id = ?`).get(goodsId) as Raw | undefined;
  if (!r) throw notFound('商品');
  return toRow(r);
}

/** Creates or edits goods. Past receipts keep their own copy of name and price, so an edit never reaches them. */
export function saveGoods(db: Database, input: z.output<typeof goodsInput>, now: string): GoodsRow {
  const clash = db.prepare('SELECT id, name FROM goods WHERE (name = ? OR (barcode IS NOT NULL AND barcode = ?)) AND id IS NOT ?').get(input.name, input.barcode, input.id ?? null) as
    | { id: number; name: string }
    | undefined;
  if (clash) {
    throw new UserError('DUPLICATE_GOODS', clash.name === input.name ? `已有名为“${input.name}”的商品` : `条码 ${input.barcode ?? ''} 已用于“${clash.name}”`);
  }
  const values = {
    name: input.name,
    category: input.category,
    unit: input.unit,
    price: input.price,
    barcode: input.barcode,
    tracked: input.tracked ? 1 : 0,
    low_stock: input.lowStock,
    active: input.active ? 1 : 0,
    now,
  };
  if (input.id === undefined) {
    const res = db
      .prepare(
        `INSERT INTO goods (name, category, unit, price, barcode, tracked, low_stock, active, created_at, updated_at)
         VALUES (@name, @category, @unit, @price, @barcode, @tracked, @low_stock, @active, @now, @now)`,
      )
      .run(values);
    return getGoods(db, Number(res.lastInsertRowid));
  }
  const before = getGoods(db, input.id);
  if (before.tracked && !input.tracked && (before.stock ?? 0) > 0) {
    throw new UserError('GOODS_HAS_STOCK', `“${before.name}”还有库存 ${before.stock ?? 0} ${before.unit}，不能改为服务类；请先盘点清零`);
  }
  db.prepare(
    `UPDATE goods SET name = @name, category = @category, unit = @unit, price = @price, barcode = @barcode, tracked = @tracked,
       low_stock = @low_stock, active = @active, updated_at = @now WHERE id = @id`,
  ).run({ ...values, id: input.id });
  return getGoods(db, input.id);
}
