import { describe, expect, it } from 'vitest';
import { shopVillage } from './fixture.js';

type Village = Awaited<ReturnType<typeof shopVillage>>;
const cart = (v: Village, key: string, household: number, handover?: 'collected' | 'waiting' | 'delivery') => ({
  key,
  householdId: v.households[household]!,
  lines: [{ goodsId: v.rice, quantity: 1 }],
  ...(handover ? { handover } : {}),
});
const handovers = (v: Village) => (v.core.db.prepare('SELECT count(*) AS n FROM redemption_handovers').get() as { n: number }).n;

describe('redemption hand-over (已领取 / 待领取 / 送货上门)', () => {
  it('is 已领取 at the counter by default; waiting and delivery goods are listed until staff hand them over', async () => {
    const v = await shopVillage();
    const { core, cashier } = v;
    const counter = await core.call(cashier, 'shop.redeem', cart(v, 'cart-counter-0001', 0));
    const waiting = await core.call(cashier, 'shop.redeem', cart(v, 'cart-waiting-0001', 1, 'waiting'));
    const delivery = await core.call(cashier, 'shop.redeem', cart(v, 'cart-deliver-0001', 2, 'delivery'));
    expect(await core.call(cashier, 'shop.handover.history', { id: counter.id })).toEqual([]);

    const list = await core.call(cashier, 'shop.handover.waiting', {});
    expect(list.map((r) => [r.redemptionId, r.status, r.headName, r.goods, r.total])).toEqual([
      [waiting.id, 'waiting', '户主2', '大米 5kg ×1', 39],
      [delivery.id, 'delivery', '户主3', '大米 5kg ×1', 39],
    ]);

    const history = await core.call(cashier, 'shop.handover.mark', { redemptionId: delivery.id, status: 'delivered', handledBy: '李组长', date: '2026-03-15' });
    expect(history.map((h) => [h.status, h.handledBy, h.date, h.operatorName])).toEqual([
      ['delivery', '', '2026-03-15', '王书记'],
      ['delivered', '李组长', '2026-03-15', '王书记'],
    ]);
    expect((await core.call(cashier, 'shop.handover.waiting', {})).map((r) => r.redemptionId)).toEqual([waiting.id]);
    const listed = await core.call(cashier, 'shop.redemptions.list', { from: '2026-03-15', to: '2026-03-15' });
    expect(listed.map((r) => [r.id, r.handover])).toEqual([
      [delivery.id, 'delivered'],
      [waiting.id, 'waiting'],
      [counter.id, 'collected'],
    ]);

    // a voided redemption is no longer waiting and cannot be handed over
    await core.call(cashier, 'shop.void', { id: waiting.id, reason: '农户不要了' });
    expect(await core.call(cashier, 'shop.handover.waiting', {})).toEqual([]);
    await expect(core.call(cashier, 'shop.handover.mark', { redemptionId: waiting.id, status: 'collected', handledBy: '户主2', date: '2026-03-15' })).rejects.toThrow('已作废');
  });

  it('refuses a second hand-over, goods never waiting, an empty 经手人 and dates outside the window, writing nothing', async () => {
    const v = await shopVillage();
    const { core, cashier } = v;
    const counter = await core.call(cashier, 'shop.redeem', cart(v, 'cart-counter-0002', 0));
    const delivery = await core.call(cashier, 'shop.redeem', cart(v, 'cart-deliver-0002', 1, 'delivery'));
    // a double click on 保存 at the counter returns the first receipt and writes no second event
    expect((await core.call(cashier, 'shop.redeem', cart(v, 'cart-deliver-0002', 1, 'delivery'))).id).toBe(delivery.id);
    await expect(core.call(cashier, 'shop.redeem', cart(v, 'cart-deliver-0002', 1, 'waiting'))).rejects.toThrow('商品或数量不同');
    const before = handovers(v);
    expect(before).toBe(1);

    const mark = (over: Record<string, unknown>) => core.call(cashier, 'shop.handover.mark', { redemptionId: delivery.id, status: 'delivered', handledBy: '李组长', date: '2026-03-15', ...over });
    await expect(mark({ redemptionId: counter.id })).rejects.toThrow('已是“已领取”');
    await expect(mark({ handledBy: '  ' })).rejects.toThrow('经手人');
    await expect(mark({ date: '2026-03-16' })).rejects.toThrow('还没有到');
    await expect(mark({ date: '2026-03-14' })).rejects.toThrow('不能早于兑换日期 2026-03-15');
    await expect(mark({ date: '2026-02-30' })).rejects.toThrow('日期');
    expect(handovers(v)).toBe(before);

    await mark({});
    await expect(mark({ status: 'collected' })).rejects.toThrow('已是“已送达”');
    expect(handovers(v)).toBe(before + 1);
  });
});
