import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/connection.js';
import { tempDir } from '../helpers.js';

describe('migration 004 (shop)', () => {
  it('adds the supermarket to a version-2 database; stock cannot go below zero and services hold none', () => {
    const file = join(tempDir(), 'cunji.sqlite');
    openDatabase(file, { targetVersion: 2 }).close();
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(4);
    db.prepare("INSERT INTO operators (name, pin_hash, roles, created_at) VALUES ('甲', 'x', 'cashier', 'x')").run();
    db.prepare("INSERT INTO goods (name, category, unit, price, tracked, created_at, updated_at) VALUES ('香皂', '日化', '块', 8, 1, 'x', 'x'), ('理发', '服务', '次', 10, 0, 'x', 'x')").run();
    const move = db.prepare("INSERT INTO stock_moves (goods_id, kind, quantity, date, reason, operator_id, created_at) VALUES (?, 'stocktake', ?, '2026-03-01', '盘点', 1, 'x')");
    move.run(1, 3);
    expect(db.prepare('SELECT stock FROM goods_stock WHERE goods_id = 1').get()).toEqual({ stock: 3 });
    expect(() => move.run(1, -4)).toThrow(/CHECK constraint/);
    expect(() => move.run(2, 1)).toThrow('服务类商品没有库存');
    expect(db.prepare('SELECT stock FROM goods_stock WHERE goods_id = 1').get()).toEqual({ stock: 3 });
    db.close();
  });
});
