import type { Migration } from './types.js';

/** Village, groups, operators, households, members, cadres, settings. */
export const foundation: Migration = {
  version: 1,
  name: 'foundation',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE village (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        uid TEXT NOT NULL,
        installation TEXT NOT NULL CHECK (installation IN ('village', 'township')),
        name TEXT NOT NULL,
        township TEXT NOT NULL,
        county TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE groups (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        sort INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE operators (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        pin_hash TEXT NOT NULL,
        roles TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        failed_attempts INTEGER NOT NULL DEFAULT 0,
        locked_until TEXT,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE households (
        id INTEGER PRIMARY KEY,
        number TEXT NOT NULL UNIQUE,
        group_id INTEGER NOT NULL REFERENCES groups(id),
        address TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'moved', 'cancelled')),
        note TEXT NOT NULL DEFAULT '',
        head_name TEXT NOT NULL DEFAULT '',
        member_count INTEGER NOT NULL DEFAULT 0,
        search_text TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX households_group ON households(group_id);

      CREATE TABLE members (
        id INTEGER PRIMARY KEY,
        household_id INTEGER NOT NULL REFERENCES households(id),
        name TEXT NOT NULL,
        relation TEXT NOT NULL,
        gender TEXT CHECK (gender IN ('male', 'female')),
        birth_year INTEGER,
        id_card TEXT,
        phone TEXT,
        sort INTEGER NOT NULL DEFAULT 0
      ) STRICT;
      CREATE INDEX members_household ON members(household_id);
      -- at most one head per household; "at least one" is checked on save
      CREATE UNIQUE INDEX members_one_head ON members(household_id) WHERE relation = '户主';
      CREATE UNIQUE INDEX members_id_card ON members(id_card) WHERE id_card IS NOT NULL;

      CREATE TABLE cadres (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        post TEXT NOT NULL,
        phone TEXT,
        from_date TEXT NOT NULL,
        to_date TEXT,
        note TEXT NOT NULL DEFAULT ''
      ) STRICT;
    `);
  },
};
