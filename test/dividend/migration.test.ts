import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/connection.js';
import { tempDir } from '../helpers.js';

describe('migration 006 (dividends and star rules)', () => {
  it('adds append-only dividend and star tables to a version-5 database with households', () => {
    const file = join(tempDir(), 'cunji.sqlite');
    const v5 = openDatabase(file, { targetVersion: 5 });
    v5.prepare("INSERT INTO groups (name, sort) VALUES ('一组', 1)").run();
    v5.prepare("INSERT INTO households (number, group_id, head_name, created_at, updated_at) VALUES ('01001', 1, '张三', 'x', 'x')").run();
    v5.prepare("INSERT INTO operators (name, pin_hash, roles, created_at) VALUES ('王书记', 'x', 'admin', 'x')").run();
    v5.close();
    const db = openDatabase(file, { targetVersion: 6 });
    expect(db.pragma('user_version', { simple: true })).toBe(6);
    db.prepare("INSERT INTO dividends (title, amount_fen, from_month, to_month, total_points, basis_hash, operator_id, created_at) VALUES ('分红', 100, '2026-01', '2026-03', 10, 'h', 1, 'x')").run();
    db.prepare("INSERT INTO dividend_shares VALUES (1, 1, '01001', '张三', '一组', 10, 100)").run();
    expect(() => db.prepare("INSERT INTO dividend_exclusions VALUES (1, 1, '01001', '张三', '一组', 10, '重复')").run()).toThrow('同一户不能既分红又被排除');
    expect(() => db.prepare('UPDATE dividends SET amount_fen = 1').run()).toThrow('分红记录只能追加');
    expect(() => db.prepare("INSERT INTO dividends (title, amount_fen, from_month, to_month, total_points, basis_hash, operator_id, created_at) VALUES ('x', 0, '2026-01', '2026-01', 1, 'h2', 1, 'x')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO star_rules (year, star1, star2, operator_id, created_at) VALUES (2026, 50, 40, 1, 'x')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO star_rules (year, star1, star3, operator_id, created_at) VALUES (2026, 50, 90, 1, 'x')").run()).toThrow(/CHECK/);
    db.close();
  });
});
