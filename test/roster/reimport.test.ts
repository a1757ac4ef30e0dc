import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { setUpVillage } from '../helpers.js';
import { validId, xlsxFile } from './sheets.js';

const HEADER = ['户号', '村小组', '门牌地址', '姓名', '与户主关系', '身份证号'];
const FIRST = [
  HEADER,
  ['C01', '第一村小组', '一巷 1 号', '林国强', '户主', ''],
  ['C01', '第一村小组', '一巷 1 号', '林小梅', '女', ''],
  ['C02', '第一村小组', '一巷 2 号', '郭秀兰', '户主', ''],
];

describe('importing a corrected sheet again', () => {
  it('calls households already in the roster 已在花名册中, not problems, and imports nothing twice', async () => {
    const v = await setUpVillage();
    const input = { file: await xlsxFile(FIRST) };
    await v.core.call(v.session, 'roster.xlsx.import', input);
    const again = await v.core.call(v.session, 'roster.xlsx.preview', input);
    expect(again.problems).toEqual([]);
    expect(again).toMatchObject({ households: 2, validHouseholds: 0 });
    expect(again.existing).toEqual([
      { row: 2, number: 'C01', headName: '林国强', changes: [] },
      { row: 4, number: 'C02', headName: '郭秀兰', changes: [] },
    ]);
    expect(await v.core.call(v.session, 'roster.xlsx.import', { ...input, update: true })).toEqual({ households: 0, members: 0, skipped: 0, updated: 0, unchanged: 2 });
    expect((await v.core.call(v.session, 'roster.households.list', {})).total).toBe(2);
  });

  it('shows what an update changes, and changes the roster only when asked; members keep their records', async () => {
    const v = await setUpVillage();
    await v.core.call(v.session, 'roster.xlsx.import', { file: await xlsxFile(FIRST) });
    const before = (await v.core.call(v.session, 'roster.households.list', { query: 'C01' })).rows[0]!;
    const oldMembers = (await v.core.call(v.session, 'roster.households.get', { id: before.id })).members;
    const id = validId('19700101', 3);
    const corrected = {
      file: await xlsxFile([
        HEADER,
        ['C01', '第二村小组', '一巷 9 号', '林国强', '户主', id],
        ['C01', '第二村小组', '一巷 9 号', '林小军', '子', ''],
        ['C02', '第一村小组', '一巷 2 号', '郭秀兰', '户主', ''],
        ['C03', '第一村小组', '二巷 1 号', '何志明', '户主', ''],
      ]),
    };
    const p = await v.core.call(v.session, 'roster.xlsx.preview', corrected);
    expect(p).toMatchObject({ households: 3, validHouseholds: 1, problems: [] });
    expect(p.existing[0]).toEqual({
      row: 2,
      number: 'C01',
      headName: '林国强',
      changes: ['村小组：第一村小组 → 第二村小组', '门牌地址：一巷 1 号 → 一巷 9 号', '林国强：性别 未填 → 男，出生年份 未填 → 1970，补填身份证号', '新增成员：林小军（子）'],
    });
    // the preview never shows the number itself
    expect(JSON.stringify(p.existing)).not.toContain(id);

    expect(await v.core.call(v.session, 'roster.xlsx.import', corrected)).toMatchObject({ households: 1, updated: 0, unchanged: 2 });
    expect((await v.core.call(v.session, 'roster.households.get', { id: before.id })).address).toBe('一巷 1 号');

    expect(await v.core.call(v.session, 'roster.xlsx.import', { ...corrected, update: true })).toMatchObject({ households: 0, updated: 1, unchanged: 2 });
    const after = await v.core.call(v.session, 'roster.households.get', { id: before.id });
    expect(after.address).toBe('一巷 9 号');
    // 林小梅 is not in the corrected sheet: kept, since removing a person is done in the roster on purpose
    expect(after.members.map((m) => [m.name, m.relation])).toEqual([['林国强', '户主'], ['林小军', '子'], ['林小梅', '女']]);
    expect(after.members.find((m) => m.name === '林国强')!.id).toBe(oldMembers.find((m) => m.name === '林国强')!.id);
    expect(after.members.find((m) => m.name === '林国强')!.idCard).toBe(id);
  });

  it('exports the problem list to .xlsx with row numbers, reasons and the row as the sheet had it', async () => {
    const v = await setUpVillage();
    const input = {
      file: await xlsxFile([
        HEADER,
        ['D01', '第一村小组', '', '甲', '户主', ''],
        ['D02', '第九村小组', '三巷 3 号', '乙', '户主', ''],
        ['D03', '第一村小组', '', '', '户主', ''],
      ]),
    };
    const file = await v.core.call(v.session, 'roster.xlsx.problems', input);
    expect(file.fileName).toMatch(/-导入问题-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ArrayBuffer);
    const rows = wb.worksheets[0]!.getSheetValues().slice(1).map((r) => (r as unknown[]).slice(1));
    expect(rows[0]).toEqual(['行号', '栏目', '问题', ...HEADER]);
    expect(rows[1]).toEqual([3, '村小组', '村小组“第九村小组”不存在（本村有：第一村小组、第二村小组、第三村小组）', 'D02', '第九村小组', '三巷 3 号', '乙', '户主', '']);
    expect(rows[2]?.slice(0, 3)).toEqual([4, '姓名', '缺少姓名']);
    expect(rows).toHaveLength(3);
  });
});

describe('relation detail', () => {
  it('keeps 长子, 次女 and 妻 beside the relation, exports them as written and reads them back unchanged', async () => {
    const v = await setUpVillage();
    await v.core.call(v.session, 'roster.xlsx.import', {
      file: await xlsxFile([
        HEADER,
        ['E01', '第一村小组', '', '符亚光', '户主', ''],
        ['E01', '第一村小组', '', '王春燕', '妻', ''],
        ['E01', '第一村小组', '', '符小军', '长子', ''],
        ['E01', '第一村小组', '', '符小梅', '次女', ''],
      ]),
    });
    const h = (await v.core.call(v.session, 'roster.households.list', { query: 'E01' })).rows[0]!;
    const members = (await v.core.call(v.session, 'roster.households.get', { id: h.id })).members;
    expect(members.map((m) => [m.name, m.relation, m.relationDetail])).toEqual([
      ['符亚光', '户主', ''],
      ['王春燕', '配偶', '妻'],
      ['符小军', '子', '长子'],
      ['符小梅', '女', '次女'],
    ]);

    const exported = await v.core.call(v.session, 'roster.xlsx.export', {});
    const again = await v.core.call(v.session, 'roster.xlsx.preview', { file: exported });
    expect(again.existing).toEqual([{ row: 2, number: 'E01', headName: '符亚光', changes: [] }]);

    // an edit that keeps the relation keeps the word; one that changes it drops it
    const edited = members.map((m) => ({ id: m.id, name: m.name, relation: (m.name === '符小梅' ? '其他' : m.relation) as '户主' }));
    await v.core.call(v.session, 'roster.households.update', { id: h.id, groupId: h.groupId, number: 'E01', members: edited });
    const after = (await v.core.call(v.session, 'roster.households.get', { id: h.id })).members;
    expect(after.map((m) => m.relationDetail)).toEqual(['', '妻', '长子', '']);
  });
});
