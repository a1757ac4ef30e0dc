import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../electron/core/api/errors.js';
import { verifyChain } from '../../electron/core/ledger/chain.js';
import { checkBalances, householdBalance } from '../../electron/core/ledger/entries.js';
import { shopCounts, shopVillage, stockProblems } from './fixture.js';

const action = fc.oneof(
  fc.record({ t: fc.constant('purchase' as const), goods: fc.nat(3), qty: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ t: fc.constant('donation' as const), goods: fc.nat(3), qty: fc.integer({ min: 1, max: 5 }) }),
  fc.record({
    t: fc.constant('redeem' as const),
    who: fc.nat(2),
    lines: fc.array(fc.record({ goods: fc.nat(3), qty: fc.integer({ min: 1, max: 4 }) }), { minLength: 1, maxLength: 3 }),
    retry: fc.boolean(),
  }),
  fc.record({ t: fc.constant('void' as const), pick: fc.nat() }),
  fc.record({ t: fc.constant('stocktake' as const), goods: fc.nat(3), counted: fc.nat(12) }),
);

describe('shop invariants under random operation sequences', () => {
  it('stock = sum of moves ≥ 0, points match the ledger, chains verify, refusals write nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 5, maxLength: 25 }), async (actions) => {
        const v = await shopVillage({ households: 3, points: 300 });
        const { core, cashier, households } = v;
        const goods = [v.soap, v.rice, v.tissue, v.haircut];
        let n = 0;
        let spent = 0;
        for (const a of actions) {
          const before = shopCounts(core.db);
          try {
            switch (a.t) {
              case 'purchase':
              case 'donation':
                await core.call(cashier, 'shop.stock.in', {
                  goodsId: goods[a.goods]!, kind: a.t, quantity: a.qty, date: '2026-03-15',
                  ...(a.t === 'donation' ? { donorKind: 'person' as const, donorName: '热心村民' } : {}),
                });
                break;
              case 'redeem': {
                const cart = { key: `prop-cart-${n++}`, householdId: households[a.who]!, lines: a.lines.map((l) => ({ goodsId: goods[l.goods]!, quantity: l.qty })) };
                const r = await core.call(cashier, 'shop.redeem', cart);
                spent += r.total;
                if (a.retry) expect((await core.call(cashier, 'shop.redeem', cart)).id).toBe(r.id);
                break;
              }
              case 'void': {
                const live = core.db.prepare('SELECT id, total FROM redemptions WHERE id NOT IN (SELECT redemption_id FROM redemption_voids) ORDER BY id').all() as { id: number; total: number }[];
                const pick = live[a.pick % Math.max(1, live.length)];
                if (!pick) continue;
                await core.call(cashier, 'shop.void', { id: pick.id, reason: '随机作废' });
                spent -= pick.total;
                break;
              }
              case 'stocktake':
                await core.call(cashier, 'shop.stock.take', { goodsId: goods[a.goods]!, counted: a.counted, reason: '月底盘点', date: '2026-03-15' });
                break;
            }
          } catch (e) {
            // only a refusal may pass (a crash is an InternalError, not a UserError); it writes nothing
            if (!(e instanceof UserError)) throw e;
            expect(shopCounts(core.db)).toEqual(before);
          }
          expect(stockProblems(core.db)).toEqual([]);
        }
        expect(checkBalances(core.db)).toEqual([]);
        expect(verifyChain(core.db).problem).toBeNull();
        const available = households.reduce((s, h) => s + householdBalance(core.db, h).available, 0);
        expect(available).toBe(3 * 300 - spent);
        const { live } = core.db
          .prepare('SELECT coalesce(sum(total), 0) AS live FROM redemptions WHERE id NOT IN (SELECT redemption_id FROM redemption_voids)')
          .get() as { live: number };
        expect(live).toBe(spent);
      }),
      { numRuns: 15 },
    );
  }, 240_000);
});
