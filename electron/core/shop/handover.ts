import type { Database } from 'better-sqlite3';
import { UserError } from '../api/errors.js';
import { isoWithOffset } from '../api/time.js';
import { HANDOVER_LABELS, type CartInput, type HandoverRow, type HandoverStatus, type WaitingRow } from '../contract/shop.js';
import { prepared } from '../db/statements.js';
import type { Actor } from './goods.js';
import { getReceipt } from './redeem.js';

/**
 * 交付: how a redemption's goods reach the household, as append-only events
 * (`redemption_handovers`, migration 016); the newest is the current state.
 * A redemption without events was handed over at the counter.
 */

const LATEST = `(SELECT h.status FROM redemption_handovers h WHERE h.redemption_id = r.id ORDER BY h.id DESC LIMIT 1)`;

/** At the counter, in the redemption's transaction: goods kept for the household or to be delivered get their first event. */
export function recordHandoverAtCounter(db: Database, redemptionId: number, handover: CartInput['handover'], date: string, actor: Actor): void {
  if (handover === 'collected') return;
  prepared(db, 'INSERT INTO redemption_handovers (redemption_id, status, handled_by, date, operator_id, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    redemptionId,
    handover,
    '',
    date,
    actor.operatorId,
    isoWithOffset(actor.now),
  );
}

export function handoverHistory(db: Database, redemptionId: number): HandoverRow[] {
  return db
    .prepare(
      `SELECT h.status, h.handled_by AS handledBy, h.date, o.name AS operatorName, h.created_at AS createdAt
       FROM redemption_handovers h JOIN operators o ON o.id = h.operator_id WHERE h.redemption_id = ? ORDER BY h.id`,
    )
    .all(redemptionId) as HandoverRow[];
}

export function currentHandover(db: Database, redemptionId: number): HandoverStatus {
  const row = db.prepare('SELECT status FROM redemption_handovers WHERE redemption_id = ? ORDER BY id DESC LIMIT 1').get(redemptionId) as { status: HandoverStatus } | undefined;
  return row?.status ?? 'collected';
}

/**
 * Staff hand over goods that were waiting. Refused for a voided redemption,
 * for one already handed over (a second click), and for a date before the redemption.
 */
export function markHandover(db: Database, input: { redemptionId: number; status: 'collected' | 'delivered'; handledBy: string; date: string }, actor: Actor): HandoverRow[] {
  const r = getReceipt(db, input.redemptionId);
  if (r.void) throw new UserError('ALREADY_VOIDED', `兑换凭证 ${r.number} 已作废，商品不再交付`);
  const now = currentHandover(db, r.id);
  if (now !== 'waiting' && now !== 'delivery') throw new UserError('ALREADY_HANDED_OVER', `兑换凭证 ${r.number} 的商品已是“${HANDOVER_LABELS[now]}”，不能再登记交付`);
  if (input.date < r.date) throw new UserError('BEFORE_REDEMPTION', `交付日期不能早于兑换日期 ${r.date}`);
  db.prepare('INSERT INTO redemption_handovers (redemption_id, status, handled_by, date, operator_id, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    r.id,
    input.status,
    input.handledBy.trim(),
    input.date,
    actor.operatorId,
    isoWithOffset(actor.now),
  );
  return handoverHistory(db, r.id);
}

/** Everything still waiting for its household or for delivery, oldest first. */
export function waitingList(db: Database): WaitingRow[] {
  return db
    .prepare(
      `SELECT r.id AS redemptionId, r.number, r.date, hh.number AS householdNumber, hh.head_name AS headName, g.name AS groupName,
              (SELECT group_concat(l.name || ' ×' || l.quantity, '、') FROM redemption_lines l WHERE l.redemption_id = r.id) AS goods,
              r.total, ${LATEST} AS status, o.name AS operatorName
       FROM redemptions r
       JOIN households hh ON hh.id = r.household_id JOIN groups g ON g.id = hh.group_id JOIN operators o ON o.id = r.operator_id
       WHERE r.id IN (SELECT redemption_id FROM redemption_handovers)
         AND NOT EXISTS (SELECT 1 FROM redemption_voids v WHERE v.redemption_id = r.id)
         AND ${LATEST} IN ('waiting', 'delivery')
       ORDER BY r.date, r.id`,
    )
    .all() as WaitingRow[];
}
