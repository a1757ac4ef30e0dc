import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/connection.js';
import { tempDir } from '../helpers.js';

describe('migration 011 (dates)', () => {
  it('keeps the audit log append-only on a version-7 database, refusing in Chinese', () => {
    const file = join(tempDir(), 'cunji.sqlite');
    const old = openDatabase(file, { targetVersion: 7 });
    old.prepare("INSERT INTO audit_log (at, operator_id, operator_name, method, label, summary) VALUES ('2026-03-01T08:00:00+08:00', NULL, '', 'x', '登录', '')").run();
    expect(() => old.prepare("UPDATE audit_log SET summary = 'y'").run()).toThrow('audit log is append-only');
    old.close();
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(11);
    expect(() => db.prepare("UPDATE audit_log SET summary = 'y'").run()).toThrow('操作日志只能追加，不能修改');
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow('操作日志只能追加，不能删除');
    expect(db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(1);
    db.close();
  });
});
