import type { Database } from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { notFound, UserError } from '../api/errors.js';
import { isoWithOffset, localDate } from '../api/time.js';
import type { CartInput, Receipt, ReceiptLine, RedemptionRow } from '../contract/shop.js';
import { householdBalance, postEntry, requireHousehold } from '../ledger/entries.js';
import { getGoods, type Actor } from './goods.js';
import { addMove } from './stock.js';
import { prepared } from '../db/statements.js';
import { recordHandoverAtCounter } from './handover.js';

/** Same goods on two lines count as one line; the order of scanning does not change the cart. */
function mergeLines(lines: CartInput['lines']): { goodsId: number; quantity: number }[] {
  const merged = new Map<number, number>();
  for (const l of lines) merged.set(l.goodsId, (merged.get(l.goodsId) ?? 0) + l.quantity);
  return [...merged].map(([goodsId, quantity]) => ({ goodsId, quantity }));
}

function cartHash(householdId: number, collector: string, lines: { goodsId: number; quantity: number }[], handover: CartInput['handover']): string {
  const canonical = JSON.stringify([
    householdId,
    collector,
    [...lines].sort((a, b) => a.goodsId - b.goodsId).map((l) => [l.goodsId, l.quantity]),
    // Only when not taken at the counter, so carts hash as they did before hand-overs existed.
    ...(handover === 'collected' ? [] : [handover]),
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

/** The next redemption id (the entry names it before the row exists) and the day's receipt number, in one read. */
function nextIds(db: Database, date: string): { next: number; number: string } {
  const { next, n } = prepared(db, 'SELECT coalesce(max(id), 0) + 1 AS next, (SELECT count(*) FROM redemptions WHERE date = ?) AS n FROM redemptions').get(date) as {
    next: number;
    n: number;
  };
  return { next, number: `${date.replaceAll('-', '')}-${String(n + 1).padStart(3, '0')}` };
}

/**
 * One redemption in the caller's transaction: the spend entry, the lines
 * with the price used, the stock moves. The cart's key makes a repeat
 * (double click, second Enter, retry after a lost reply) return the first
 * receipt; the same key with another cart is refused. Every refusal throws
 * before the first write.
 */
export function redeem(db: Database, cart: CartInput, actor: Actor): Receipt {
  const lines = mergeLines(cart.lines);
  const hash = cartHash(cart.householdId, cart.collector, lines, cart.handover);
  const seen = prepared(db, 'SELECT id, cart_hash AS hash FROM redemptions WHERE idem_key = ?').get(cart.key) as { id: number; hash: string } | undefined;
  if (seen) {
    if (seen.hash !== hash) throw new UserError('KEY_REUSED', '这笔兑换已经提交过，但商品或数量不同；请点“下一位”重新开始，以免重复扣分');
    return getReceipt(db, seen.id);
  }

  const h = requireHousehold(db, cart.householdId);
  if (h.status !== 'active') throw new UserError('HOUSEHOLD_INACTIVE', `户号 ${h.number} 已迁出或注销，不能兑换`);
  const priced: (ReceiptLine & { tracked: boolean })[] = lines.map((l) => {
    const g = getGoods(db, l.goodsId);
    if (!g.active) throw new UserError('GOODS_INACTIVE', `“${g.name}”已停用，不能兑换`);
    if (g.tracked && (g.stock ?? 0) < l.quantity) {
      throw new UserError('OUT_OF_STOCK', `“${g.name}”库存只有 ${g.stock ?? 0} ${g.unit}，不够兑换 ${l.quantity} ${g.unit}`);
    }
    return { goodsId: g.id, name: g.name, unit: g.unit, price: g.price, quantity: l.quantity, amount: g.price * l.quantity, tracked: g.tracked };
  });
  const total = priced.reduce((s, l) => s + l.amount, 0);
  const before = householdBalance(db, h.id);
  if (before.available < total) {
    const waiting = before.pending > 0 ? `（另有 ${before.pending} 分待审核，审核通过后才能使用）` : '';
    throw new UserError('NOT_ENOUGH_POINTS', `${h.headName}户可用积分 ${before.available} 分，本次需要 ${total} 分，还差 ${total - before.available} 分${waiting}`);
  }

  const date = localDate(actor.now);
  const createdAt = isoWithOffset(actor.now);
  // The entry names the redemption and the redemption names the entry: take the id first, inside this transaction.
  const { next, number } = nextIds(db, date);
  const seq = postEntry(
    db,
    {
      date,
      subject: 'household',
      householdId: h.id,
      points: -total,
      kind: 'spend',
      sourceType: 'redemption',
      sourceId: next,
      note: `积分超市兑换 ${number}`,
      status: 'approved',
      operatorId: actor.operatorId,
      createdAt,
    },
    { household: h, available: before.available },
  );
  prepared(
    db,
    `INSERT INTO redemptions (id, number, idem_key, cart_hash, household_id, collector, total, available_before, available_after, entry_seq, date, operator_id, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(next, number, cart.key, hash, h.id, cart.collector, total, before.available, before.available - total, seq, date, actor.operatorId, createdAt);
  const insertLine = prepared(db, 'INSERT INTO redemption_lines (redemption_id, line_no, goods_id, name, unit, price, quantity) VALUES (?, ?, ?, ?, ?, ?, ?)');
  priced.forEach((l, i) => {
    insertLine.run(next, i + 1, l.goodsId, l.name, l.unit, l.price, l.quantity);
    if (l.tracked) addMove(db, { goodsId: l.goodsId, kind: 'redemption', quantity: -l.quantity, date, redemptionId: next }, actor);
  });
  recordHandoverAtCounter(db, next, cart.handover, date, actor);
  return receiptHeader(db, next, priced.map(({ tracked: _t, ...l }) => l));
}

/** 作废: a reversing entry gives the points back and reversing moves put the goods back on the shelf. */
export function voidRedemption(db: Database, redemptionId: number, reason: string, actor: Actor): Receipt {
  const r = getReceipt(db, redemptionId);
  if (r.void) throw new UserError('ALREADY_VOIDED', `兑换凭证 ${r.number} 已于 ${r.void.createdAt.slice(0, 10)} 作废`);
  const date = localDate(actor.now);
  const createdAt = isoWithOffset(actor.now);
  const seq = postEntry(db, {
    date,
    subject: 'household',
    householdId: r.householdId,
    points: r.total,
    kind: 'spend',
    sourceType: 'redemption',
    sourceId: r.id,
    note: `作废兑换 ${r.number}：${reason}`,
    status: 'approved',
    operatorId: actor.operatorId,
    createdAt,
  });
  db.prepare('INSERT INTO redemption_voids (redemption_id, reason, entry_seq, date, operator_id, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    r.id,
    reason,
    seq,
    date,
    actor.operatorId,
    createdAt,
  );
  for (const l of r.lines) {
    if (getGoods(db, l.goodsId).tracked) addMove(db, { goodsId: l.goodsId, kind: 'void', quantity: l.quantity, date, redemptionId: r.id }, actor);
  }
  return getReceipt(db, r.id);
}

export function getReceipt(db: Database, redemptionId: number): Receipt {
  const lines = (
    prepared(db, 'SELECT goods_id AS goodsId, name, unit, price, quantity FROM redemption_lines WHERE redemption_id = ? ORDER BY line_no').all(redemptionId) as Omit<
      ReceiptLine,
      'amount'
    >[]
  ).map((l) => ({ ...l, amount: l.price * l.quantity }));
  return receiptHeader(db, redemptionId, lines);
}

/** The receipt around lines already known (a fresh redemption has them in hand; no need to read them back). */
function receiptHeader(db: Database, redemptionId: number, lines: ReceiptLine[]): Receipt {
  const r = prepared(
    db,
    `SELECT r.id, r.number, r.household_id AS householdId, h.number AS householdNumber, h.head_name AS headName, g.name AS groupName,
              r.collector, r.total, r.available_before AS availableBefore, r.available_after AS availableAfter, r.date, r.created_at AS createdAt,
              o.name AS operatorName, v.reason AS voidReason, vo.name AS voidOperator, v.created_at AS voidAt
       FROM redemptions r JOIN households h ON h.id = r.household_id JOIN groups g ON g.id = h.group_id
       JOIN operators o ON o.id = r.operator_id
       LEFT JOIN redemption_voids v ON v.redemption_id = r.id LEFT JOIN operators vo ON vo.id = v.operator_id
       WHERE r.id = ?`,
  ).get(redemptionId) as (Omit<Receipt, 'lines' | 'void'> & { voidReason: string | null; voidOperator: string | null; voidAt: string | null }) | undefined;
  if (!r) throw notFound('兑换记录');
  const { voidReason, voidOperator, voidAt, ...rest } = r;
  return { ...rest, lines, void: voidReason !== null ? { reason: voidReason, operatorName: voidOperator ?? '', createdAt: voidAt ?? '' } : null };
}

export const REDEMPTION_ROWS_SQL = `
  SELECT r.id, r.number, r.date, r.created_at AS createdAt, h.number AS householdNumber, h.head_name AS headName, g.name AS groupName,
         r.collector, r.total, o.name AS operatorName, r.operator_id AS operatorId,
         (SELECT group_concat(l.name || '×' || l.quantity, '、') FROM redemption_lines l WHERE l.redemption_id = r.id) AS items,
         EXISTS (SELECT 1 FROM redemption_voids v WHERE v.redemption_id = r.id) AS voided,
         coalesce((SELECT ho.status FROM redemption_handovers ho WHERE ho.redemption_id = r.id ORDER BY ho.id DESC LIMIT 1), 'collected') AS handover
  FROM redemptions r JOIN households h ON h.id = r.household_id JOIN groups g ON g.id = h.group_id JOIN operators o ON o.id = r.operator_id`;

export type RawRedemptionRow = Omit<RedemptionRow, 'voided'> & { voided: number; operatorId: number };
export const toRedemptionRow = ({ voided, operatorId: _operatorId, ...r }: RawRedemptionRow): RedemptionRow => ({ ...r, voided: voided === 1 });

export function listRedemptions(db: Database, q: { from: string; to: string; query: string }): RedemptionRow[] {
  const like = `%${q.query}%`;
  const rows = db
    .prepare(
      `${REDEMPTION_ROWS_SQL} WHERE r.date BETWEEN ? AND ? AND (? = '' OR r.number LIKE ? OR h.number LIKE ? OR h.head_name LIKE ? OR h.search_text LIKE ?)
       ORDER BY r.id DESC LIMIT 1000`,
    )
    .all(q.from, q.to, q.query, like, like, like, like) as RawRedemptionRow[];
  return rows.map(toRedemptionRow);
}
