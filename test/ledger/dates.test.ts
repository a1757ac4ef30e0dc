import { describe, expect, it } from 'vitest';
import { householdBalance } from '../../electron/core/ledger/entries.js';
import { writeSetting } from '../../electron/core/village/village.js';
import { BACKFILL_FROM_SETTING } from '../../electron/core/village/window.js';
import { ledgerCounts, ledgerVillage } from './fixture.js';

const lastAudit = (db: import('better-sqlite3').Database) =>
  db.prepare('SELECT method, summary FROM audit_log ORDER BY id DESC LIMIT 1').get() as { method: string; summary: string };

describe('dates a record may carry', () => {
  it('refuses a day that does not exist, naming the field and the date', async () => {
    const { core, clerk, households, item } = await ledgerVillage();
    const before = ledgerCounts(core.db);
    for (const date of ['2026-02-30', '2026-13-01', '2026-11-31', '0000-00-00', '9999-99-99']) {
      await expect(core.call(clerk, 'ledger.record', { itemId: item('参加志愿服务').id, date, householdIds: [households[0]!] })).rejects.toThrow(`日期“${date}”不存在`);
    }
    await expect(core.call(clerk, 'ledger.record', { itemId: item('参加志愿服务').id, date: '2026-3-1', householdIds: [households[0]!] })).rejects.toThrow('日期应写成 2026-03-15 这样的格式');
    expect(ledgerCounts(core.db)).toEqual(before);
  });

  it('takes points from the village set-up day (or the 补录 start) up to today, activities a little ahead', async () => {
    const { core, admin, clerk, households, cadres, item } = await ledgerVillage();
    const volunteer = (date: string) => core.call(clerk, 'ledger.record', { itemId: item('参加志愿服务').id, date, householdIds: [households[0]!] });
    writeSetting(core.db, BACKFILL_FROM_SETTING, null);
    await expect(volunteer('2026-03-14')).rejects.toThrow('记分日期“2026-03-14”早于本村开始使用的日期 2026-03-15');
    await expect(volunteer('1999-03-14')).rejects.toThrow('早于本村开始使用的日期');
    await expect(volunteer('2026-03-16')).rejects.toThrow('记分日期“2026-03-16”还没有到（今天是 2026-03-15）');
    await expect(volunteer('2027-12-01')).rejects.toThrow('还没有到');
    await volunteer('2026-03-15');
    const settings = await core.call(admin, 'ledger.saveSettings', { allowSelfApproval: false, clearingDay: null, yearCap: null, backfillFrom: '2026-01-01' });
    expect(settings).toMatchObject({ backfillFrom: '2026-01-01', windowFrom: '2026-01-01' });
    await volunteer('2026-01-01');
    await expect(volunteer('2025-12-31')).rejects.toThrow('早于本村开始使用的日期 2026-01-01');
    await expect(core.call(admin, 'ledger.saveSettings', { allowSelfApproval: false, clearingDay: null, yearCap: null, backfillFrom: '2026-03-16' })).rejects.toThrow('补录起始日期不能晚于今天');

    const activity = (date: string) =>
      core.call(clerk, 'ledger.activity.create', { name: '植树', date, itemId: item('参与人居环境整治/大扫除').id, cadreId: cadres[0]! });
    const planned = await activity('2026-04-10');
    await expect(activity('2026-05-10')).rejects.toThrow('活动日期“2026-05-10”太远了：最多只能提前安排到 2026-04-14');
    await core.call(clerk, 'ledger.activity.mark', { activityId: planned.id, householdId: households[0]!, present: true });
    await expect(core.call(clerk, 'ledger.activity.finish', { activityId: planned.id })).rejects.toThrow('还没有举行');
  });

  it('refuses an activity in a closed month', async () => {
    const { core, clock, admin, cadres, item } = await ledgerVillage();
    clock.set('2026-04-02T09:00:00+08:00');
    await core.call(admin, 'ledger.closeMonth', { month: '2026-03' });
    await expect(core.call(admin, 'ledger.activity.create', { name: '大扫除', date: '2026-03-20', itemId: item('参与人居环境整治/大扫除').id, cadreId: cadres[0]! })).rejects.toThrow('2026-03 已经结账');
  });
});

