import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { cardsInput } from '../contract/publications.js';
import type { CardHousehold } from '../pdf/documents/cardSheet.js';

/** Active households for the card sheet, in group then number order. */
export function cardHouseholds(db: Database, q: z.output<typeof cardsInput>): CardHousehold[] {
  const rows = db
    .prepare(
      `SELECT h.id, h.number, h.head_name AS headName, g.name AS groupName FROM households h JOIN groups g ON g.id = h.group_id
       WHERE h.status = 'active' AND (? IS NULL OR h.group_id = ?) ORDER BY g.sort, h.number`,
    )
    .all(q.groupId, q.groupId) as (CardHousehold & { id: number })[];
  const wanted = new Set(q.householdIds);
  return rows.filter((r) => wanted.size === 0 || wanted.has(r.id)).map(({ id: _id, ...h }) => h);
}

/** Every name on the roster, for the rare-character check before anything is printed. */
export function rosterNames(db: Database): string[] {
  const members = db.prepare(`SELECT m.name FROM members m JOIN households h ON h.id = m.household_id WHERE h.status = 'active'`).all() as { name: string }[];
  const cadres = db.prepare('SELECT name FROM cadres').all() as { name: string }[];
  return [...members, ...cadres].map((r) => r.name);
}
