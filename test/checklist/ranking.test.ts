import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ledgerVillage } from '../ledger/fixture.js';
import { pageOnePng, pageSizePts, pdfText, squash } from '../publications/pdf-tools.js';

/**
 * Three cadres in March 2026: 李主任 and 陈委员 tie on 9 approved points,
 * 王委员's 5 points were corrected to 0, a pending and a rejected entry of
 * theirs do not count; 李主任 owns a weekly item done once.
 */
async function rankedVillage() {
  const v = await ledgerVillage({ households: 1 });
  const { core, admin, reviewer, item } = v;
  const [li, chen] = v.cadres as [number, number];
  const wang = (await core.call(admin, 'roster.cadres.save', { name: '王委员', post: '委员', fromDate: '2024-01-01' })).id;
  const record = async (name: string, cadreId: number, date: string) => (await core.call(admin, 'ledger.record', { itemId: item(name).id, date, cadreId })).seqs;
  const approve = (seqs: number[]) => core.call(reviewer, 'ledger.review', { seqs, decision: 'approved' });
  await core.call(admin, 'checklist.assign', { itemId: item('村委会便民服务窗口坐班').id, cadreId: li });
  await approve([
    ...(await record('为村民代办低保申请', li, '2026-03-02')),
    ...(await record('调解矛盾纠纷', li, '2026-03-03')),
    ...(await record('村委会便民服务窗口坐班', li, '2026-03-10')),
    ...(await record('为村民代办低保申请', chen, '2026-03-04')),
    ...(await record('调解矛盾纠纷', chen, '2026-03-05')),
    ...(await record('为群众代办事项办结', chen, '2026-03-06')),
  ]);
  const [voided] = await record('为村民代办低保申请', wang, '2026-03-02');
  await approve([voided!]);
  const correction = await core.call(admin, 'ledger.correct', { seq: voided!, points: 0, reason: '重复登记', date: '2026-03-12' });
  await approve(correction.seqs);
  await record('调解矛盾纠纷', wang, '2026-03-13'); // pending
  const rejected = await record('为群众代办事项办结', wang, '2026-03-13');
  await core.call(reviewer, 'ledger.review', { seqs: rejected, decision: 'rejected', reason: '佐证材料不全' });
  return { ...v, li, chen, wang };
}

describe('yearly cadre ranking (评先评优)', () => {
  it('ranks by approved points with corrections netted, shares a rank on a tie, and counts items due so far', async () => {
    const { core, admin } = await rankedVillage();
    const ranking = await core.call(admin, 'checklist.ranking', { year: 2026 });
    expect(ranking.through).toBe('2026-03-15');
    expect(ranking.rows.map((r) => [r.rank, r.name, r.points])).toEqual([
      [1, '李主任', 9],
      [1, '陈委员', 9],
      [3, '王委员', 0],
    ]);
    // the weekly item fell due in the 11 weeks ending 4 January … 15 March; one is done
    expect(ranking.rows[0]).toMatchObject({ due: 11, done: 1, rate: 9 });
    expect(ranking.rows[1]).toMatchObject({ due: 0, done: 0, rate: null });
  });

  it('refuses a year that has not begun, and a finished year counts to its end', async () => {
    const { core, admin } = await rankedVillage();
    await expect(core.call(admin, 'checklist.ranking', { year: 2027 })).rejects.toMatchObject({ code: 'FUTURE_YEAR', message: expect.stringContaining('2026') });
    await expect(core.call(admin, 'checklist.ranking.xlsx', { year: 1999 })).rejects.toMatchObject({ message: expect.stringContaining('年份') });
    const last = await core.call(admin, 'checklist.ranking', { year: 2025 });
    expect(last.through).toBe('2025-12-31');
    expect(last.rows.every((r) => r.points === 0 && r.rank === 1)).toBe(true);
  });

  it('prints the sheet on A4 with the ranking and signature lines for 村党支部 and 村委会', async () => {
    const { core, admin } = await rankedVillage();
    const result = await core.call(admin, 'checklist.ranking.pdf', { year: 2026 });
    const pdf = Buffer.from(result.file.dataBase64, 'base64');
    pageOnePng(pdf, 'cadre-ranking');
    expect(pageSizePts(pdf)).toEqual({ width: 595, height: 842 });
    expect(result.file.fileName).toBe('测试村干部履职积分排名及评先评优推荐表-2026年.pdf');
    const text = squash(pdfText(pdf));
    expect(text).toContain('测试村2026年度干部履职积分排名及评先评优推荐表');
    expect(text).toContain('统计期间：2026年1月1日至2026年3月15日');
    expect(text).toMatch(/1 李主任 主任 9 11 1 9%/);
    expect(text).toMatch(/1 陈委员 委员 9 0 0 —/);
    expect(text).toMatch(/3 王委员 委员 0 /);
    expect(text).toMatch(/村党支部（盖章） 村委会（盖章）/);
    expect(text.match(/负责人签字/g)).toHaveLength(2);
    expect(text.match(/日期：_+年/g)).toHaveLength(2);
  });

  it('exports the same sheet as .xlsx that reads back with numbers as numbers', async () => {
    const { core, admin } = await rankedVillage();
    const file = await core.call(admin, 'checklist.ranking.xlsx', { year: 2026 });
    expect(file.fileName).toBe('测试村干部履职积分排名及评先评优推荐表-2026年.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const rows: unknown[][] = [];
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]?.[0]).toBe('测试村2026年度干部履职积分排名及评先评优推荐表');
    const header = rows.findIndex((r) => r[0] === '排名');
    expect(rows[header]).toEqual(['排名', '姓名', '职务', '年度积分', '应完成', '已完成', '完成率', '推荐意见']);
    expect(rows.slice(header + 1, header + 4).map((r) => r.slice(0, 7))).toEqual([
      [1, '李主任', '主任', 9, 11, 1, '9%'],
      [1, '陈委员', '委员', 9, 0, 0, '—'],
      [3, '王委员', '委员', 0, 0, 0, '—'],
    ]);
    expect(rows.map((r) => r[0])).toEqual(expect.arrayContaining(['村党支部（盖章）', '村委会（盖章）']));
  });
});
