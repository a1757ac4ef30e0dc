import type { Migration } from './types.js';

/**
 * The cadre side of 清单积分制: how often an item falls due (cadence), items
 * only party members' households may earn (党员带头), co-owners besides the
 * main owner (items.cadre_id), and the 党员 flag on members.
 */
export const cadre: Migration = {
  version: 9,
  name: 'cadre',
  up(db) {
    db.exec(`
      ALTER TABLE items ADD COLUMN cadence TEXT NOT NULL DEFAULT 'per-time'
        CHECK (cadence IN ('per-time', 'weekly', 'monthly', 'quarterly', 'yearly'));
      ALTER TABLE items ADD COLUMN party_only INTEGER NOT NULL DEFAULT 0 CHECK (party_only IN (0, 1));
      ALTER TABLE items ADD COLUMN evidence TEXT NOT NULL DEFAULT '';
      -- Items of earlier versions: monthly and yearly units already say how often they fall due.
      UPDATE items SET cadence = 'monthly' WHERE id IN
        (SELECT item_id FROM item_versions v WHERE v.unit = 'per-month' AND v.version = (SELECT max(version) FROM item_versions WHERE item_id = v.item_id));
      UPDATE items SET cadence = 'yearly' WHERE id IN
        (SELECT item_id FROM item_versions v WHERE v.unit = 'per-year' AND v.version = (SELECT max(version) FROM item_versions WHERE item_id = v.item_id));

      CREATE TABLE item_co_owners (
        item_id INTEGER NOT NULL REFERENCES items(id),
        cadre_id INTEGER NOT NULL REFERENCES cadres(id),
        PRIMARY KEY (item_id, cadre_id)
      ) STRICT;

      ALTER TABLE members ADD COLUMN party_member INTEGER NOT NULL DEFAULT 0 CHECK (party_member IN (0, 1));
    `);
  },
};
