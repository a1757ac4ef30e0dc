import type { Migration } from './types.js';

/**
 * Office rosters say 长子, 次女, 妻: the relation stays one of the fixed kinds
 * (户主 rules and statistics use it), and the word the office used is kept beside
 * it, so an export and re-import give the sheet back as it was written.
 */
export const usability: Migration = {
  version: 12,
  name: 'usability',
  up(db) {
    db.exec(`ALTER TABLE members ADD COLUMN relation_detail TEXT NOT NULL DEFAULT ''`);
  },
};
