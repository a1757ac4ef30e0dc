import type { Migration } from './types.js';

const appendOnly = (table: string) => `
  CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}
  BEGIN SELECT RAISE(ABORT, '${table} is append-only'); END;
  CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
  BEGIN SELECT RAISE(ABORT, '${table} is append-only'); END;`;

/**
 * The register of issued publications (with the exact PDF, so a reprint is
 * byte-identical) and objections raised during a 公示期 with their
 * resolutions. All three are append-only: a resolution is a new row.
 */
export const publications: Migration = {
  version: 5,
  name: 'publications',
  up(db) {
    db.exec(`
      CREATE TABLE publications (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        period TEXT NOT NULL,
        period_label TEXT NOT NULL,
        title TEXT NOT NULL,
        -- the validated input that made the document, as JSON
        params TEXT NOT NULL,
        paper TEXT NOT NULL,
        publicity_from TEXT,
        publicity_to TEXT,
        operator_id INTEGER NOT NULL REFERENCES operators(id),
        issued_at TEXT NOT NULL,
        file_name TEXT NOT NULL,
        pages INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        pdf BLOB NOT NULL
      ) STRICT;
      CREATE INDEX publications_kind_period ON publications(kind, period);

      CREATE TABLE objections (
        id INTEGER PRIMARY KEY,
        publication_id INTEGER NOT NULL REFERENCES publications(id),
        household_id INTEGER NOT NULL REFERENCES households(id),
        raised_by TEXT NOT NULL,
        raised_on TEXT NOT NULL,
        content TEXT NOT NULL,
        -- ledger entry seqs the objection is about, as a JSON array
        entry_seqs TEXT NOT NULL DEFAULT '[]',
        operator_id INTEGER NOT NULL REFERENCES operators(id),
        recorded_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX objections_publication ON objections(publication_id);

      CREATE TABLE objection_resolutions (
        objection_id INTEGER PRIMARY KEY REFERENCES objections(id),
        outcome TEXT NOT NULL CHECK (outcome IN ('corrected', 'dismissed')),
        reason TEXT NOT NULL,
        correction_seqs TEXT NOT NULL DEFAULT '[]',
        operator_id INTEGER NOT NULL REFERENCES operators(id),
        resolved_at TEXT NOT NULL
      ) STRICT;
      ${appendOnly('publications')}
      ${appendOnly('objections')}
      ${appendOnly('objection_resolutions')}
    `);
  },
};
