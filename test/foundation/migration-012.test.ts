import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/connection.js';
import { closeDbAfterTest, tempDir } from '../helpers.js';

describe('migration 012 (usability)', () => {
  it('gives every member a relation detail, empty for the members already there', () => {
    const file = join(tempDir(), 'cunji.sqlite');
    const old = openDatabase(file, { targetVersion: 11 });
    old.prepare("INSERT INTO groups (name, sort) VALUES ('第一村小组', 1)").run();
    old.prepare("INSERT INTO households (number, group_id, head_name, created_at, updated_at) VALUES ('01001', 1, '张三', 'x', 'x')").run();
    old.prepare("INSERT INTO members (household_id, name, relation, sort) VALUES (1, '张三', '户主', 0)").run();
    expect(old.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('members')).not.toContain('relation_detail');
    old.close();
    const db = closeDbAfterTest(openDatabase(file, { targetVersion: 12 }));
    expect(db.prepare('SELECT name, relation, relation_detail FROM members').all()).toEqual([{ name: '张三', relation: '户主', relation_detail: '' }]);
    db.prepare("INSERT INTO members (household_id, name, relation, relation_detail, sort) VALUES (1, '张小军', '子', '长子', 1)").run();
    expect(db.prepare("SELECT relation_detail FROM members WHERE name = '张小军'").pluck().get()).toBe('长子');
  });
});
