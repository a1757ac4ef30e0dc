import { describe, expect, it } from 'vitest';
import { seedShop } from '../../electron/core/demo/shop.js';
import { verifyChain } from '../../electron/core/ledger/chain.js';
import { checkBalances } from '../../electron/core/ledger/entries.js';
import { ledgerVillage } from '../ledger/fixture.js';
import { givePoints } from './points.js';
import { stockProblems } from './fixture.js';

describe('shop demo', () => {
  it('makes 28 goods, stock with donors and redemption days in open months, all consistent', async () => {
    const { core, households } = await ledgerVillage({ households: 30 });
    for (const h of households) givePoints(core.db, h, 400);
    let x = 7;
    const rng = () => ((x = (x * 16807) % 2147483647) - 1) / 2147483646;
    core.db.transaction(() => seedShop(core.db, rng, { today: '2026-03-20', now: '2026-03-20T08:00:00.000+08:00' })).immediate();
    const n = (sql: string) => (core.db.prepare(sql).get() as { n: number }).n;
    expect(n('SELECT count(*) AS n FROM goods')).toBe(28);
    expect(n("SELECT count(DISTINCT donor_name) AS n FROM stock_moves WHERE kind = 'donation'")).toBeGreaterThan(2);
    expect(n('SELECT count(DISTINCT date) AS n FROM redemptions')).toBeGreaterThanOrEqual(3);
    expect(n('SELECT count(*) AS n FROM redemptions')).toBeGreaterThan(10);
    expect(checkBalances(core.db)).toEqual([]);
    expect(verifyChain(core.db).problem).toBeNull();
    expect(stockProblems(core.db)).toEqual([]);
  });
});
