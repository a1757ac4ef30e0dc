import { fillVillageStats } from '../../township/stats.js';
import { appendOnly } from './append-only.js';
import type { Migration } from './types.js';

/**
 * Township side of packages format 2. Every chain head seen per village (the
 * township's memory of each village's history, append-only); the newest
 * package's month closures with their anchors and its publications register;
 * villages accepted from another township or county; and per-village figures
 * filled at import, so the dashboard reads one row per village instead of
 * walking every village's entries. Villages imported before this version get
 * their figures now.
 */
export const townshipRhythm: Migration = {
  version: 13,
  name: 'township-rhythm',
  up(db) {
    db.exec(`
      CREATE TABLE township_chain_heads (
        village_uid TEXT NOT NULL REFERENCES township_villages(uid),
        register TEXT NOT NULL,
        seq INTEGER NOT NULL CHECK (seq > 0),
        hash TEXT NOT NULL,
        package_sequence INTEGER NOT NULL,
        PRIMARY KEY (village_uid, register, seq)
      ) STRICT, WITHOUT ROWID;
      ${appendOnly('township_chain_heads', '各村登记链末端')}

      CREATE TABLE township_closures (
        village_uid TEXT NOT NULL REFERENCES township_villages(uid),
        month TEXT NOT NULL,
        closed_at TEXT NOT NULL,
        PRIMARY KEY (village_uid, month)
      ) STRICT, WITHOUT ROWID;
      -- the dashboard reads one year of every village's closures and notices: covering, so years of history are not walked
      CREATE INDEX township_closures_month ON township_closures(month, closed_at);

      CREATE TABLE township_closure_anchors (
        village_uid TEXT NOT NULL REFERENCES township_villages(uid),
        month TEXT NOT NULL,
        register TEXT NOT NULL,
        seq INTEGER NOT NULL,
        hash TEXT NOT NULL,
        PRIMARY KEY (village_uid, month, register)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE township_publications (
        village_uid TEXT NOT NULL REFERENCES township_villages(uid),
        id INTEGER NOT NULL,
        kind TEXT NOT NULL,
        period TEXT NOT NULL,
        issued_at TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        PRIMARY KEY (village_uid, id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX township_publications_period ON township_publications(period, kind, issued_at);

      CREATE TABLE township_accepted_villages (
        village_uid TEXT PRIMARY KEY,
        village_name TEXT NOT NULL,
        township TEXT NOT NULL,
        county TEXT NOT NULL,
        operator_id INTEGER REFERENCES operators(id),
        accepted_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE township_village_totals (
        village_uid TEXT PRIMARY KEY REFERENCES township_villages(uid),
        households INTEGER NOT NULL,
        groups INTEGER NOT NULL,
        cadres INTEGER NOT NULL,
        duty_items INTEGER NOT NULL,
        first_month TEXT
      ) STRICT;

      CREATE TABLE township_period_stats (
        village_uid TEXT NOT NULL REFERENCES township_villages(uid),
        period TEXT NOT NULL,
        participating INTEGER NOT NULL,
        issued INTEGER NOT NULL,
        redeemed INTEGER NOT NULL,
        duty_done INTEGER NOT NULL,
        PRIMARY KEY (village_uid, period)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX township_period_stats_period ON township_period_stats(period);
    `);
    for (const uid of db.prepare('SELECT uid FROM township_villages').pluck().all() as string[]) fillVillageStats(db, uid);
  },
};
