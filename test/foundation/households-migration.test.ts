import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/connection.js';
import { tempDir } from '../helpers.js';

describe('migration 016 (dividend items and redemption hand-overs)', () => {
  it('adds append-only tables for the items a dividend counted and for hand-over events', () => {
    const file = join(tempDir(), 'cunji.sqlite');
    // a village database as the previous release left it (version 11) must still gain these tables
    openDatabase(file, { targetVersion: 11 }).close();
    const db = openDatabase(file, { targetVersion: 16 });
    expect(db.pragma('user_version', { simple: true })).toBe(16);
    // The rows they reference are not the point here.
    db.pragma('foreign_keys = OFF');
    db.prepare("INSERT INTO dividend_items VALUES (1, 1, '基础分', '户基础分（每年）', 0)").run();
    expect(() => db.prepare("INSERT INTO dividend_items VALUES (1, 2, '民主参与', '开会', 2)").run()).toThrow(/CHECK/);
    expect(() => db.prepare('UPDATE dividend_items SET counted = 1').run()).toThrow('分红计入项目只能追加');

    const handover = db.prepare('INSERT INTO redemption_handovers (redemption_id, status, handled_by, date, operator_id, created_at) VALUES (?, ?, ?, ?, 1, ?)');
    handover.run(1, 'delivery', '', '2026-03-02', 'x');
    handover.run(1, 'delivered', '李组长', '2026-03-03', 'x');
    expect(() => handover.run(1, 'delivered', ' ', '2026-03-03', 'x')).toThrow(/CHECK/);
    expect(() => handover.run(1, 'lost', '', '2026-03-03', 'x')).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE redemption_handovers SET status = 'waiting'").run()).toThrow('兑换交付记录只能追加');
    expect(() => db.prepare('DELETE FROM redemption_handovers').run()).toThrow('兑换交付记录只能追加');
    db.close();
  });
});
