import { describe, expect, it } from 'vitest';
import { verifyChain } from '../../electron/core/ledger/chain.js';
import { checkBalances, householdBalance } from '../../electron/core/ledger/entries.js';
import { shopCounts, shopVillage, stockProblems } from './fixture.js';

type Village = Awaited<ReturnType<typeof shopVillage>>;
const stockOf = async (v: Village, id: number) => (await v.core.call(v.admin, 'shop.goods.list', { includeInactive: true })).find((g) => g.id === id)?.stock;

describe('redemption', () => {
  it('spends 可用积分 only, keeps the price used, moves stock; a void restores points and stock and shows everywhere', async () => {
    const v = await shopVillage({ points: 500 });
    const { core, cashier, households, soap, rice, haircut, admin } = v;
    const h = households[0]!;
    const r = await core.call(cashier, 'shop.redeem', {
      key: 'cart-0001-abcdef', householdId: h, collector: '李四',
      lines: [{ goodsId: soap, quantity: 1 }, { goodsId: rice, quantity: 2 }, { goodsId: haircut, quantity: 1 }, { goodsId: soap, quantity: 1 }],
    });
    expect(r.total).toBe(100 * 2 + 39 * 2 + 10);
    expect(r.lines.map((l) => [l.name, l.quantity, l.price])).toEqual([['洗衣粉', 2, 100], ['大米 5kg', 2, 39], ['理发', 1, 10]]);
    expect([r.availableBefore, r.availableAfter]).toEqual([500, 212]);
    expect(r.number).toBe('20260315-001');
    expect(r.collector).toBe('李四');
    expect(householdBalance(core.db, h)).toEqual({ earned: 500, available: 212, pending: 0 });
    expect(await stockOf(v, soap)).toBe(8);
    expect(await stockOf(v, rice)).toBe(3);
    expect(await stockOf(v, haircut)).toBeNull();

    // a later price change leaves the receipt as it was
    const goods = (await core.call(admin, 'shop.goods.list', {})).find((g) => g.id === soap)!;
    await core.call(admin, 'shop.goods.save', { ...goods, price: 120, barcode: goods.barcode ?? '' });
    expect((await core.call(cashier, 'shop.redemptions.get', { id: r.id })).lines[0]!.price).toBe(100);

    const voided = await core.call(cashier, 'shop.void', { id: r.id, reason: '拿错商品' });
    expect(voided.void).toMatchObject({ reason: '拿错商品', operatorName: '王书记' });
    expect(householdBalance(core.db, h)).toEqual({ earned: 500, available: 500, pending: 0 });
    expect(await stockOf(v, soap)).toBe(10);
    expect(await stockOf(v, rice)).toBe(5);
    expect((await core.call(cashier, 'shop.redemptions.list', { from: '2026-03-01', to: '2026-03-31' }))[0]).toMatchObject({ id: r.id, voided: true });
    expect((await core.call(cashier, 'shop.report.day', { date: '2026-03-15' })).cashiers[0]).toMatchObject({ count: 0, voidedCount: 1, voidedPoints: 288 });
    await expect(core.call(cashier, 'shop.void', { id: r.id, reason: '再来一次' })).rejects.toThrow('已于');
    expect(checkBalances(core.db)).toEqual([]);
    expect(verifyChain(core.db).problem).toBeNull();
    expect(stockProblems(core.db)).toEqual([]);
  });

  it('not enough points or stock: a clear message and nothing written', async () => {
    const { core, cashier, households, soap, tissue } = await shopVillage({ points: 120 });
    await core.call(cashier, 'shop.redeem', { key: 'pending-points-1', householdId: households[1]!, lines: [{ goodsId: soap, quantity: 1 }] });
    const before = shopCounts(core.db);
    await expect(core.call(cashier, 'shop.redeem', { key: 'cart-poor-000001', householdId: households[0]!, lines: [{ goodsId: soap, quantity: 2 }] })).rejects.toThrow(
      '户主1户可用积分 120 分，本次需要 200 分，还差 80 分',
    );
    await expect(core.call(cashier, 'shop.redeem', { key: 'cart-short-00001', householdId: households[0]!, lines: [{ goodsId: tissue, quantity: 3 }] })).rejects.toThrow(
      '“抽纸”库存只有 2 提，不够兑换 3 提',
    );
    expect(shopCounts(core.db)).toEqual(before);
    expect(householdBalance(core.db, households[0]!).available).toBe(120);
  });

  it('20 identical submits at once make one redemption, one stock decrement, one entry; the same key with another cart is refused', async () => {
    const { core, cashier, households, soap, rice } = await shopVillage();
    const before = shopCounts(core.db);
    const cart = { key: 'cart-double-click-1', householdId: households[0]!, lines: [{ goodsId: soap, quantity: 1 }] };
    const results = await Promise.all(Array.from({ length: 20 }, () => core.invoke(cashier, 'shop.redeem', cart)));
    expect(results.every((r) => r.ok)).toBe(true);
    const ids = new Set(results.map((r) => (r.ok ? (r.value as { id: number }).id : 0)));
    expect(ids.size).toBe(1);
    const after = shopCounts(core.db);
    expect(after.redemptions - before.redemptions).toBe(1);
    expect(after.moves - before.moves).toBe(1);
    expect(after.entries - before.entries).toBe(1);
    expect(householdBalance(core.db, households[0]!).available).toBe(100);

    const other = await core.invoke(cashier, 'shop.redeem', { ...cart, lines: [{ goodsId: rice, quantity: 1 }] });
    expect(other).toMatchObject({ ok: false, error: { code: 'KEY_REUSED' } });
    expect(shopCounts(core.db)).toEqual(after);
  });

  it('stock-in, donations and stocktakes are moves; services have none; the database refuses edits of the ledgers', async () => {
    const v = await shopVillage();
    const { core, admin, soap, haircut } = v;
    await core.call(admin, 'shop.stock.in', { goodsId: soap, kind: 'donation', quantity: 6, date: '2026-03-12', donorKind: 'enterprise', donorName: '白沙农商银行' });
    await expect(core.call(admin, 'shop.stock.in', { goodsId: soap, kind: 'donation', quantity: 1, date: '2026-03-12' })).rejects.toThrow('捐赠方');
    await expect(core.call(admin, 'shop.stock.in', { goodsId: haircut, kind: 'purchase', quantity: 1, date: '2026-03-12' })).rejects.toThrow('服务类');
    // goods without a barcode never clash with each other
    await core.call(admin, 'shop.goods.save', { name: '草帽', price: 15, category: '衣物', unit: '顶' });
    expect((await core.call(admin, 'shop.goods.save', { name: '雨靴', price: 35, category: '衣物', unit: '双' })).barcode).toBeNull();
    await core.call(admin, 'shop.stock.take', { goodsId: soap, counted: 14, reason: '受潮损坏 2 袋', date: '2026-03-14' });
    expect(await stockOf(v, soap)).toBe(14);
    const moves = await core.call(admin, 'shop.stock.moves', { goodsId: soap, from: '2026-03-01', to: '2026-03-31' });
    expect(moves.map((m) => [m.kind, m.quantity])).toEqual([['stocktake', -2], ['donation', 6], ['purchase', 10]]);
    expect(await core.call(admin, 'shop.report.donations', { from: '2026-03-01', to: '2026-03-31' })).toMatchObject([{ donorName: '白沙农商银行', quantity: 6, points: 600 }]);
    expect((await core.call(admin, 'shop.report.movement', { from: '2026-03-11', to: '2026-03-31' })).find((m) => m.goodsId === soap)).toMatchObject({
      opening: 10, donation: 6, stocktake: -2, closing: 14,
    });
    expect(() => core.db.prepare('UPDATE stock_moves SET quantity = 100').run()).toThrow('库存流水只能追加');
    expect(() => core.db.prepare('DELETE FROM stock_moves').run()).toThrow('库存流水只能追加，不能删除');
    expect(() => core.db.prepare('DELETE FROM goods').run()).toThrow('商品不能删除');
    expect(() => core.db.prepare("INSERT INTO stock_moves (goods_id, kind, quantity, date, operator_id, created_at) VALUES (?, 'stocktake', -100, '2026-03-15', 1, 'x')").run(soap)).toThrow();
    expect(stockProblems(core.db)).toEqual([]);
  });

  it('finds a household by scanned 户号 or pinyin initials and masks the name when the screen faces villagers', async () => {
    const { core, cashier, admin, households } = await shopVillage();
    const detail = await core.call(admin, 'roster.households.get', { id: households[0]! });
    const [byCard] = await core.call(cashier, 'shop.households.find', { query: detail.number });
    expect(byCard).toMatchObject({ id: households[0], name: '户*1', available: 200 });
    await core.call(admin, 'shop.settings.save', { maskNamesOnScreen: false, maskNamesOnReceipt: true });
    expect((await core.call(cashier, 'shop.households.find', { query: 'hz' })).map((h) => h.name)).toContain('户主1');
  });
});
