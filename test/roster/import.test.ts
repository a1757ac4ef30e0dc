import { describe, expect, it } from 'vitest';
import { setUpVillage } from '../helpers.js';
import { validId, xlsxFile, type Cell } from './sheets.js';

async function preview(rows: Cell[][], extra: { defaultGroupId?: number; mapping?: Record<string, number | null> } = {}) {
  const v = await setUpVillage();
  const input = { file: await xlsxFile(rows), ...extra };
  return { ...v, input, preview: await v.core.call(v.session, 'roster.xlsx.preview', input) };
}

const heads = async (v: Awaited<ReturnType<typeof setUpVillage>>) =>
  (await v.core.call(v.session, 'roster.households.list', { status: null })).rows.map((r) => [r.number, r.groupName, r.headName, r.memberCount]);

describe('importing an office sheet', () => {
  it('reads a title row, office headers, full-width digits, spaces, lowercase x and dashed phones', async () => {
    const id = validId('19491231', 2).replace('X', 'x');
    const fullWidth = validId('19800101', 13).replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    const v = await preview([
      ['山竹沟村 2025 年农户花名册'],
      [],
      ['序号', '户主姓名', '姓名', '关系', '性别', '出生日期', '身份证号码（必填）', '手机', '组别', '住址', '备注'],
      [1, '张三', ' 张 三 ', '户主', '男', new Date(Date.UTC(1949, 11, 31)), ` ${id} `, '138-0013-8000', '1组', '一组 8 号', '党员'],
      [2, '张三', '李梅', '妻', '', '', fullWidth, '', '', '', ''],
      [3, '张三', '张小军', '长子', '男', '1975年', '', '0898 6688 1234', '', '', ''],
      [4, '王五', '王五', '', '', '', '', '', '第二村小组', '', ''],
    ]);
    expect(v.preview).toMatchObject({ headerRow: 3, households: 2, validHouseholds: 2, validMembers: 4, problems: [] });
    expect(v.preview.mapping).toMatchObject({ headName: 2, name: 3, relation: 4, gender: 5, birthYear: 6, idCard: 7, phone: 8, group: 9, address: 10, note: 11 });
    await v.core.call(v.session, 'roster.xlsx.import', v.input);
    expect(await heads(v)).toEqual([
      ['01001', '第一村小组', '张三', 3],
      ['02001', '第二村小组', '王五', 1],
    ]);
    const h = await v.core.call(v.session, 'roster.households.get', { id: 1 });
    expect(h).toMatchObject({ address: '一组 8 号', note: '党员' });
    expect(h.members.map((m) => [m.name, m.relation, m.gender, m.birthYear, m.idCard, m.phone])).toEqual([
      ['张三', '户主', 'male', 1949, validId('19491231', 2), '13800138000'],
      // gender and birth year come from the ID number when the sheet leaves them out
      ['李梅', '配偶', 'male', 1980, validId('19800101', 13), null],
      ['张小军', '子', 'male', 1975, null, '089866881234'],
    ]);
  });

  it('takes member rows under a head row, with the 户号 repeated or left blank', async () => {
    const v = await preview([
      ['户号', '村小组', '姓名', '与户主关系'],
      ['A01', '第一村小组', '赵一', '户主'],
      ['', '', '钱二', '配偶'],
      ['A02', '第三村小组', '孙三', '户主'],
      ['A02', '第三村小组', '李四', '女'],
      ['A02', '第三村小组', '周五', '孙子'],
      ['', '第二村小组', '吴六', '户主'],
      ['', '', '郑七', '子'],
    ]);
    expect(v.preview).toMatchObject({ households: 3, validHouseholds: 3, validMembers: 7, problems: [] });
    await v.core.call(v.session, 'roster.xlsx.import', v.input);
    expect(await heads(v)).toEqual([
      ['02001', '第二村小组', '吴六', 2],
      ['A01', '第一村小组', '赵一', 2],
      ['A02', '第三村小组', '孙三', 3],
    ]);
  });

  it('skips a footer and a header repeated for each printed page', async () => {
    const v = await setUpVillage();
    const file = await xlsxFile([
      ['序号', '户号', '姓名', '与户主关系', '村小组'],
      [1, 'C01', '赵一', '户主', '第一村小组'],
      [2, null, '钱二', '配偶', '第一村小组'],
      ['序号', '户号', '姓名', '与户主关系', '村小组'],
      [3, 'C02', '孙三', '户主', '第二村小组'],
      ['制表人：李会计'],
    ]);
    const preview = await v.core.call(v.session, 'roster.xlsx.preview', { file });
    expect(preview).toMatchObject({ households: 2, validHouseholds: 2, validMembers: 3, problems: [] });
  });

  it('lets the user map an unknown header and pick a group for a sheet without one', async () => {
    const rows: Cell[][] = [
      ['家长', '联系人电话'],
      ['冯八', '13912345678'],
    ];
    const first = await preview(rows);
    expect(first.preview.headerRow).toBe(0);
    expect(first.preview.columns.map((c) => [c.col, c.header])).toEqual([
      [1, '第 A 列'],
      [2, '第 B 列'],
    ]);
    expect(first.preview.problems[0]?.reason).toMatch(/请指定“姓名”/);
    const [g] = await first.core.call(first.session, 'roster.groups.list', {});
    const mapped = await first.core.call(first.session, 'roster.xlsx.preview', { ...first.input, mapping: { headName: 1, phone: 2 }, defaultGroupId: g!.id });
    // the header row now reads as a household too: the clerk sees it and fixes the sheet, or maps it
    expect(mapped.problems.map((p) => [p.row, p.field, p.reason])).toEqual([[1, '联系电话', '电话号码格式不正确（手机 11 位，座机可带区号）']]);
    expect(mapped.validHouseholds).toBe(1);
  });
});

