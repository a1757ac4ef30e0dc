import type { Database } from 'better-sqlite3';
import type { Cadence, ChecklistCode } from '../contract/checklist.js';
import { STATUS_SQL } from '../ledger/entries.js';
import { addDays, lastDayOfMonth, mondayOf } from '../publications/periods.js';

export interface Span {
  from: string;
  to: string;
}

/** The cadence period (week, month, quarter, year) containing `date`; per-time items have none. */
export function cadenceSpan(cadence: Cadence, date: string): Span | null {
  const y = date.slice(0, 4);
  switch (cadence) {
    case 'per-time':
      return null;
    case 'weekly': {
      const from = mondayOf(date);
      return { from, to: addDays(from, 6) };
    }
    case 'monthly':
      return { from: `${date.slice(0, 7)}-01`, to: lastDayOfMonth(date.slice(0, 7)) };
    case 'quarterly': {
      const first = Math.floor((Number(date.slice(5, 7)) - 1) / 3) * 3 + 1;
      const start = `${y}-${String(first).padStart(2, '0')}`;
      const end = `${y}-${String(first + 2).padStart(2, '0')}`;
      return { from: `${start}-01`, to: lastDayOfMonth(end) };
    }
    case 'yearly':
      return { from: `${y}-01-01`, to: `${y}-12-31` };
  }
}

/**
 * The cadence periods an item must be done in that end inside `block`: a
 * weekly item is due once in each week, a monthly item only in the week (or
 * month, quarter) where its month ends — so a yearly item is not "open" every
 * week, only in the notice that covers the year's end.
 */
export function dueSpans(cadence: Cadence, block: Span): Span[] {
  const out: Span[] = [];
  let day = block.from;
  while (day <= block.to) {
    const span = cadenceSpan(cadence, day);
    if (!span) return [];
    if (span.to <= block.to) out.push(span);
    day = addDays(span.to, 1);
  }
  return out;
}

export interface DueItem {
  itemId: number;
  name: string;
  checklistCode: ChecklistCode;
  cadence: Cadence;
  /** Cadence periods due in the block, and how many of them have an entry. */
  due: number;
  done: number;
  /** Points recorded on the item for its owners in the block (pending and approved). */
  points: number;
}

export interface CadreDue {
  cadreId: number;
  name: string;
  post: string;
  items: DueItem[];
  due: number;
  done: number;
  /** Whole percent of due periods done; null when nothing fell due. */
  rate: number | null;
  points: number;
}

export const completionRate = (done: number, due: number): number | null => (due === 0 ? null : Math.floor((done * 100) / due));

/**
 * Per current cadre, the items they own (main owner) that fall due in the
 * block, done or open, plus per-time items done in it. Work by a co-owner
 * counts for the item. Rejected entries do not count.
 */
export function cadreDuties(db: Database, block: Span): CadreDue[] {
  const cadres = db
    .prepare('SELECT id, name, post FROM cadres WHERE from_date <= ? AND (to_date IS NULL OR to_date >= ?) ORDER BY id')
    .all(block.to, block.from) as { id: number; name: string; post: string }[];
  const items = db
    .prepare(
      `SELECT i.id, i.name, c.code AS checklistCode, i.cadence, i.cadre_id AS cadreId FROM items i JOIN checklists c ON c.id = i.checklist_id
       WHERE i.active = 1 AND i.subject = 'cadre' AND i.cadre_id IS NOT NULL ORDER BY c.sort, i.sort, i.id`,
    )
    .all() as { id: number; name: string; checklistCode: ChecklistCode; cadence: Cadence; cadreId: number }[];
  // Entries back to the start of the year cover every cadence span that can end inside the block.
  const since = `${block.from.slice(0, 4)}-01-01`;
  const entries = db
    .prepare(
      `SELECT v.item_id AS itemId, e.date, e.points FROM entries e JOIN item_versions v ON v.id = e.item_version_id
       JOIN items i ON i.id = v.item_id
       WHERE e.subject = 'cadre' AND e.date >= ? AND e.date <= ? AND ${STATUS_SQL} <> 'rejected'
         AND (e.cadre_id = i.cadre_id OR e.cadre_id IN (SELECT cadre_id FROM item_co_owners WHERE item_id = i.id))`,
    )
    .all(since, block.to) as { itemId: number; date: string; points: number }[];
  const byItem = new Map<number, { date: string; points: number }[]>();
  for (const { itemId, ...e } of entries) byItem.set(itemId, [...(byItem.get(itemId) ?? []), e]);

  return cadres.map((c) => {
    const mine: DueItem[] = [];
    for (const i of items.filter((x) => x.cadreId === c.id)) {
      const es = byItem.get(i.id) ?? [];
      const points = es.filter((e) => e.date >= block.from).reduce((n, e) => n + e.points, 0);
      const spans = dueSpans(i.cadence, block);
      const done = spans.filter((s) => es.some((e) => e.date >= s.from && e.date <= s.to)).length;
      const doneInBlock = es.some((e) => e.date >= block.from);
      if (spans.length === 0 && !doneInBlock) continue;
      mine.push({ itemId: i.id, name: i.name, checklistCode: i.checklistCode, cadence: i.cadence, due: spans.length, done, points });
    }
    const due = mine.reduce((n, i) => n + i.due, 0);
    const done = mine.reduce((n, i) => n + i.done, 0);
    return { cadreId: c.id, name: c.name, post: c.post, items: mine, due, done, rate: completionRate(done, due), points: mine.reduce((n, i) => n + i.points, 0) };
  });
}
