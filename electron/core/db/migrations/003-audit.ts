import type { Migration } from './types.js';

/**
 * The audit log: one row per data-changing call, written by the dispatcher in
 * the same transaction as the change. Triggers make it append-only, so no
 * handler (and no bug in one) can rewrite who did what.
 */
export const audit: Migration = {
  version: 3,
  name: 'audit',
  up(db) {
    db.exec(`
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        operator_id INTEGER,
        operator_name TEXT NOT NULL,
        method TEXT NOT NULL,
        label TEXT NOT NULL,
        summary TEXT NOT NULL
      ) STRICT;
      CREATE INDEX audit_log_at ON audit_log(at);
      CREATE INDEX audit_log_operator ON audit_log(operator_id, at);

      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
    `);
  },
};