describe('the problem list', () => {
  it('lists every bad row with its field and a Chinese reason, and imports only the good households', async () => {
    const { core, session } = await setUpVillage();
    const [g] = await core.call(session, 'roster.groups.list', {});
    await core.call(session, 'roster.households.create', { groupId: g!.id, number: 'B09', members: [{ name: '老户', relation: '户主', idCard: validId('19600101', 1) }] });
    const file = await xlsxFile([
      ['户号', '村小组', '姓名', '与户主关系', '身份证号', '电话'],
      ['B01', '第一村小组', '甲', '户主', '', ''], // good
      ['B02', '第一村小组', '乙', '户主', '', ''],
      ['B02', '第一村小组', '丙', '户主', '', ''], // two heads
      ['B03', '第一村小组', '丁', '配偶', '', ''], // no head
      ['B04', '第九村小组', '戊', '户主', '', ''], // unknown group
      ['B01', '第一村小组', '己', '户主', '', ''], // 户号 repeated further down
      ['B09', '第一村小组', '庚', '户主', '', ''], // 户号 already in the database
      ['B10', '第一村小组', '辛', '户主', validId('19700101', 5).slice(0, 17) + '0', ''], // bad checksum
      ['B11', '第一村小组', '壬', '户主', validId('19600101', 1), ''], // ID already in the database
      ['B12', '第一村小组', '癸', '户主', validId('19710101', 7), ''], // good
      ['B13', '第一村小组', '子', '户主', validId('19710101', 7), ''], // same ID as row 11
      ['B14', '第一村小组', '丑', '户主', '', '13800'], // bad phone
      ['B15', '第一村小组', '', '户主', '', ''], // no name
      ['', '', '寅', '子', '', ''], // a member of B15: its household is out with it
      ['B16', '第一村小组', '卯', '户主', Number('469003197101010071'), ''], // an ID Excel kept as a number
    ]);
    const input = { file };
    const preview = await core.call(session, 'roster.xlsx.preview', input);
    expect(preview.problems.map((p) => [p.row, p.field, p.reason])).toEqual([
      [4, '与户主关系', '这一户有 2 名户主（第 3、4 行）'],
      [5, '与户主关系', '这一户没有户主'],
      [6, '村小组', '村小组“第九村小组”不存在（本村有：第一村小组、第二村小组、第三村小组）'],
      [7, '户号', '户号 B01 在表中重复（第 2 行已用过）'],
      [8, '户号', '户号 B09 在花名册中是老户户，表中户主是庚，不是同一户（请核对户号）'],
      [9, '身份证号', '身份证号校验位不正确，请核对'],
      [10, '身份证号', '身份证号已登记在户号 B09（老户）'],
      [12, '身份证号', '身份证号与第 11 行重复'],
      [13, '联系电话', '电话号码格式不正确（手机 11 位，座机可带区号）'],
      [14, '姓名', '缺少姓名'],
      [16, '身份证号', '身份证号被 Excel 存成了数字，后几位已丢失；请把该列设为“文本”后重新填写'],
    ]);
    expect(preview).toMatchObject({ households: 13, validHouseholds: 2, validMembers: 2 });
    expect(await core.call(session, 'roster.xlsx.import', input)).toEqual({ households: 2, members: 2, skipped: 11, updated: 0, unchanged: 0 });
    const list = await core.call(session, 'roster.households.list', {});
    expect(list.rows.map((r) => r.number)).toEqual(['B01', 'B09', 'B12']);
  });

  it('writes nothing when the file is not a spreadsheet', async () => {
    const { core, session } = await setUpVillage();
    await expect(core.call(session, 'roster.xlsx.preview', { file: { fileName: 'a.xls', dataBase64: Buffer.from('not a zip').toString('base64') } })).rejects.toThrow(
      '请选择 Excel 的 .xlsx 文件',
    );
  });

  it('refuses a caller who is not logged in', async () => {
    const { core } = await setUpVillage();
    await expect(core.call('nobody', 'roster.xlsx.export', {})).rejects.toThrow('请先登录');
  });
});
