/**
 * SQL for the triggers that make a table append-only: UPDATE and DELETE are
 * refused by the database itself, with a Chinese message naming `what`.
 * Released migrations call this, so its output must never change.
 */
export const appendOnly = (table: string, what: string) => `
  CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}
  BEGIN SELECT RAISE(ABORT, '${what}只能追加，不能修改'); END;
  CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
  BEGIN SELECT RAISE(ABORT, '${what}只能追加，不能删除'); END;
`;
