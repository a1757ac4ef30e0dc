import type { Database } from 'better-sqlite3';
import type { ChecklistCode, DutyOverview } from '../contract/checklist.js';
import { STATUS_SQL } from '../ledger/entries.js';
import { coOwnersOf } from './items.js';

/** Monday of the week containing `date` (weeks start on Monday in Chinese offices). */
export function weekStart(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  const back = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - back);
  return d.toISOString().slice(0, 10);
}

/** Each cadre's assigned duty items with points (pending and approved) this week and month; and items with nobody assigned. */
export function dutyOverview(db: Database, date: string): DutyOverview {
  const week = weekStart(date);
  const month = `${date.slice(0, 7)}-01`;
  const items = db
    .prepare(
      `SELECT i.id, i.name, c.code AS checklistCode, i.cadre_id AS cadreId,
         coalesce((SELECT sum(e.points) FROM entries e JOIN item_versions v ON v.id = e.item_version_id
                   WHERE v.item_id = i.id AND e.cadre_id = i.cadre_id AND e.date >= ? AND e.date <= ? AND ${STATUS_SQL} <> 'rejected'), 0) AS week,
         coalesce((SELECT sum(e.points) FROM entries e JOIN item_versions v ON v.id = e.item_version_id
                   WHERE v.item_id = i.id AND e.cadre_id = i.cadre_id AND e.date >= ? AND e.date <= ? AND ${STATUS_SQL} <> 'rejected'), 0) AS month
       FROM items i JOIN checklists c ON c.id = i.checklist_id
       WHERE i.active = 1 AND i.subject = 'cadre' ORDER BY c.sort, i.sort, i.id`,
    )
    .all(week, date, month, date) as { id: number; name: string; checklistCode: ChecklistCode; cadreId: number | null; week: number; month: number }[];
  const coOwners = coOwnersOf(db);
  const cadres = db
    .prepare('SELECT id, name, post FROM cadres WHERE to_date IS NULL OR to_date >= ? ORDER BY id')
    .all(date) as { id: number; name: string; post: string }[];
  return {
    cadres: cadres.map((c) => {
      const mine = items.filter((i) => i.cadreId === c.id).map(({ cadreId: _c, ...i }) => ({ ...i, coOwnerIds: (coOwners.get(i.id) ?? []).map((o) => o.id) }));
      return {
        cadreId: c.id,
        cadreName: c.name,
        post: c.post,
        items: mine,
        week: mine.reduce((n, i) => n + i.week, 0),
        month: mine.reduce((n, i) => n + i.month, 0),
      };
    }),
    unassigned: items.filter((i) => i.cadreId === null).map(({ id, name, checklistCode }) => ({ id, name, checklistCode })),
  };
}
