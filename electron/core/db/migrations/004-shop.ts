import { appendOnly } from './append-only.js';
import type { Migration } from './types.js';


/**
 * The points supermarket: goods, an append-only ledger of stock moves with a
 * cached stock per goods kept by trigger (so it can never drift from the sum
 * of moves, and the CHECK refuses any move that would take it below zero),
 * redemptions with the price used on every line, and voids as new rows.
 */
export const shop: Migration = {
  version: 4,
  name: 'shop',
  up(db) {
    db.exec(`
      CREATE TABLE goods (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        category TEXT NOT NULL,
        unit TEXT NOT NULL,
        price INTEGER NOT NULL CHECK (price > 0),
        barcode TEXT UNIQUE,
        -- 0: a service (haircut, repair) with no stock
        tracked INTEGER NOT NULL CHECK (tracked IN (0, 1)),
        low_stock INTEGER NOT NULL DEFAULT 0 CHECK (low_stock >= 0),
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX goods_name ON goods(name);
      CREATE TRIGGER goods_no_delete BEFORE DELETE ON goods
      BEGIN SELECT RAISE(ABORT, '商品不能删除，请改为停用'); END;

      -- Written only by the trigger below, in the same transaction as the move.
      CREATE TABLE goods_stock (
        goods_id INTEGER PRIMARY KEY REFERENCES goods(id),
        stock INTEGER NOT NULL CHECK (stock >= 0)
      ) STRICT;

      CREATE TABLE redemptions (
        id INTEGER PRIMARY KEY,
        number TEXT NOT NULL UNIQUE,
        -- made by the cashier screen when the cart opens; a retry with it returns this row
        idem_key TEXT NOT NULL UNIQUE,
        cart_hash TEXT NOT NULL,
        household_id INTEGER NOT NULL REFERENCES households(id),
        -- who collected for the household (代领), empty when the household came itself
        collector TEXT NOT NULL DEFAULT '',
        total INTEGER NOT NULL CHECK (total > 0),
        available_before INTEGER NOT NULL,
        available_after INTEGER NOT NULL CHECK (available_after >= 0),
        entry_seq INTEGER NOT NULL REFERENCES entries(seq),
        date TEXT NOT NULL,
        operator_id INTEGER NOT NULL REFERENCES operators(id),
        created_at TEXT NOT NULL,
        CHECK (available_before - total = available_after)
      ) STRICT;
      CREATE INDEX redemptions_date ON redemptions(date);
      CREATE INDEX redemptions_household ON redemptions(household_id);

      CREATE TABLE redemption_lines (
        redemption_id INTEGER NOT NULL REFERENCES redemptions(id),
        line_no INTEGER NOT NULL,
        goods_id INTEGER NOT NULL REFERENCES goods(id),
        -- name, unit and price as they were: a later edit of the goods never changes a receipt
        name TEXT NOT NULL,
        unit TEXT NOT NULL,
        price INTEGER NOT NULL CHECK (price > 0),
        quantity INTEGER NOT NULL CHECK (quantity > 0),
        PRIMARY KEY (redemption_id, line_no)
      ) STRICT;

      CREATE TABLE redemption_voids (
        redemption_id INTEGER PRIMARY KEY REFERENCES redemptions(id),
        reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
        entry_seq INTEGER NOT NULL REFERENCES entries(seq),
        date TEXT NOT NULL,
        operator_id INTEGER NOT NULL REFERENCES operators(id),
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE stock_moves (
        id INTEGER PRIMARY KEY,
        goods_id INTEGER NOT NULL REFERENCES goods(id),
        kind TEXT NOT NULL CHECK (kind IN ('purchase', 'donation', 'redemption', 'void', 'stocktake')),
        quantity INTEGER NOT NULL CHECK (quantity <> 0),
        date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        donor_kind TEXT CHECK (donor_kind IN ('person', 'enterprise', 'unit')),
        donor_name TEXT,
        -- purchase cost in fen, when known
        cost_fen INTEGER CHECK (cost_fen >= 0),
        reason TEXT NOT NULL DEFAULT '',
        redemption_id INTEGER REFERENCES redemptions(id),
        operator_id INTEGER NOT NULL REFERENCES operators(id),
        created_at TEXT NOT NULL,
        CHECK (kind NOT IN ('purchase', 'donation', 'void') OR quantity > 0),
        CHECK (kind <> 'redemption' OR quantity < 0),
        CHECK ((kind = 'donation') = (donor_kind IS NOT NULL AND length(trim(donor_name)) > 0)),
        CHECK (kind <> 'stocktake' OR length(trim(reason)) > 0),
        CHECK ((kind IN ('redemption', 'void')) = (redemption_id IS NOT NULL))
      ) STRICT;
      CREATE INDEX stock_moves_goods ON stock_moves(goods_id, date);
      CREATE INDEX stock_moves_date ON stock_moves(date);

      CREATE TRIGGER stock_moves_tracked BEFORE INSERT ON stock_moves
      WHEN (SELECT tracked FROM goods WHERE id = NEW.goods_id) IS NOT 1
      BEGIN SELECT RAISE(ABORT, '服务类商品没有库存'); END;

      CREATE TRIGGER stock_on_move AFTER INSERT ON stock_moves
      BEGIN
        INSERT OR IGNORE INTO goods_stock (goods_id, stock) VALUES (NEW.goods_id, 0);
        UPDATE goods_stock SET stock = stock + NEW.quantity WHERE goods_id = NEW.goods_id;
      END;

      CREATE TRIGGER goods_untracked_with_stock BEFORE UPDATE OF tracked ON goods
      WHEN NEW.tracked = 0 AND coalesce((SELECT stock FROM goods_stock WHERE goods_id = NEW.id), 0) <> 0
      BEGIN SELECT RAISE(ABORT, '商品还有库存，不能改为服务类'); END;

      ${appendOnly('stock_moves', '库存流水')}
      ${appendOnly('redemptions', '兑换记录')}
      ${appendOnly('redemption_lines', '兑换明细')}
      ${appendOnly('redemption_voids', '作废记录')}
    `);
  },
};
