import type { Database } from 'better-sqlite3';
import type { Subject } from '../contract/checklist.js';
import type { Balance, EntryStatus } from '../contract/ledger.js';
import { notFound, UserError } from '../api/errors.js';
import { appendChainedRows } from './chain.js';
import { prepared } from './sql.js';

/** One point entry as another domain or the scoring screens post it. */
export interface NewEntry {
  date: string;
  subject: Subject;
  householdId?: number | null;
  memberId?: number | null;
  cadreId?: number | null;
  itemVersionId?: number | null;
  grade?: string | null;
  /** Signed integer points. */
  points: number;
  /** `earn` counts towards 累计积分 and 可用积分; `spend` (redemption, clearing) only moves 可用积分. */
  kind: 'earn' | 'spend';
  note?: string;
  /** Path of a stored photo, relative to the data folder. */
  photo?: string | null;
  /** What caused the entry: `manual`, `batch`, `inspection`, `activity`, `correction`, `clearing`, `redemption`, … */
  sourceType: string;
  sourceId?: number | null;
  correctsSeq?: number | null;
  /** Scoring starts `pending` for the monthly review; system postings (redemptions, clearing) are `approved` at once. */
  status: 'pending' | 'approved';
  operatorId: number;
  /** `isoWithOffset(ctx.clock.now())`. */
  createdAt: string;
}

export const monthOf = (date: string) => date.slice(0, 7);

export function isMonthClosed(db: Database, month: string): boolean {
  return prepared(db, 'SELECT 1 FROM month_closures WHERE month = ?').get(month) !== undefined;
}

export function assertMonthOpen(db: Database, date: string): void {
  const m = monthOf(date);
  if (isMonthClosed(db, m)) throw new UserError('MONTH_CLOSED', `${m} 已经结账，不能再记入或改动该月的积分；请在未结账的月份记录更正`);
}

export function requireHousehold(db: Database, householdId: number): { id: number; number: string; headName: string; status: string } {
  const h = prepared(db, 'SELECT id, number, head_name AS headName, status FROM households WHERE id = ?').get(householdId) as
    | { id: number; number: string; headName: string; status: string }
    | undefined;
  if (!h) throw new UserError('UNKNOWN_HOUSEHOLD', `没有找到编号为 ${householdId} 的农户，请重新选择`);
  return h;
}

export type HouseholdRef = ReturnType<typeof requireHousehold>;

/**
 * What the caller has already read in this same transaction, so posting does
 * not read it again: the household row, its 可用积分, and whether the month
 * was checked open. The triggers still refuse a closed month and a gap.
 */
export interface Prechecked {
  household?: HouseholdRef;
  available?: number;
  monthOpen?: boolean;
}

/**
 * Appends one entry to the ledger. Must run inside the caller's transaction;
 * the balance cache follows by trigger in that same transaction. Refuses a
 * closed month, an unknown household, and a spend that would take 可用积分
 * below zero.
 */
export function postEntry(db: Database, e: NewEntry, known: Prechecked = {}): number {
  return postEntries(db, [{ entry: e, known }])[0]!;
}

/** Several entries in one go (a batch): every one is checked before the first is written, the chain head is read once. */
export function postEntries(db: Database, list: readonly { entry: NewEntry; known?: Prechecked }[]): number[] {
  if (!db.inTransaction) throw new Error('postEntry must run inside a transaction');
  return appendChainedRows(db, 'entries', list.map(({ entry, known }) => entryRow(db, entry, known ?? {})));
}

