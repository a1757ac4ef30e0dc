import type { Database } from 'better-sqlite3';
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type { dividendInput, DividendDetail, DividendItem, DividendPreview, DividendSummary, ExcludedRow, ShareRow } from '../contract/dividend.js';
import { notFound, UserError } from '../api/errors.js';
import { periodOpenness, periodPoints } from '../stats/points.js';
import { allocate } from './allocate.js';

type Request = z.output<typeof dividendInput>;

/** Who gets what: eligibility first, then the largest-remainder split of the amount. */
export function previewDividend(db: Database, req: Request): DividendPreview {
  const items = dividendItems(db, req.leftOutItems);
  const households = periodPoints(db, req.fromMonth, req.toMonth, req.leftOutItems);
  const byId = new Map(households.map((h) => [h.householdId, h]));
  const excludedFor = new Map<number, string>();
  for (const x of req.exclusions) {
    if (!byId.has(x.householdId)) {
      const h = db.prepare('SELECT number, head_name AS headName FROM households WHERE id = ?').get(x.householdId) as { number: string; headName: string } | undefined;
      throw new UserError('NOT_ELIGIBLE_ANYWAY', h ? `户号 ${h.number}（${h.headName}）不是在册农户，本来就不参与分红，请从排除名单中去掉` : '排除名单里有不存在的农户，请重新选择');
    }
    excludedFor.set(x.householdId, x.reason.trim());
  }
  const shares: Omit<ShareRow, 'shareFen'>[] = [];
  const excluded: ExcludedRow[] = [];
  for (const h of households) {
    const row = { householdId: h.householdId, number: h.number, headName: h.headName, groupName: h.groupName, points: h.points };
    const reason =
      excludedFor.get(h.householdId) ??
      (h.points <= 0 ? '期间内没有获得积分' : req.minPoints !== null && h.points < req.minPoints ? `积分不足 ${req.minPoints} 分` : null);
    if (reason) excluded.push({ ...row, reason });
    else shares.push(row);
  }
  const totalPoints = shares.reduce((n, s) => n + s.points, 0);
  if (totalPoints === 0) {
    throw new UserError(
      'NO_POINTS',
      `${req.fromMonth} 至 ${req.toMonth} 期间没有符合条件的农户获得已审核通过的积分，无法按积分分红。请检查期间、最低积分和排除名单，或先完成该期间的审核。`,
    );
  }
  const split = allocate(req.amount, shares);
  const withShares = shares.map((s) => ({ ...s, shareFen: split.get(s.householdId) ?? 0 })).sort(bySheetOrder);
  excluded.sort(bySheetOrder);
  const basis = {
    title: req.title,
    amountFen: req.amount,
    fromMonth: req.fromMonth,
    toMonth: req.toMonth,
    minPoints: req.minPoints,
    // Only when items are left out, so a distribution's fingerprint is the same as before items could be chosen.
    ...(req.leftOutItems.length ? { leftOutItems: [...req.leftOutItems].sort((a, b) => a - b) } : {}),
    shares: withShares.map((s) => [s.householdId, s.points, s.shareFen]),
    excluded: excluded.map((x) => [x.householdId, x.points, x.reason]),
  };
  return {
    title: req.title,
    amountFen: req.amount,
    fromMonth: req.fromMonth,
    toMonth: req.toMonth,
    minPoints: req.minPoints,
    totalPoints,
    shares: withShares,
    excluded,
    items,
    ...periodOpenness(db, req.fromMonth, req.toMonth),
    basisHash: createHash('sha256').update(JSON.stringify(basis)).digest('hex'),
  };
}

/**
 * Every household item with whether it counts. An id that is not a household
 * item is refused: leaving out something that does not exist would print a
 * "计入项目" line that is not what was meant.
 */
function dividendItems(db: Database, leftOut: readonly number[]): DividendItem[] {
  const items = (
    db
      .prepare(
        `SELECT i.id AS itemId, i.category, i.name FROM items i JOIN checklists c ON c.id = i.checklist_id
         WHERE i.subject = 'household' ORDER BY c.sort, i.sort, i.id`,
      )
      .all() as Omit<DividendItem, 'counted'>[]
  ).map((i) => ({ ...i, counted: !leftOut.includes(i.itemId) }));
  const known = new Set(items.map((i) => i.itemId));
  if (leftOut.some((id) => !known.has(id))) throw new UserError('UNKNOWN_ITEM', '不计入分红的项目里有不存在的农户积分事项，请重新选择');
  if (items.length > 0 && items.every((i) => !i.counted)) throw new UserError('NO_ITEMS', '不计入分红的项目包含了全部事项，请至少留一项计入分红');
  return items;
}

