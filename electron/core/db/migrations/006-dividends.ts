import { appendOnly } from './append-only.js';
import type { Migration } from './types.js';


/**
 * Dividend distributions (分红) with their shares and the households left out,
 * and the yearly star-household (星级文明户) thresholds. All append-only:
 * a distribution is money paid out and is never edited; a changed threshold
 * is a new row, the latest per year applies. Households' number, head and
 * group are copied into the shares so a reprinted signing sheet shows what
 * was signed, whatever the roster says later.
 */
export const dividends: Migration = {
  version: 6,
  name: 'dividends',
  up(db) {
    db.exec(`
      CREATE TABLE dividends (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
        from_month TEXT NOT NULL CHECK (from_month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
        to_month TEXT NOT NULL CHECK (to_month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]' AND to_month >= from_month),
        min_points INTEGER CHECK (min_points > 0),
        total_points INTEGER NOT NULL CHECK (total_points > 0),
        basis_hash TEXT NOT NULL UNIQUE,
        operator_id INTEGER NOT NULL REFERENCES operators(id),
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE dividend_shares (
        dividend_id INTEGER NOT NULL REFERENCES dividends(id),
        household_id INTEGER NOT NULL REFERENCES households(id),
        number TEXT NOT NULL,
        head_name TEXT NOT NULL,
        group_name TEXT NOT NULL,
        points INTEGER NOT NULL CHECK (points > 0),
        share_fen INTEGER NOT NULL CHECK (share_fen >= 0),
        PRIMARY KEY (dividend_id, household_id)
      ) STRICT;

      CREATE TABLE dividend_exclusions (
        dividend_id INTEGER NOT NULL REFERENCES dividends(id),
        household_id INTEGER NOT NULL REFERENCES households(id),
        number TEXT NOT NULL,
        head_name TEXT NOT NULL,
        group_name TEXT NOT NULL,
        points INTEGER NOT NULL,
        reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
        PRIMARY KEY (dividend_id, household_id)
      ) STRICT;

      -- The shares can never add up to more than the amount; the code checks they reach it exactly.
      CREATE TRIGGER dividend_shares_within_amount BEFORE INSERT ON dividend_shares
      WHEN (SELECT coalesce(sum(share_fen), 0) FROM dividend_shares WHERE dividend_id = NEW.dividend_id) + NEW.share_fen
           > (SELECT amount_fen FROM dividends WHERE id = NEW.dividend_id)
      BEGIN SELECT RAISE(ABORT, '分红份额合计超过了分红金额'); END;

      CREATE TRIGGER dividend_exclusions_not_shared BEFORE INSERT ON dividend_exclusions
      WHEN EXISTS (SELECT 1 FROM dividend_shares WHERE dividend_id = NEW.dividend_id AND household_id = NEW.household_id)
      BEGIN SELECT RAISE(ABORT, '同一户不能既分红又被排除'); END;

      -- Points needed for 1 to 5 stars in a year; star1 is required, higher levels optional and increasing.
      CREATE TABLE star_rules (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        star1 INTEGER NOT NULL CHECK (star1 > 0),
        star2 INTEGER CHECK (star2 > star1),
        star3 INTEGER CHECK (star3 > star2),
        star4 INTEGER CHECK (star4 > star3),
        star5 INTEGER CHECK (star5 > star4),
        note TEXT NOT NULL DEFAULT '',
        operator_id INTEGER NOT NULL REFERENCES operators(id),
        created_at TEXT NOT NULL,
        CHECK ((star3 IS NULL OR star2 IS NOT NULL) AND (star4 IS NULL OR star3 IS NOT NULL) AND (star5 IS NULL OR star4 IS NOT NULL))
      ) STRICT;
      CREATE INDEX star_rules_year ON star_rules(year, id);

      ${appendOnly('dividends', '分红记录')}
      ${appendOnly('dividend_shares', '分红明细')}
      ${appendOnly('dividend_exclusions', '分红排除名单')}
      ${appendOnly('star_rules', '星级评定标准')}
    `);
  },
};