function entryRow(db: Database, e: NewEntry, known: Prechecked): Record<string, unknown> {
  if (!Number.isSafeInteger(e.points)) throw new Error('points must be an integer');
  if (!known.monthOpen) assertMonthOpen(db, e.date);
  if (e.subject === 'household') {
    if (!e.householdId) throw new Error('household entry without household');
    const h = known.household?.id === e.householdId ? known.household : requireHousehold(db, e.householdId);
    if (e.memberId && !prepared(db, 'SELECT 1 FROM members WHERE id = ? AND household_id = ?').get(e.memberId, h.id)) {
      throw new UserError('UNKNOWN_MEMBER', `所选成员不属于户号 ${h.number}`);
    }
    if (e.kind === 'spend' && e.points < 0) {
      const available = known.available ?? householdBalance(db, h.id).available;
      if (available + e.points < 0) {
        throw new UserError('NOT_ENOUGH_POINTS', `${h.headName}户可用积分 ${available} 分，不够扣 ${-e.points} 分`);
      }
    }
  } else if (!e.cadreId || !prepared(db, 'SELECT 1 FROM cadres WHERE id = ?').get(e.cadreId)) {
    throw notFound('村干部');
  }
  return {
    date: e.date,
    subject: e.subject,
    household_id: e.subject === 'household' ? e.householdId : null,
    member_id: e.subject === 'household' ? (e.memberId ?? null) : null,
    cadre_id: e.subject === 'cadre' ? e.cadreId : null,
    item_version_id: e.itemVersionId ?? null,
    grade: e.grade ?? null,
    points: e.points,
    kind: e.kind,
    note: e.note ?? '',
    photo: e.photo ?? null,
    source_type: e.sourceType,
    source_id: e.sourceId ?? null,
    corrects_seq: e.correctsSeq ?? null,
    posted_status: e.status,
    operator_id: e.operatorId,
    created_at: e.createdAt,
  };
}

/** The cached balance of a household (zeros before its first entry). */
export function householdBalance(db: Database, householdId: number): Balance {
  const b = prepared(db, 'SELECT earned, available, pending FROM household_balances WHERE household_id = ?').get(householdId) as Balance | undefined;
  return b ?? { earned: 0, available: 0, pending: 0 };
}

/** SQL for an entry's current status: its review decision, else how it was posted. */
export const STATUS_SQL = `coalesce((SELECT r.decision FROM reviews r WHERE r.entry_seq = e.seq), e.posted_status)`;

export function entryStatus(db: Database, seq: number): EntryStatus | null {
  const row = db.prepare(`SELECT ${STATUS_SQL} AS status FROM entries e WHERE e.seq = ?`).get(seq) as { status: EntryStatus } | undefined;
  return row?.status ?? null;
}

/** Balances recomputed from the ledger itself. */
const COMPUTED_SQL = `
  SELECT e.household_id AS householdId,
    coalesce(sum(CASE WHEN s.status = 'approved' AND e.kind = 'earn' THEN e.points END), 0) AS earned,
    coalesce(sum(CASE WHEN s.status = 'approved' THEN e.points END), 0) AS available,
    coalesce(sum(CASE WHEN s.status = 'pending' THEN e.points END), 0) AS pending
  FROM entries e JOIN (SELECT e.seq, ${STATUS_SQL} AS status FROM entries e) s ON s.seq = e.seq
  WHERE e.household_id IS NOT NULL
  GROUP BY e.household_id`;

export function computedBalances(db: Database): Map<number, Balance> {
  const rows = db.prepare(COMPUTED_SQL).all() as (Balance & { householdId: number })[];
  return new Map(rows.map(({ householdId, ...b }) => [householdId, b]));
}

export interface BalanceProblem {
  householdId: number;
  number: string;
  cached: Balance;
  computed: Balance;
}

/** Every household whose cached balance differs from the sums of its entries. */
export function checkBalances(db: Database): BalanceProblem[] {
  const computed = computedBalances(db);
  const cached = db
    .prepare('SELECT h.id AS householdId, h.number, b.earned, b.available, b.pending FROM households h LEFT JOIN household_balances b ON b.household_id = h.id')
    .all() as { householdId: number; number: string; earned: number | null; available: number | null; pending: number | null }[];
  const zero: Balance = { earned: 0, available: 0, pending: 0 };
  const problems: BalanceProblem[] = [];
  for (const c of cached) {
    const have: Balance = { earned: c.earned ?? 0, available: c.available ?? 0, pending: c.pending ?? 0 };
    const want = computed.get(c.householdId) ?? zero;
    if (have.earned !== want.earned || have.available !== want.available || have.pending !== want.pending) {
      problems.push({ householdId: c.householdId, number: c.number, cached: have, computed: want });
    }
  }
  return problems;
}
