import type { Migration } from './types.js';

/**
 * Transfer packages. Village side: the signing key (private half never leaves
 * this file) and the export history. Township side: trusted village keys
 * (trust on first use), import receipts, and the newest package's rows per village.
 */
export const township: Migration = {
  version: 7,
  name: 'township',
  up(db) {
    db.exec(`
      CREATE TABLE transfer_key (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        public_key TEXT NOT NULL,
        private_key TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE transfer_exports (
        sequence INTEGER PRIMARY KEY,
        period TEXT NOT NULL,
        file_name TEXT NOT NULL,
        package_hash TEXT NOT NULL,
        created_at TEXT NOT NULL,
        operator_id INTEGER REFERENCES operators(id)
      ) STRICT;

      CREATE TABLE township_villages (
        uid TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        township TEXT NOT NULL,
        county TEXT NOT NULL,
        public_key TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        first_seen_at TEXT NOT NULL,
        sequence INTEGER NOT NULL,
        period TEXT NOT NULL,
        package_created_at TEXT NOT NULL,
        package_hash TEXT NOT NULL,
        imported_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE township_receipts (
        id INTEGER PRIMARY KEY,
        village_uid TEXT NOT NULL REFERENCES township_villages(uid),
        sequence INTEGER NOT NULL,
        period TEXT NOT NULL,
        file_name TEXT NOT NULL,
        file_sha256 TEXT NOT NULL,
        package_hash TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        operator_id INTEGER REFERENCES operators(id),
        UNIQUE (village_uid, sequence)
      ) STRICT;

      CREATE TABLE township_groups (
        village_uid TEXT NOT NULL REFERENCES township_villages(uid),
        id INTEGER NOT NULL,
        name TEXT NOT NULL,
        sort INTEGER NOT NULL,
        PRIMARY KEY (village_uid, id)
      ) STRICT;

      CREATE TABLE township_households (
        village_uid TEXT NOT NULL REFERENCES township_villages(uid),
        id INTEGER NOT NULL,
        number TEXT NOT NULL,
        group_id INTEGER NOT NULL,
        status TEXT NOT NULL,
        head_name TEXT NOT NULL,
        member_count INTEGER NOT NULL,
        PRIMARY KEY (village_uid, id)
      ) STRICT;

      CREATE TABLE township_cadres (
        village_uid TEXT NOT NULL REFERENCES township_villages(uid),
        id INTEGER NOT NULL,
        name TEXT NOT NULL,
        post TEXT NOT NULL,
        from_date TEXT NOT NULL,
        to_date TEXT,
        PRIMARY KEY (village_uid, id)
      ) STRICT;

      CREATE TABLE township_items (
        village_uid TEXT NOT NULL REFERENCES township_villages(uid),
        id INTEGER NOT NULL,
        checklist TEXT NOT NULL,
        name TEXT NOT NULL,
        subject TEXT NOT NULL,
        cadre_id INTEGER,
        active INTEGER NOT NULL,
        PRIMARY KEY (village_uid, id)
      ) STRICT;

      CREATE TABLE township_entries (
        village_uid TEXT NOT NULL REFERENCES township_villages(uid),
        seq INTEGER NOT NULL,
        date TEXT NOT NULL,
        subject TEXT NOT NULL,
        household_id INTEGER,
        cadre_id INTEGER,
        item_id INTEGER,
        points INTEGER NOT NULL,
        kind TEXT NOT NULL,
        source_type TEXT NOT NULL,
        status TEXT NOT NULL,
        hash TEXT NOT NULL,
        PRIMARY KEY (village_uid, seq)
      ) STRICT;
      CREATE INDEX township_entries_date ON township_entries(village_uid, date);
      CREATE INDEX township_entries_item ON township_entries(village_uid, item_id, date);
    `);
  },
};
