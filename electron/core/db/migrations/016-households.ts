import { appendOnly } from './append-only.js';
import type { Migration } from './types.js';

/**
 * The villager side of 清单积分制.
 *
 * `dividend_items`: which household items a distribution counted, copied with
 * their names as they were (like the shares), so the signing sheet can print
 * "计入项目" whatever the checklist says later. Distributions recorded before
 * this version have no rows: they counted every item.
 *
 * `redemption_handovers`: how the goods of a redemption reach the household
 * (已领取 / 待领取 / 送货上门, then 已送达 or 已领取 later), one row per event;
 * the newest row is the current state. A redemption without rows was handed
 * over at the counter, as every redemption was before this version.
 */
export const households: Migration = {
  version: 16,
  name: 'households',
  up(db) {
    db.exec(`
      CREATE TABLE dividend_items (
        dividend_id INTEGER NOT NULL REFERENCES dividends(id),
        item_id INTEGER NOT NULL REFERENCES items(id),
        category TEXT NOT NULL,
        name TEXT NOT NULL,
        counted INTEGER NOT NULL CHECK (counted IN (0, 1)),
        PRIMARY KEY (dividend_id, item_id)
      ) STRICT;

      CREATE TABLE redemption_handovers (
        id INTEGER PRIMARY KEY,
        redemption_id INTEGER NOT NULL REFERENCES redemptions(id),
        status TEXT NOT NULL CHECK (status IN ('collected', 'waiting', 'delivery', 'delivered')),
        -- who handed the goods over (送货人 / 经手人); empty while still waiting
        handled_by TEXT NOT NULL DEFAULT '',
        date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        operator_id INTEGER NOT NULL REFERENCES operators(id),
        created_at TEXT NOT NULL,
        CHECK (status IN ('waiting', 'delivery') OR length(trim(handled_by)) > 0 OR status = 'collected')
      ) STRICT;
      CREATE INDEX redemption_handovers_redemption ON redemption_handovers(redemption_id, id);

      ${appendOnly('dividend_items', '分红计入项目')}
      ${appendOnly('redemption_handovers', '兑换交付记录')}
    `);
  },
};
