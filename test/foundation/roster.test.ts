import { describe, expect, it } from 'vitest';
import { idCardProblem, normalizeIdCard, normalizePhone } from '../../electron/core/contract/identity.js';
import { maskIdCard, maskName, maskPhone } from '../../electron/core/contract/privacy.js';
import { idCardCheckChar, setUpVillage } from '../helpers.js';

const validId = (body17: string) => body17 + idCardCheckChar(body17);

describe('identity rules', () => {
  it('accepts a correct checksum and refuses a wrong one', () => {
    expect(idCardProblem('11010519491231002X')).toBeNull();
    expect(idCardProblem('110105194912310021')).toMatch(/校验位/);
    expect(idCardProblem('110105194902300021')).toMatch(/出生日期/);
    expect(idCardProblem('12345')).toMatch(/18 位/);
  });

  it('normalises full-width digits, spaces and a lowercase x', () => {
    expect(normalizeIdCard(' １１０１０５１９４９１２３１００２x ')).toBe('11010519491231002X');
    expect(normalizePhone('138-0013 8000')).toBe('13800138000');
  });

  it('masks identity for lists and paper', () => {
    expect(maskPhone('13800138000')).toBe('138****8000');
    expect(maskIdCard('11010519491231002X')).toBe('110***********002X');
    expect(maskName('张三明')).toBe('张*明');
    expect(maskName('李四')).toBe('李*');
  });
});

describe('household roster', () => {
  it('creates a household with a generated number and masks the phone in lists', async () => {
    const { core, session } = await setUpVillage();
    const [g] = await core.call(session, 'roster.groups.list', {});
    const h = await core.call(session, 'roster.households.create', {
      groupId: g!.id,
      address: '一组 12 号',
      members: [
        { name: '张三', relation: '户主', idCard: validId('46900319800101001'), phone: '13800138000' },
        { name: '李梅', relation: '配偶' },
      ],
    });
    expect(h.number).toBe('01001');
    const list = await core.call(session, 'roster.households.list', {});
    expect(list.total).toBe(1);
    expect(list.rows[0]).toMatchObject({ headName: '张三', memberCount: 2, phoneMasked: '138****8000' });
    expect(JSON.stringify(list)).not.toContain('13800138000');
  });

  it('requires exactly one head', async () => {
    const { core, session } = await setUpVillage();
    const [g] = await core.call(session, 'roster.groups.list', {});
    await expect(core.call(session, 'roster.households.create', { groupId: g!.id, members: [{ name: '甲', relation: '配偶' }] })).rejects.toThrow('必须有一名户主');
    await expect(
      core.call(session, 'roster.households.create', {
        groupId: g!.id,
        members: [
          { name: '甲', relation: '户主' },
          { name: '乙', relation: '户主' },
        ],
      }),
    ).rejects.toThrow('只能有一名户主');
    expect((await core.call(session, 'roster.households.list', {})).total).toBe(0);
  });

  it('keeps 户号 unique and refuses a bad ID checksum without writing', async () => {
    const { core, session } = await setUpVillage();
    const [g] = await core.call(session, 'roster.groups.list', {});
    await core.call(session, 'roster.households.create', { groupId: g!.id, number: 'A-1', members: [{ name: '甲', relation: '户主' }] });
    await expect(core.call(session, 'roster.households.create', { groupId: g!.id, number: 'A-1', members: [{ name: '乙', relation: '户主' }] })).rejects.toThrow('户号 A-1 已被使用');
    await expect(
      core.call(session, 'roster.households.create', { groupId: g!.id, members: [{ name: '丙', relation: '户主', idCard: '110105194912310021' }] }),
    ).rejects.toThrow('校验位');
    expect((await core.call(session, 'roster.households.list', {})).total).toBe(1);
  });

  it('refuses the same ID card in two households', async () => {
    const { core, session } = await setUpVillage();
    const [g] = await core.call(session, 'roster.groups.list', {});
    const id = validId('46900319800101001');
    await core.call(session, 'roster.households.create', { groupId: g!.id, members: [{ name: '甲', relation: '户主', idCard: id }] });
    await expect(core.call(session, 'roster.households.create', { groupId: g!.id, members: [{ name: '乙', relation: '户主', idCard: id.toLowerCase() }] })).rejects.toThrow(
      '已登记在户号 01001',
    );
  });

  it('edits members, swapping the head, in one save', async () => {
    const { core, session } = await setUpVillage();
    const [g] = await core.call(session, 'roster.groups.list', {});
    const h = await core.call(session, 'roster.households.create', {
      groupId: g!.id,
      members: [
        { name: '老张', relation: '户主' },
        { name: '小张', relation: '子' },
      ],
    });
    const [a, b] = h.members;
    const updated = await core.call(session, 'roster.households.update', {
      id: h.id,
      groupId: g!.id,
      members: [
        { id: a!.id, name: '老张', relation: '父亲' },
        { id: b!.id, name: '小张', relation: '户主' },
        { name: '新生儿', relation: '孙子' },
      ],
    });
    expect(updated.members.map((m) => [m.name, m.relation])).toEqual([
      ['老张', '父亲'],
      ['小张', '户主'],
      ['新生儿', '孙子'],
    ]);
    const list = await core.call(session, 'roster.households.list', {});
    expect(list.rows[0]).toMatchObject({ headName: '小张', memberCount: 3 });
  });
});

describe('pinyin search', () => {
  it('finds 张三 by initials, full pinyin, name and 户号', async () => {
    const { core, session } = await setUpVillage();
    const [g] = await core.call(session, 'roster.groups.list', {});
    await core.call(session, 'roster.households.create', { groupId: g!.id, members: [{ name: '张三', relation: '户主' }] });
    await core.call(session, 'roster.households.create', { groupId: g!.id, members: [{ name: '李四', relation: '户主' }] });
    await core.call(session, 'roster.households.create', { groupId: g!.id, members: [{ name: '曾小贤', relation: '户主' }] });
    const find = async (query: string) => (await core.call(session, 'roster.households.list', { query })).rows.map((r) => r.headName);
    expect(await find('zs')).toEqual(['张三']);
    expect(await find('ZS')).toEqual(['张三']);
    expect(await find('zhangsan')).toEqual(['张三']);
    expect(await find('张')).toEqual(['张三']);
    expect(await find('01002')).toEqual(['李四']);
    // 曾 as a surname reads zeng, not ceng
    expect(await find('zxx')).toEqual(['曾小贤']);
    expect(await find('%')).toEqual([]);
  });
});
