import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/connection.js';
import { tempDir } from '../helpers.js';

describe('migration 002 (ledger)', () => {
  it('adds the ledger to a version-1 database that already has households', () => {
    const file = join(tempDir(), 'cunji.sqlite');
    const v1 = openDatabase(file, { targetVersion: 1 });
    v1.prepare("INSERT INTO groups (name, sort) VALUES ('一组', 1)").run();
    v1.prepare("INSERT INTO households (number, group_id, created_at, updated_at) VALUES ('01001', 1, 'x', 'x')").run();
    v1.close();
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(2);
    const tables = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['checklists', 'checklist_versions', 'items', 'item_versions', 'entries', 'reviews', 'month_closures', 'household_balances']));
    const triggers = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger'").all() as { name: string }[]).map((t) => t.name);
    expect(triggers).toEqual(expect.arrayContaining(['entries_no_update', 'entries_no_delete', 'entries_closed_month', 'entries_gap_free']));
    db.close();
  });
});
