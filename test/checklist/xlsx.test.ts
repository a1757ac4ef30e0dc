import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { MEETING } from '../ledger/fixture.js';
import { setUpVillage } from '../helpers.js';

/** Opens an exported sheet, lets `edit` change it like a clerk in WPS, and returns it as an import file. */
async function edited(file: { fileName: string; dataBase64: string }, edit: (ws: ExcelJS.Worksheet) => void) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ExcelJS.Buffer);
  edit(wb.worksheets[0] as ExcelJS.Worksheet);
  return { fileName: file.fileName, dataBase64: Buffer.from(await wb.xlsx.writeBuffer()).toString('base64') };
}

const rowOf = (ws: ExcelJS.Worksheet, name: string) => {
  let found: ExcelJS.Row | undefined;
  ws.eachRow((r) => (r.getCell(2).text === name ? (found = r) : undefined));
  if (!found) throw new Error(`no row ${name}`);
  return found;
};

describe('checklist items by spreadsheet', () => {
  it('exports a list with owners, previews row problems, and imports changes as a new version with its meeting', async () => {
    const { core, session } = await setUpVillage();
    const [party] = await core.call(session, 'checklist.loadTemplates', { codes: ['party'], meeting: MEETING });
    const wang = await core.call(session, 'roster.cadres.save', { name: '王书记', post: '书记', fromDate: '2024-01-01' });
    const fu = await core.call(session, 'roster.cadres.save', { name: '符委员', post: '委员', fromDate: '2024-01-01' });
    const study = party!.items.find((i) => i.name === '组织党员集中学习')!;
    await core.call(session, 'checklist.assign', { itemId: study.id, cadreId: wang.id });
    const file = await core.call(session, 'checklist.xlsx.export', { checklistId: party!.id });
    expect(file.fileName).toBe('党建引领清单-2026-03-15.xlsx');

    const bad = await edited(file, (ws) => {
      rowOf(ws, '组织党员集中学习').getCell(7).value = '李不在';
      rowOf(ws, '组织主题党日活动').getCell(3).value = '两分';
      ws.addRow(['组织生活', '组织主题党日活动', '1', '每次', '每月']);
    });
    const badPreview = await core.call(session, 'checklist.xlsx.preview', { checklistId: party!.id, file: bad });
    expect(badPreview.problems.map((p) => `${p.column}：${p.reason}`)).toEqual([
      expect.stringContaining('“两分”不是整数分值'),
      '责任人：没有在任村干部叫“李不在”',
      expect.stringContaining('与第 3 行重复'),
    ]);
    await expect(core.call(session, 'checklist.xlsx.import', { checklistId: party!.id, file: bad, meeting: MEETING })).rejects.toMatchObject({ code: 'SHEET_PROBLEMS' });

    const good = await edited(file, (ws) => {
      const r = rowOf(ws, '组织党员集中学习');
      r.getCell(3).value = '3';
      r.getCell(7).value = '符委员';
      ws.addRow(['组织生活', '开展“我为群众办实事”', '2', '每次', '按次', '办事记录', '王书记', '符委员']);
    });
    const preview = await core.call(session, 'checklist.xlsx.preview', { checklistId: party!.id, file: good });
    expect(preview).toMatchObject({ problems: [], added: 1, changed: 1 });
    const meeting = { ...MEETING, date: '2026-03-14', note: '调整学习分值' };
    expect(await core.call(session, 'checklist.xlsx.import', { checklistId: party!.id, file: good, meeting })).toEqual({ version: 2, written: 2 });
    const [after] = (await core.call(session, 'checklist.lists', {})).filter((l) => l.code === 'party');
    expect(after!.versions[0]).toMatchObject({ version: 2, meetingDate: '2026-03-14', note: '调整学习分值' });
    expect(after!.items.find((i) => i.name === '组织党员集中学习')).toMatchObject({ points: 3, version: 2, cadreName: '符委员' });
    expect(after!.items.find((i) => i.name === '开展“我为群众办实事”')).toMatchObject({ points: 2, cadreId: wang.id, coOwners: [{ id: fu.id, name: '符委员' }] });
    expect(after!.items.find((i) => i.name === '组织主题党日活动')).toMatchObject({ version: 1 });
  });
});
