import { describe, expect, it } from 'vitest';
import { setUpVillage } from '../helpers.js';
import { readXlsx, validId } from './sheets.js';

describe('roster template and export', () => {
  it('exports Chinese text that imports back as the same households', async () => {
    const { core, session } = await setUpVillage();
    const [g1, g2] = await core.call(session, 'roster.groups.list', {});
    await core.call(session, 'roster.households.create', {
      groupId: g1!.id,
      address: '一组 堃园路 8 号',
      note: '低保户',
      members: [
        { name: '欧阳堃', relation: '户主', gender: 'male', birthYear: 1962, idCard: validId('19620304', 11), phone: '13800138000', partyMember: true },
        { name: '李赟', relation: '配偶', gender: 'female', birthYear: 1965 },
        { name: '欧阳喆', relation: '子', birthYear: 1990, phone: '0898-6688123' },
      ],
    });
    const moved = await core.call(session, 'roster.households.create', { groupId: g2!.id, members: [{ name: '张犇', relation: '户主' }] });
    await core.call(session, 'roster.households.setStatus', { id: moved.id, status: 'moved' });

    const file = await core.call(session, 'roster.xlsx.export', {});
    expect(file.fileName).toMatch(/^农户花名册-测试村-2026-03-15\.xlsx$/);
    const rows = await readXlsx(file.dataBase64);
    expect(rows[0]).toEqual(['户号', '村小组', '门牌地址', '姓名', '与户主关系', '性别', '出生年份', '身份证号', '联系电话', '政治面貌', '状态', '备注']);
    expect(rows[1]).toContain('中共党员');
    expect(rows).toHaveLength(5);

    const fresh = await setUpVillage();
    const input = { file: { fileName: file.fileName, dataBase64: file.dataBase64 } };
    const preview = await fresh.core.call(fresh.session, 'roster.xlsx.preview', input);
    expect(preview).toMatchObject({ households: 2, validHouseholds: 2, validMembers: 4, problems: [], headerRow: 1 });
    expect(await fresh.core.call(fresh.session, 'roster.xlsx.import', input)).toEqual({ households: 2, members: 4, skipped: 0, updated: 0, unchanged: 0 });

    const dump = async (c: typeof core, s: string) => {
      const list = await c.call(s, 'roster.households.list', {});
      return Promise.all(
        list.rows.map(async (r) => {
          const { id: _id, members, ...h } = await c.call(s, 'roster.households.get', { id: r.id });
          return { ...h, groupName: r.groupName, members: members.map(({ id: _mid, ...m }) => m) };
        }),
      );
    };
    const before = await dump(core, session);
    expect(before).toHaveLength(2);
    expect(await dump(fresh.core, fresh.session)).toEqual(before.map((h) => ({ ...h, groupId: expect.any(Number) })));
  });

  it('makes a template whose headers the importer recognises', async () => {
    const { core, session } = await setUpVillage();
    const file = await core.call(session, 'roster.xlsx.template', {});
    const preview = await core.call(session, 'roster.xlsx.preview', { file: { fileName: file.fileName, dataBase64: file.dataBase64 } });
    expect(preview.sheets).toEqual(['花名册', '选项', '填写说明']);
    expect(preview.households).toBe(0);
    expect(Object.keys(preview.mapping).sort()).toEqual(['address', 'birthYear', 'gender', 'group', 'idCard', 'name', 'note', 'number', 'phone', 'politics', 'relation', 'status'].sort());
  });
});
