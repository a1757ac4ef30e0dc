import { backfillLinks, chainTriggersSql, REGISTERS } from '../registers.js';
import { appendOnly } from './append-only.js';
import type { Migration } from './types.js';

/**
 * Chains every register that matters (stock moves, redemptions and voids,
 * month closures, publications, audit log; entries and reviews linked by their
 * own hash) and anchors each month closure to the heads of all chains.
 * Existing rows are linked in their natural order; closures before this
 * version get the heads at upgrade time as their anchor. Operators count
 * their lockouts, so each lasts longer.
 */
export const integrity: Migration = {
  version: 8,
  name: 'integrity',
  up(db) {
    db.exec(`
      CREATE TABLE chain_links (
        register TEXT NOT NULL,
        seq INTEGER NOT NULL CHECK (seq > 0),
        row_key ANY NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL,
        PRIMARY KEY (register, seq)
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE closure_anchors (
        month TEXT NOT NULL,
        register TEXT NOT NULL,
        seq INTEGER NOT NULL,
        hash TEXT NOT NULL,
        PRIMARY KEY (month, register)
      ) STRICT, WITHOUT ROWID;
      ${appendOnly('chain_links', '登记链')}
      ${appendOnly('closure_anchors', '结账锚点')}
      ALTER TABLE operators ADD COLUMN lockouts INTEGER NOT NULL DEFAULT 0;
    `);
    for (const r of REGISTERS) backfillLinks(db, r);
    db.exec(`
      INSERT INTO closure_anchors (month, register, seq, hash)
        SELECT c.month, l.register, l.seq, l.hash FROM month_closures c, chain_links l
        WHERE l.seq = (SELECT max(seq) FROM chain_links m WHERE m.register = l.register);
      ${chainTriggersSql()}
    `);
  },
};
