import { describe, expect, it } from 'vitest';
import { householdBalance } from '../../electron/core/ledger/entries.js';
import { ledgerCounts, ledgerVillage } from './fixture.js';

describe('inspection rounds', () => {
  it('writes one entry per graded household and credits the inspector', async () => {
    const { core, clerk, groups, households, cadres, item } = await ledgerVillage();
    const group1 = households.filter((_, i) => i % 2 === 0);
    const r = await core.call(clerk, 'ledger.inspect', {
      groupId: groups[0]!.id,
      date: '2026-03-10',
      itemId: item('人居环境入户巡查评分').id,
      cadreId: cadres[1]!,
      dutyItemId: item('组织人居环境入户巡查').id,
      grades: [
        { householdId: group1[0]!, grade: '优秀' },
        { householdId: group1[1]!, grade: '较差' },
        { householdId: group1[2]!, grade: '优秀' },
      ],
    });
    expect(r.points).toBe(9);
    expect(r.seqs).toHaveLength(4);
    expect(householdBalance(core.db, group1[1]!).pending).toBe(-5);
    const cadreBook = await core.call(clerk, 'ledger.cadrePassbook', { cadreId: cadres[1]!, year: 2026 });
    expect(cadreBook.pending).toBe(2);
    expect(cadreBook.rows[0]!.description).toContain('入户巡查');
    expect((await core.call(clerk, 'ledger.inspections', {}))[0]).toMatchObject({ graded: 3, points: 9 });
  });

  it('refuses a household of another group and an unknown grade, writing nothing', async () => {
    const { core, clerk, groups, households, cadres, item } = await ledgerVillage();
    const before = ledgerCounts(core.db);
    const base = { groupId: groups[0]!.id, date: '2026-03-10', itemId: item('人居环境入户巡查评分').id, cadreId: cadres[0]! };
    await expect(core.call(clerk, 'ledger.inspect', { ...base, grades: [{ householdId: households[0]!, grade: '优秀' }, { householdId: households[1]!, grade: '良好' }] })).rejects.toThrow('不属于第一村小组');
    await expect(core.call(clerk, 'ledger.inspect', { ...base, grades: [{ householdId: households[0]!, grade: '满分' }] })).rejects.toThrow('请选择等级');
    expect(ledgerCounts(core.db)).toEqual(before);
  });
});

describe('activities', () => {
  it('marks attendance and, when finished, writes entries for attendees and credits the organiser', async () => {
    const { core, clerk, households, cadres, item } = await ledgerVillage();
    const a = await core.call(clerk, 'ledger.activity.create', {
      name: '三月环境大扫除',
      date: '2026-03-08',
      itemId: item('参与人居环境整治/大扫除').id,
      cadreId: cadres[0]!,
      dutyItemId: item('组织人居环境大扫除').id,
    });
    await expect(core.call(clerk, 'ledger.activity.finish', { activityId: a.id })).rejects.toThrow('还没有农户签到');
    for (const h of households.slice(0, 3)) await core.call(clerk, 'ledger.activity.mark', { activityId: a.id, householdId: h, present: true });
    const marked = await core.call(clerk, 'ledger.activity.mark', { activityId: a.id, householdId: households[2]!, present: false });
    expect(marked.attendees).toEqual(households.slice(0, 2));
    const r = await core.call(clerk, 'ledger.activity.finish', { activityId: a.id });
    expect(r).toMatchObject({ points: 10 });
    expect(r.seqs).toHaveLength(3);
    await expect(core.call(clerk, 'ledger.activity.mark', { activityId: a.id, householdId: households[3]!, present: true })).rejects.toThrow('已经结束');
    expect(() => core.db.prepare('DELETE FROM activity_attendance').run()).toThrow('签到不能再改动');
    const organiser = await core.call(clerk, 'ledger.cadrePassbook', { cadreId: cadres[0]!, year: null });
    expect(organiser.rows.map((x) => [x.points, x.description])).toEqual([[3, '活动签到：组织人居环境大扫除']]);
  });
});
