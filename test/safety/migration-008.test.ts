import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/connection.js';
import { verifyRegisters } from '../../electron/core/db/registers.js';
import { tempDir } from '../helpers.js';

describe('migration 008 (register chains and closure anchors)', () => {
  it('links the rows a version-7 database already has, anchors its closures, and chains new rows by trigger', () => {
    const file = join(tempDir(), 'cunji.sqlite');
    const v7 = openDatabase(file, { targetVersion: 7 });
    v7.prepare("INSERT INTO operators (name, pin_hash, roles, created_at) VALUES ('王书记', 'x', 'admin', 'x')").run();
    for (const m of ['读取', '登录', '结账']) v7.prepare("INSERT INTO audit_log (at, operator_id, operator_name, method, label, summary) VALUES ('t', 1, '王书记', 'm', ?, '')").run(m);
    v7.prepare("INSERT INTO month_closures VALUES ('2026-01', 1, 'x')").run();
    v7.close();

    const db = openDatabase(file, { targetVersion: 8 });
    const links = (register: string) => db.prepare('SELECT seq, row_key FROM chain_links WHERE register = ? ORDER BY seq').raw().all(register);
    expect(links('audit_log')).toEqual([[1, 1], [2, 2], [3, 3]]);
    expect(links('month_closures')).toEqual([[1, '2026-01']]);
    expect(db.prepare("SELECT register, seq FROM closure_anchors WHERE month = '2026-01' ORDER BY register").raw().all()).toEqual([
      ['audit_log', 3],
      ['month_closures', 1],
    ]);
    db.prepare("INSERT INTO audit_log (at, operator_id, operator_name, method, label, summary) VALUES ('t', 1, '王书记', 'm', '新的', '')").run();
    expect(links('audit_log')).toHaveLength(4);
    expect(verifyRegisters(db)).toEqual([]);
    expect(() => db.prepare('DELETE FROM chain_links').run()).toThrow('登记链只能追加，不能删除');
    db.close();
  });
});
