import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ledgerVillage } from '../ledger/fixture.js';
import { shopVillage } from '../shop/fixture.js';

interface Tally {
  prepares: number;
  runs: Map<string, number>;
}

/**
 * Counts every prepare and every statement run while `fn` runs, by wrapping
 * better-sqlite3's prototype (restored afterwards). Statements prepared before
 * the tally started are counted too: the cache hands back the same objects.
 */
async function tally(fn: () => Promise<unknown>): Promise<Tally> {
  const t: Tally = { prepares: 0, runs: new Map() };
  const proto = Database.prototype as unknown as { prepare: (sql: string) => Database.Statement };
  const stProto = Object.getPrototypeOf(new Database(':memory:').prepare('SELECT 1')) as Record<'get' | 'all' | 'run', (...a: unknown[]) => unknown>;
  const originals = { prepare: proto.prepare, get: stProto.get, all: stProto.all, run: stProto.run };
  proto.prepare = function (this: Database.Database, sql: string) {
    t.prepares++;
    return originals.prepare.call(this, sql);
  };
  for (const m of ['get', 'all', 'run'] as const) {
    stProto[m] = function (this: Database.Statement, ...args: unknown[]) {
      const sql = this.source.replace(/\s+/g, ' ').trim();
      t.runs.set(sql, (t.runs.get(sql) ?? 0) + 1);
      return originals[m].apply(this, args);
    };
  }
  try {
    await fn();
  } finally {
    proto.prepare = originals.prepare;
    for (const m of ['get', 'all', 'run'] as const) stProto[m] = originals[m];
  }
  return t;
}

const runsOf = (t: Tally, fragment: string) => [...t.runs].filter(([sql]) => sql.includes(fragment)).reduce((n, [, c]) => n + c, 0);
const total = (t: Tally) => [...t.runs.values()].reduce((a, b) => a + b, 0);

describe('hot paths: statements prepared once per connection, nothing read twice', () => {
  it('a redemption after the first prepares nothing and reads household, balance and each goods once', async () => {
    const v = await shopVillage({ points: 500 });
    const cart = (k: number) => ({ key: `perf-cart-${k}-0001`, householdId: v.households[k]!, lines: [{ goodsId: v.soap, quantity: 1 }, { goodsId: v.rice, quantity: 1 }, { goodsId: v.haircut, quantity: 1 }] });
    await v.core.call(v.cashier, 'shop.redeem', cart(0));
    const t = await tally(() => v.core.call(v.cashier, 'shop.redeem', cart(1)));
    expect(t.prepares).toBe(0);
    expect(runsOf(t, 'FROM households WHERE id = ?')).toBe(1);
    expect(runsOf(t, 'FROM household_balances WHERE household_id = ?')).toBe(1);
    expect(runsOf(t, 'FROM goods g')).toBe(3);
    expect(runsOf(t, 'FROM redemption_lines WHERE')).toBe(0);
    expect(runsOf(t, 'total_changes()')).toBe(2);
    // 3 lines, 2 of them tracked: the whole call, dispatcher, audit, BEGIN and COMMIT included (31 before the cache)
    expect(total(t)).toBeLessThanOrEqual(23);
  });

  it('a batch of N households prepares nothing the second time; settings, month and chain head are read once, each household once', async () => {
    const v = await ledgerVillage({ households: 6 });
    const item = v.item('参加志愿服务');
    await v.core.call(v.admin, 'checklist.saveItem', {
      id: item.id, checklistId: item.checklistId, category: item.category, name: item.name,
      values: { points: item.points, grades: null, unit: item.unit, capMonth: 100, capYear: 500, noteRequired: false, photoRequired: false },
    });
    await v.core.call(v.admin, 'ledger.saveSettings', { allowSelfApproval: true, clearingDay: null, yearCap: 1000 });
    await v.core.call(v.clerk, 'ledger.record', { itemId: item.id, date: '2026-03-10', householdIds: v.households });
    const batch = (date: string, householdIds: number[]) => tally(() => v.core.call(v.clerk, 'ledger.record', { itemId: item.id, date, householdIds }));
    const t = await batch('2026-03-11', v.households);
    const small = await batch('2026-03-12', v.households.slice(0, 2));
    const n = v.households.length;
    expect(t.prepares).toBe(0);
    // per call, not per household: the same count for 2 households as for 6
    for (const sql of ['FROM settings WHERE key = ?', 'FROM month_closures WHERE month = ?', 'ORDER BY seq DESC LIMIT 1']) {
      expect(runsOf(t, sql)).toBe(runsOf(small, sql));
    }
    expect(runsOf(t, 'FROM month_closures WHERE month = ?')).toBe(1);
    expect(runsOf(t, 'ORDER BY seq DESC LIMIT 1')).toBe(1);
    expect(runsOf(t, 'FROM households WHERE id = ?')).toBe(n);
    // the caps are real work, but one grouped read for the whole batch covers every household's month, year and yearly cap
    expect(runsOf(t, 'AND e.seq NOT IN (SELECT entry_seq FROM reviews WHERE decision')).toBe(1);
    expect(runsOf(t, 'INSERT INTO entries')).toBe(n);
  });
});
