import type { Database } from 'better-sqlite3';
import { prepared } from '../db/statements.js';
import type { z } from 'zod';
import { UserError } from '../api/errors.js';
import { isoWithOffset } from '../api/time.js';
import type { DonorKind, StockMoveKind, StockMoveRow, stockInInput, stocktakeInput } from '../contract/shop.js';
import { getGoods, type Actor } from './goods.js';

export interface NewMove {
  goodsId: number;
  kind: StockMoveKind;
  quantity: number;
  date: string;
  donorKind?: DonorKind | null;
  donorName?: string | null;
  costFen?: number | null;
  reason?: string;
  redemptionId?: number | null;
}

/** Appends one stock move; the cached stock follows by trigger in the caller's transaction. */
export function addMove(db: Database, m: NewMove, actor: Actor): number {
  if (!db.inTransaction) throw new Error('addMove must run inside a transaction');
  const res = prepared(
    db,
    `INSERT INTO stock_moves (goods_id, kind, quantity, date, donor_kind, donor_name, cost_fen, reason, redemption_id, operator_id, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(m.goodsId, m.kind, m.quantity, m.date, m.donorKind ?? null, m.donorName ?? null, m.costFen ?? null, m.reason ?? '', m.redemptionId ?? null, actor.operatorId, isoWithOffset(actor.now));
  return Number(res.lastInsertRowid);
}

function requireTracked(db: Database, goodsId: number) {
  const g = getGoods(db, goodsId);
  if (!g.tracked) throw new UserError('SERVICE_NO_STOCK', `“${g.name}”是服务类商品，没有库存`);
  return g;
}

/** 采购入库 or 捐赠入库 (the donor is recorded for public thanks). */
export function stockIn(db: Database, input: z.output<typeof stockInInput>, actor: Actor) {
  requireTracked(db, input.goodsId);
  const donation = input.kind === 'donation';
  addMove(
    db,
    {
      goodsId: input.goodsId,
      kind: input.kind,
      quantity: input.quantity,
      date: input.date,
      donorKind: donation ? input.donorKind : null,
      donorName: donation ? input.donorName : null,
      costFen: donation ? null : input.costFen,
      reason: input.note,
    },
    actor,
  );
  return getGoods(db, input.goodsId);
}

/** 盘点: the difference between the shelf and the books becomes one move with its reason. */
export function stocktake(db: Database, input: z.output<typeof stocktakeInput>, actor: Actor) {
  const g = requireTracked(db, input.goodsId);
  const diff = input.counted - (g.stock ?? 0);
  if (diff !== 0) addMove(db, { goodsId: g.id, kind: 'stocktake', quantity: diff, date: input.date, reason: input.reason }, actor);
  return getGoods(db, g.id);
}

export function listMoves(db: Database, q: { goodsId: number | null; from: string; to: string }): StockMoveRow[] {
  return db
    .prepare(
      `SELECT m.id, m.goods_id AS goodsId, g.name AS goodsName, g.unit, m.kind, m.quantity, m.date, m.donor_kind AS donorKind,
              m.donor_name AS donorName, m.cost_fen AS costFen, m.reason, r.number AS receiptNumber, o.name AS operatorName, m.created_at AS createdAt
       FROM stock_moves m JOIN goods g ON g.id = m.goods_id JOIN operators o ON o.id = m.operator_id
       LEFT JOIN redemptions r ON r.id = m.redemption_id
       WHERE m.date BETWEEN ? AND ? AND (? IS NULL OR m.goods_id = ?)
       ORDER BY m.id DESC LIMIT 2000`,
    )
    .all(q.from, q.to, q.goodsId, q.goodsId) as StockMoveRow[];
}
