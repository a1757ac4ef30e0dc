import type { Database } from 'better-sqlite3';
import type { MonthRow } from '../contract/ledger.js';
import type { OperatorInfo } from '../contract/system.js';
import { UserError } from '../api/errors.js';
import { readSetting } from '../village/village.js';
import { appendChainedRows } from './chain.js';
import { assertMonthOpen, isMonthClosed, monthOf, STATUS_SQL } from './entries.js';

export const SELF_APPROVAL_SETTING = 'review.allowSelfApproval';

interface Reviewable {
  seq: number;
  date: string;
  operator_id: number;
  status: string;
}

/**
 * Records one decision per entry (append-only). Whoever recorded an entry
 * may not decide on it unless the village allows self-approval. Every entry
 * is checked before the first decision is written; the chain head is read once.
 */
export function reviewEntries(
  db: Database,
  input: { seqs: readonly number[]; decision: 'approved' | 'rejected'; reason: string },
  operator: OperatorInfo,
  now: string,
): number {
  const reason = input.reason.trim();
  if (input.decision === 'rejected' && !reason) throw new UserError('REASON_REQUIRED', '不通过必须填写理由');
  const allowSelf = readSetting(db, SELF_APPROVAL_SETTING, false);
  const get = db.prepare(`SELECT e.seq, e.date, e.operator_id, ${STATUS_SQL} AS status FROM entries e WHERE e.seq = ?`);
  const seen = new Set<number>();
  const decisions: Record<string, unknown>[] = [];
  for (const seq of input.seqs) {
    if (seen.has(seq)) continue;
    seen.add(seq);
    const e = get.get(seq) as Reviewable | undefined;
    if (!e) throw new UserError('UNKNOWN_ENTRY', `没有找到第 ${seq} 号积分记录`);
    if (e.status !== 'pending') throw new UserError('ALREADY_REVIEWED', `第 ${seq} 号记录已经审核过，不能重复审核`);
    assertMonthOpen(db, e.date);
    if (!allowSelf && e.operator_id === operator.id) {
      throw new UserError('SELF_REVIEW', `第 ${seq} 号记录是您本人录入的，不能由您审核（录入与审核须由不同的人完成）`);
    }
    decisions.push({ entry_seq: seq, decision: input.decision, reason, operator_id: operator.id, created_at: now });
  }
  appendChainedRows(db, 'reviews', decisions);
  return seen.size;
}

export function listMonths(db: Database): MonthRow[] {
  const rows = db
    .prepare(
      `SELECT m.month,
         coalesce(sum(s.status = 'pending'), 0) AS pending,
         coalesce(sum(s.status = 'approved'), 0) AS approved,
         coalesce(sum(s.status = 'rejected'), 0) AS rejected,
         EXISTS (SELECT 1 FROM month_closures c WHERE c.month = m.month) AS closed
       FROM (SELECT substr(date, 1, 7) AS month FROM entries UNION SELECT month FROM month_closures) m
       LEFT JOIN (SELECT substr(e.date, 1, 7) AS month, ${STATUS_SQL} AS status FROM entries e) s ON s.month = m.month
       GROUP BY m.month`,
    )
    .all() as (Omit<MonthRow, 'closed'> & { closed: number })[];
  // Sorted in code: ORDER BY on this grouped UNION came back ascending.
  return rows.map((r) => ({ ...r, closed: r.closed === 1 })).sort((a, b) => b.month.localeCompare(a.month));
}

/**
 * Closes a month once nothing in it is pending; it then takes no entries and
 * no review changes. The month must be over: closed on the 5th, every
 * redemption and all scoring would fail for the rest of it. An admin may
 * close early by stating why (`early` gives the reason; the caller audits it).
 */
export function closeMonth(db: Database, month: string, today: string, operator: OperatorInfo, now: string, early: string = ''): MonthRow {
  if (isMonthClosed(db, month)) throw new UserError('MONTH_CLOSED', `${month} 已经结账`);
  if (month > monthOf(today)) throw new UserError('FUTURE_MONTH', `${month} 还没有到，不能结账`);
  if (month !== monthOf(today) && !operator.roles.includes('reviewer')) throw new UserError('FORBIDDEN', '月度结账由审核员办理');
  if (month === monthOf(today)) {
    if (!operator.roles.includes('admin')) throw new UserError('MONTH_NOT_OVER', `${month} 还没有过完，月底以后才能结账；确需提前结账，请管理员填写理由后办理`);
    if (!early.trim()) throw new UserError('MONTH_NOT_OVER', `${month} 还没有过完。提前结账后本月不能再记分和兑换，请填写提前结账的理由`);
  }
  const pending = db
    .prepare(`SELECT count(*) AS n FROM entries e WHERE substr(e.date, 1, 7) = ? AND ${STATUS_SQL} = 'pending'`)
    .get(month) as { n: number };
  if (pending.n > 0) throw new UserError('PENDING_LEFT', `${month} 还有 ${pending.n} 条待审核的记录，全部审核后才能结账`);
  db.prepare('INSERT INTO month_closures (month, operator_id, created_at) VALUES (?, ?, ?)').run(month, operator.id, now);
  return listMonths(db).find((m) => m.month === month) ?? { month, pending: 0, approved: 0, rejected: 0, closed: true };
}
