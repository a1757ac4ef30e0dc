import { describe, expect, it } from 'vitest';
import { writeSetting } from '../../electron/core/village/village.js';
import { BACKFILL_FROM_SETTING } from '../../electron/core/village/window.js';
import { ledgerVillage } from '../ledger/fixture.js';

const registered = (db: import('better-sqlite3').Database) => db.prepare('SELECT count(*) FROM publications').pluck().get() as number;

describe('正式发布 registers only a period with something in it', () => {
  it('refuses an empty month, a month before the village, a month not begun; plans what it will register', async () => {
    const { core, admin, reviewer, households, item } = await ledgerVillage();
    const r = await core.call(admin, 'ledger.record', { itemId: item('参加志愿服务').id, date: '2026-03-02', householdIds: households.slice(0, 3) });
    await expect(core.call(admin, 'publications.issue', { kind: 'monthly', month: '2026-02' })).rejects.toThrow('2026年2月没有审核通过的积分记录，不能正式发布');
    // pending entries do not make a month publishable
    await expect(core.call(admin, 'publications.plan', { kind: 'monthly', month: '2026-03' })).rejects.toThrow('没有审核通过的积分记录');
    await core.call(reviewer, 'ledger.review', { seqs: r.seqs, decision: 'approved' });
    writeSetting(core.db, BACKFILL_FROM_SETTING, null);
    await expect(core.call(admin, 'publications.issue', { kind: 'redBoard', period: '2025-Q4' })).rejects.toThrow('2025年第四季度在本村开始使用本系统（2026-03-15）之前');
    await expect(core.call(admin, 'publications.issue', { kind: 'monthly', month: '2026-04' })).rejects.toThrow('2026年4月还没有到');
    await expect(core.call(admin, 'publications.issue', { kind: 'dutyWeekly', weekStart: '2026-03-09' })).rejects.toThrow('没有干部职责记分');
    expect(registered(core.db)).toBe(0);

    const plan = await core.call(admin, 'publications.plan', { kind: 'monthly', month: '2026-03' });
    expect(plan).toMatchObject({ title: '村民积分月公示', periodLabel: '2026年3月', people: 3, peopleUnit: '户' });
    expect(plan.pages).toBeGreaterThan(0);
    expect(registered(core.db)).toBe(0);
    const issued = await core.call(admin, 'publications.issue', { kind: 'monthly', month: '2026-03' });
    expect(issued.pages).toBe(plan.pages);
    expect(registered(core.db)).toBe(1);
  });
});
