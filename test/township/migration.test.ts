import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/connection.js';
import { closeDbAfterTest, tempDir } from '../helpers.js';

describe('migration 013 (township rhythm)', () => {
  it('fills the per-village figures of villages imported before it, and keeps chain heads append-only', () => {
    const file = join(tempDir(), 'cunji.sqlite');
    const old = openDatabase(file, { targetVersion: 11 });
    old.exec(`
      INSERT INTO township_villages VALUES ('v1', '测试村', '打安镇', '白沙黎族自治县', 'k', 'FP', 'x', 1, '2026-03', '2026-03-15T09:00:00+08:00', 'h', 'x');
      INSERT INTO township_groups (village_uid, id, name, sort) VALUES ('v1', 1, '第一村小组', 1);
      INSERT INTO township_households (village_uid, id, number, group_id, status, head_name, member_count) VALUES ('v1', 1, '01001', 1, 'active', '张三', 2), ('v1', 2, '01002', 1, 'active', '李四', 3);
      INSERT INTO township_entries (village_uid, seq, date, subject, household_id, cadre_id, item_id, points, kind, source_type, status, hash) VALUES
        ('v1', 1, '2026-02-03', 'household', 1, NULL, NULL, 5, 'earn', 'manual', 'approved', 'a'),
        ('v1', 2, '2026-03-04', 'household', 2, NULL, NULL, 3, 'earn', 'manual', 'approved', 'b'),
        ('v1', 3, '2026-03-05', 'household', 2, NULL, NULL, 9, 'earn', 'manual', 'pending', 'c');
    `);
    old.close();
    const db = closeDbAfterTest(openDatabase(file, { targetVersion: 13 }));
    expect(db.prepare('SELECT households, groups, first_month FROM township_village_totals').get()).toEqual({ households: 2, groups: 1, first_month: '2026-02' });
    expect(db.prepare('SELECT period, participating, issued FROM township_period_stats ORDER BY period').all()).toEqual([
      { period: '2026', participating: 2, issued: 8 },
      { period: '2026-02', participating: 1, issued: 5 },
      { period: '2026-03', participating: 1, issued: 3 },
    ]);
    db.prepare("INSERT INTO township_chain_heads VALUES ('v1', 'entries', 2, 'b', 1)").run();
    expect(() => db.prepare('UPDATE township_chain_heads SET hash = ?').run('x')).toThrow('各村登记链末端只能追加，不能修改');
    expect(() => db.prepare('DELETE FROM township_chain_heads').run()).toThrow('各村登记链末端只能追加，不能删除');
  });
});