describe('the same round twice', () => {
  it('refuses a second inspection round of a group and item on one day unless the clerk confirms 再记一次, and audits it', async () => {
    const { core, clerk, groups, households, cadres, item } = await ledgerVillage();
    const round = { groupId: groups[0]!.id, date: '2026-03-10', itemId: item('人居环境入户巡查评分').id, cadreId: cadres[0]!, grades: [{ householdId: households[0]!, grade: '优秀' }] };
    await core.call(clerk, 'ledger.inspect', round);
    const before = ledgerCounts(core.db);
    await expect(core.call(clerk, 'ledger.inspect', round)).rejects.toThrow('第一村小组 2026-03-10 已经做过“人居环境入户巡查评分”入户巡查');
    expect(ledgerCounts(core.db)).toEqual(before);
    // another day or another group is a different round
    await core.call(clerk, 'ledger.inspect', { ...round, date: '2026-03-11' });
    await core.call(clerk, 'ledger.inspect', { ...round, confirmRepeat: true });
    expect(lastAudit(core.db)).toEqual({ method: 'ledger.inspect', summary: expect.stringContaining('第 2 轮入户巡查，操作员已确认“再记一次”') });
    expect(householdBalance(core.db, households[0]!).pending).toBe(3 * 7);
  });

  it('refuses a second activity with the same item, date and name unless confirmed', async () => {
    const { core, clerk, cadres, item } = await ledgerVillage();
    const a = { name: '三月大扫除', date: '2026-03-08', itemId: item('参与人居环境整治/大扫除').id, cadreId: cadres[0]! };
    await core.call(clerk, 'ledger.activity.create', a);
    await expect(core.call(clerk, 'ledger.activity.create', a)).rejects.toThrow('2026-03-08 已经有一个“三月大扫除”活动');
    await core.call(clerk, 'ledger.activity.create', { ...a, name: '三月大扫除（第二场）' });
    await core.call(clerk, 'ledger.activity.create', { ...a, confirmRepeat: true });
    expect(lastAudit(core.db).summary).toContain('第 2 场，操作员已确认“再记一次”');
    expect(await core.call(clerk, 'ledger.activities', {})).toHaveLength(3);
  });
});

describe('closing a month', () => {
  it('closes only a month whose last day has passed, unless an admin gives a reason, which is audited', async () => {
    const { core, clock, admin, reviewer, households, item } = await ledgerVillage();
    const r = await core.call(admin, 'ledger.record', { itemId: item('参加志愿服务').id, date: '2026-03-02', householdIds: [households[0]!] });
    await core.call(reviewer, 'ledger.review', { seqs: r.seqs, decision: 'approved' });
    const before = ledgerCounts(core.db);
    await expect(core.call(reviewer, 'ledger.closeMonth', { month: '2026-03' })).rejects.toThrow('2026-03 还没有过完');
    await expect(core.call(admin, 'ledger.closeMonth', { month: '2026-03', reason: ' ' })).rejects.toThrow('请填写提前结账的理由');
    expect(ledgerCounts(core.db)).toEqual(before);
    await core.call(admin, 'ledger.closeMonth', { month: '2026-03', reason: '村委换届前封账' });
    expect(lastAudit(core.db)).toEqual({ method: 'ledger.closeMonth', summary: '2026-03 月提前结账（2026-03-15），理由：村委换届前封账' });

    clock.set('2026-05-01T08:00:00+08:00');
    await core.call(reviewer, 'ledger.closeMonth', { month: '2026-04' });
    expect(lastAudit(core.db).summary).toBe('2026-04 月结账');
  });
});

describe('yearly clearing', () => {
  it('clears only what the named year left, refuses while the year has pending entries, and refuses a date not reached', async () => {
    const { core, clock, admin, reviewer, households, item } = await ledgerVillage();
    const volunteer = async (date: string, h: number) => {
      const r = await core.call(admin, 'ledger.record', { itemId: item('参加志愿服务').id, date, householdIds: [h] });
      return r.seqs;
    };
    const approved = [...(await volunteer('2026-03-02', households[0]!)), ...(await volunteer('2026-03-03', households[1]!))];
    await core.call(reviewer, 'ledger.review', { seqs: approved, decision: 'approved' });
    await expect(core.call(admin, 'ledger.clear', { date: '2026-12-31' })).rejects.toThrow('清零日期“2026-12-31”还没有到');
    clock.set('2027-01-05T09:00:00+08:00');
    const nextYear = await volunteer('2027-01-04', households[0]!);
    const pending = await volunteer('2026-12-30', households[1]!);
    const before = ledgerCounts(core.db);
    await expect(core.call(admin, 'ledger.clear', { date: '2026-12-31' })).rejects.toThrow('2026 年还有 1 条待审核的积分记录');
    expect(ledgerCounts(core.db)).toEqual(before);
    await core.call(reviewer, 'ledger.review', { seqs: [...nextYear, ...pending], decision: 'approved' });
    const cleared = await core.call(admin, 'ledger.clear', { date: '2026-12-31' });
    // household 0 keeps its 2027 award; household 1 loses both 2026 awards
    expect(cleared.points).toBe(-45);
    expect(householdBalance(core.db, households[0]!)).toEqual({ earned: 30, available: 15, pending: 0 });
    expect(householdBalance(core.db, households[1]!)).toEqual({ earned: 30, available: 0, pending: 0 });
    await expect(core.call(admin, 'ledger.clear', { date: '2027-12-31' })).rejects.toThrow('还没有到');
  });
});
