import { describe, expect, it } from 'vitest';
import { setUpVillage } from '../helpers.js';

describe('household status and groups', () => {
  it('moves a household out in the same save as an edit, and keeps it findable', async () => {
    const { core, session } = await setUpVillage();
    const [g] = await core.call(session, 'roster.groups.list', {});
    const h = await core.call(session, 'roster.households.create', { groupId: g!.id, members: [{ name: '张三', relation: '户主' }] });
    const moved = await core.call(session, 'roster.households.update', { id: h.id, groupId: g!.id, note: '2026 年迁往县城', status: 'moved', members: h.members.map((m) => ({ ...m, relation: '户主' as const })) });
    expect(moved).toMatchObject({ status: 'moved', note: '2026 年迁往县城' });
    expect((await core.call(session, 'roster.households.list', { status: 'active' })).total).toBe(0);
    expect((await core.call(session, 'roster.households.list', { status: 'moved', query: 'zs' })).rows.map((r) => r.headName)).toEqual(['张三']);
    // a failing edit leaves the status alone too
    await expect(core.call(session, 'roster.households.update', { id: h.id, groupId: g!.id, status: 'cancelled', members: [{ name: '张三', relation: '配偶' }] })).rejects.toThrow('户主');
    expect((await core.call(session, 'roster.households.get', { id: h.id })).status).toBe('moved');
  });

  it('adds and renames groups, refusing a name already taken', async () => {
    const { core, session } = await setUpVillage({ groups: ['第一村小组'] });
    const added = await core.call(session, 'roster.groups.add', { name: '第二村小组' });
    expect(added.map((g) => [g.name, g.sort])).toEqual([
      ['第一村小组', 1],
      ['第二村小组', 2],
    ]);
    await expect(core.call(session, 'roster.groups.add', { name: '第一村小组' })).rejects.toThrow('已存在');
    await expect(core.call(session, 'roster.groups.rename', { id: added[1]!.id, name: '第一村小组' })).rejects.toThrow('已存在');
    const renamed = await core.call(session, 'roster.groups.rename', { id: added[1]!.id, name: '坡头村小组' });
    expect(renamed.map((g) => g.name)).toEqual(['第一村小组', '坡头村小组']);
  });
});
