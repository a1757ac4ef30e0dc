import type { Database } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { appendChainedRows } from '../../electron/core/ledger/chain.js';
import { shopVillage } from '../shop/fixture.js';

/** A village with scored, reviewed, redeemed and stocked March, March closed, and a pending April entry at the tail. */
async function history() {
  const v = await shopVillage({ households: 2 });
  const { core, clerk, reviewer, cashier, admin, households, soap, item } = v;
  const r = await core.call(clerk, 'ledger.record', { itemId: item('参加志愿服务').id, date: '2026-03-02', householdIds: households });
  await core.call(reviewer, 'ledger.review', { seqs: r.seqs, decision: 'approved' });
  const sale = await core.call(cashier, 'shop.redeem', { key: 'tamper-cart-0001', householdId: households[0]!, lines: [{ goodsId: soap, quantity: 1 }] });
  await core.call(cashier, 'shop.void', { id: sale.id, reason: '拿错商品' });
  v.clock.set('2026-04-02T09:00:00+08:00');
  await core.call(admin, 'ledger.closeMonth', { month: '2026-03' });
  await core.call(admin, 'shop.stock.in', { goodsId: soap, kind: 'purchase', quantity: 3, date: '2026-04-01' });
  await core.call(clerk, 'ledger.record', { itemId: item('参加志愿服务').id, date: '2026-04-01', householdIds: [households[1]!] });
  return v;
}

const verify = (v: Awaited<ReturnType<typeof history>>) => v.core.call(v.admin, 'ledger.verify', {});
/** What someone with a SQLite tool does first. */
const dropGuards = (db: Database) => {
  for (const name of db.prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger'").pluck().all() as string[]) db.exec(`DROP TRIGGER "${name}"`);
};
const lastSeq = (db: Database, table: string) => db.prepare(`SELECT max(seq) FROM ${table}`).pluck().get() as number;

describe('数据校验 catches hand edits', () => {
  it('passes an untouched village, with every register linked and March anchored', async () => {
    const v = await history();
    const report = await verify(v);
    expect(report.findings).toEqual([]);
    expect(report.ok).toBe(true);
    const registers = v.core.db.prepare('SELECT DISTINCT register FROM closure_anchors WHERE month = ?').pluck().all('2026-03');
    expect(registers).toEqual(expect.arrayContaining(['entries', 'reviews', 'stock_moves', 'redemptions', 'redemption_voids', 'month_closures', 'audit_log']));
  });

  it('tail deletion with the balance cache recomputed', async () => {
    const v = await history();
    const db = v.core.db;
    dropGuards(db);
    const tail = db.prepare('SELECT seq, household_id AS h, points FROM entries ORDER BY seq DESC LIMIT 1').get() as { seq: number; h: number; points: number };
    db.prepare('DELETE FROM entries WHERE seq = ?').run(tail.seq);
    db.prepare('UPDATE household_balances SET pending = pending - ? WHERE household_id = ?').run(tail.points, tail.h);
    const report = await verify(v);
    expect(report.chainProblem).toBeNull();
    expect(report.balanceProblems).toEqual([]);
    expect(report.ok).toBe(false);
    expect(report.findings).toContain(`积分记录：第 ${tail.seq} 号登记的记录（${tail.seq}）不见了，可能被删除`);
  });

  it('forged append with a correctly recomputed hash', async () => {
    const v = await history();
    const db = v.core.db;
    dropGuards(db);
    const [seq] = appendChainedRows(db, 'entries', [{
      date: '2026-04-01', subject: 'household', household_id: v.households[0], points: 500, kind: 'earn', note: '', source_type: 'manual',
      posted_status: 'approved', operator_id: 1, created_at: '2026-04-01T10:00:00+08:00',
    }]);
    db.prepare('UPDATE household_balances SET earned = earned + 500, available = available + 500 WHERE household_id = ?').run(v.households[0]);
    const report = await verify(v);
    expect(report.chainProblem).toBeNull();
    expect(report.balanceProblems).toEqual([]);
    expect(report.findings).toContain(`积分记录：记录（${seq}）不在登记链上，可能是事后插入的`);
  });

  it('deleted review', async () => {
    const v = await history();
    const db = v.core.db;
    dropGuards(db);
    const seq = lastSeq(db, 'reviews');
    db.prepare('DELETE FROM reviews WHERE seq = ?').run(seq);
    const report = await verify(v);
    expect(report.ok).toBe(false);
    expect(report.findings).toContain(`审核记录：第 ${seq} 号登记的记录（${seq}）不见了，可能被删除`);
  });

  it('edited stock move, with the stock cache made to match', async () => {
    const v = await history();
    const db = v.core.db;
    dropGuards(db);
    const move = db.prepare("SELECT id, goods_id AS g FROM stock_moves WHERE kind = 'purchase' ORDER BY id DESC LIMIT 1").get() as { id: number; g: number };
    db.prepare('UPDATE stock_moves SET quantity = quantity - 2 WHERE id = ?').run(move.id);
    db.prepare('UPDATE goods_stock SET stock = stock - 2 WHERE goods_id = ?').run(move.g);
    const report = await verify(v);
    expect(report.findings.some((f) => f.startsWith('库存流水：') && f.includes('内容与哈希不符'))).toBe(true);
  });

  it('stock cache that no longer matches its moves', async () => {
    const v = await history();
    v.core.db.prepare('UPDATE goods_stock SET stock = stock + 5 WHERE goods_id = ?').run(v.soap);
    expect((await verify(v)).findings).toContain('商品“洗衣粉”的库存 18 与库存流水合计 13 不一致');
  });

  it('edited month closure', async () => {
    const v = await history();
    const db = v.core.db;
    dropGuards(db);
    db.prepare("UPDATE month_closures SET created_at = '2026-05-01T09:00:00+08:00' WHERE month = '2026-03'").run();
    const report = await verify(v);
    expect(report.findings.some((f) => f.startsWith('月度结账记录：') && f.includes('内容与哈希不符'))).toBe(true);
  });

  it('rewritten history before a close: chains rebuilt by hand still disagree with the anchor', async () => {
    const v = await history();
    const db = v.core.db;
    dropGuards(db);
    // the forger rebuilds the link chain of a register from scratch, but the closure kept the old head
    const head = db.prepare("SELECT seq, hash FROM closure_anchors WHERE month = '2026-03' AND register = 'redemptions'").get() as { seq: number; hash: string };
    db.prepare("UPDATE chain_links SET hash = 'f' || substr(hash, 2) WHERE register = 'redemptions' AND seq = ?").run(head.seq);
    const report = await verify(v);
    expect(report.findings).toContain(`2026-03 月结账时记下的兑换记录第 ${head.seq} 号已被改写（结账锚点不符）`);
  });
});
