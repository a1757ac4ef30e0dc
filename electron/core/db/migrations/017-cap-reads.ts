import type { Migration } from './types.js';

/**
 * The cap check reads every entry of the households' year on each 记分 (a batch reads a thousand
 * households' year). It ran on the (household_id, date) index plus a lookup of every entry's row
 * and of its review: two thirds of a 1,000-household batch. The household index now carries the
 * few columns that read needs, so it never touches the rows, and the rejected decisions — a few
 * among many approvals — get their own small index, read once per check instead of once per entry.
 * Rebuilding the index on a large village takes a few seconds, once, at the upgrade.
 */
export const capReads: Migration = {
  version: 17,
  name: 'cap-reads',
  up(db) {
    db.exec(`
      DROP INDEX entries_household;
      CREATE INDEX entries_household ON entries(household_id, date, item_version_id, kind, points);
      CREATE INDEX reviews_rejected ON reviews(entry_seq) WHERE decision = 'rejected';
    `);
  },
};