/** By 户号, which begins with the group's number: the order households come to sign. */
function bySheetOrder(a: { number: string }, b: { number: string }): number {
  return a.number < b.number ? -1 : a.number > b.number ? 1 : 0;
}

/**
 * Records what the operator previewed, in the caller's transaction. Refuses
 * when the data moved since the preview (the shares would differ from what was
 * looked at) and when the same distribution was already recorded (a second
 * click, or a second window).
 */
export function recordDividend(db: Database, req: Request & { basisHash: string }, operatorId: number, createdAt: string): DividendDetail {
  const preview = previewDividend(db, req);
  const earlier = db.prepare('SELECT id FROM dividends WHERE basis_hash = ?').get(preview.basisHash) as { id: number } | undefined;
  if (earlier) throw new UserError('ALREADY_RECORDED', `这次分红已经登记过了（第 ${earlier.id} 号），不能重复登记`);
  if (preview.basisHash !== req.basisHash) {
    throw new UserError('STALE_PREVIEW', '预览之后积分或名单有了变化，分红结果会不同。请重新预览，核对后再确认。');
  }
  const id = Number(
    db
      .prepare(
        `INSERT INTO dividends (title, amount_fen, from_month, to_month, min_points, total_points, basis_hash, operator_id, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(preview.title, preview.amountFen, preview.fromMonth, preview.toMonth, preview.minPoints, preview.totalPoints, preview.basisHash, operatorId, createdAt)
      .lastInsertRowid,
  );
  const share = db.prepare(
    'INSERT INTO dividend_shares (dividend_id, household_id, number, head_name, group_name, points, share_fen) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  for (const s of preview.shares) share.run(id, s.householdId, s.number, s.headName, s.groupName, s.points, s.shareFen);
  const exclusion = db.prepare(
    'INSERT INTO dividend_exclusions (dividend_id, household_id, number, head_name, group_name, points, reason) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  for (const x of preview.excluded) exclusion.run(id, x.householdId, x.number, x.headName, x.groupName, x.points, x.reason);
  const item = db.prepare('INSERT INTO dividend_items (dividend_id, item_id, category, name, counted) VALUES (?, ?, ?, ?, ?)');
  for (const i of preview.items) item.run(id, i.itemId, i.category, i.name, i.counted ? 1 : 0);
  const detail = getDividend(db, id);
  // The allocation guarantees this; checking it here keeps a future change from recording a wrong sheet.
  if (detail.shares.reduce((n, s) => n + s.shareFen, 0) !== detail.amountFen) throw new Error('dividend shares do not add up to the amount');
  return detail;
}

const SUMMARY_SQL = `
  SELECT d.id, d.title, d.amount_fen AS amountFen, d.from_month AS fromMonth, d.to_month AS toMonth, d.min_points AS minPoints,
         (SELECT count(*) FROM dividend_shares s WHERE s.dividend_id = d.id) AS households,
         d.total_points AS totalPoints, o.name AS operatorName, d.created_at AS createdAt
  FROM dividends d JOIN operators o ON o.id = d.operator_id`;

export function listDividends(db: Database): DividendSummary[] {
  return (db.prepare(`${SUMMARY_SQL} ORDER BY d.id DESC`).all() as (DividendSummary & { minPoints: number | null })[]).map(
    ({ minPoints: _m, ...s }) => s,
  );
}

export function getDividend(db: Database, id: number): DividendDetail {
  const d = db.prepare(`${SUMMARY_SQL} WHERE d.id = ?`).get(id) as Omit<DividendDetail, 'shares' | 'excluded'> | undefined;
  if (!d) throw notFound('分红记录');
  const shares = db
    .prepare(
      `SELECT household_id AS householdId, number, head_name AS headName, group_name AS groupName, points, share_fen AS shareFen
       FROM dividend_shares WHERE dividend_id = ? ORDER BY number`,
    )
    .all(id) as ShareRow[];
  const excluded = db
    .prepare(
      `SELECT household_id AS householdId, number, head_name AS headName, group_name AS groupName, points, reason
       FROM dividend_exclusions WHERE dividend_id = ? ORDER BY number`,
    )
    .all(id) as ExcludedRow[];
  const items = (
    db.prepare('SELECT item_id AS itemId, category, name, counted FROM dividend_items WHERE dividend_id = ? ORDER BY rowid').all(id) as (Omit<DividendItem, 'counted'> & { counted: number })[]
  ).map((i) => ({ ...i, counted: i.counted === 1 }));
  return { ...d, shares, excluded, items };
}
