import type { Migration } from './types.js';

/**
 * The audit log's guards refused in English ("audit log is append-only");
 * anyone who meets them is a clerk or an auditor reading Chinese.
 */
export const dates: Migration = {
  version: 11,
  name: 'dates',
  up(db) {
    db.exec(`
      DROP TRIGGER audit_log_no_update;
      DROP TRIGGER audit_log_no_delete;
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, '操作日志只能追加，不能修改'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, '操作日志只能追加，不能删除'); END;
    `);
  },
};
