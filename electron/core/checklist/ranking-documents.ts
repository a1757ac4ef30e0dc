import ExcelJS from 'exceljs';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { CadreRankRow, CadreRanking } from '../contract/checklist.js';
import type { FileResult } from '../contract/result.js';
import { rateText } from '../pdf/documents/dutyWeekly.js';
import { formatDate, grid, pageSet } from '../pdf/layout.js';
import { toFile } from '../roster/xlsx/workbook.js';

export const RANKING_TITLE = '干部履职积分排名及评先评优推荐表';
/** The two bodies that sign the sheet, each with a seal, a signature and a date. */
const SIGNERS = ['村党支部', '村委会'];
const HEADER = ['排名', '姓名', '职务', '年度积分', '应完成', '已完成', '完成率', '推荐意见'];
const NOTE = '年度积分为审核通过的干部积分（更正记录已抵扣）；应完成、已完成按各事项的完成周期统计，完成率 = 已完成 ÷ 应完成。推荐意见由村党支部、村委会研究后填写。';

const periodText = (r: CadreRanking) => `统计期间：${formatDate(`${r.year}-01-01`)}至${formatDate(r.through)}`;
const cells = (r: CadreRankRow) => [String(r.rank), r.name, r.post, r.points, r.due, r.done, rateText(r.rate), ''] as const;

/** 评先评优推荐表 on A4: the ranking, a blank column for the recommendation, and signature lines for both committees. */
export function cadreRankingDocument(ranking: CadreRanking, o: { villageName: string; printDate: string; createdAt: string }): TDocumentDefinitions {
  const signatures: Content = {
    margin: [0, 28, 0, 0],
    columns: SIGNERS.map((s) => ({
      stack: [`${s}（盖章）`, { text: '负责人签字：________________', margin: [0, 18, 0, 0] }, { text: '日期：______年____月____日', margin: [0, 14, 0, 0] }],
    })),
  };
  return pageSet({
    paper: 'A4',
    frame: { villageName: o.villageName, title: RANKING_TITLE, period: `${ranking.year}年`, printDate: o.printDate },
    createdAt: o.createdAt,
    content: [
      { text: `${o.villageName}${ranking.year}年度${RANKING_TITLE}`, style: 'title' },
      { text: periodText(ranking), style: 'subtitle' },
      ranking.rows.length
        ? grid(
            [30, 52, 64, 52, 40, 40, 44, '*'],
            HEADER,
            ranking.rows.map((r) => cells(r).map((c, i) => ({ text: String(c), alignment: i === 1 || i === 2 ? 'left' : 'center', bold: i === 3 }))),
          )
        : { text: '本年度没有在任干部', style: 'note' },
      { text: NOTE, style: 'note', margin: [0, 6, 0, 0] },
      signatures,
    ],
  });
}

/** The same sheet as .xlsx, numbers as numbers, for the township's forms or further editing in WPS. */
export async function cadreRankingWorkbook(ranking: CadreRanking, villageName: string, fileName: string): Promise<FileResult> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('评先评优推荐表', { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  ws.columns = HEADER.map((_, i) => ({ width: [6, 10, 12, 10, 8, 8, 8, 30][i] }));
  ws.mergeCells(1, 1, 1, HEADER.length);
  ws.getCell(1, 1).value = `${villageName}${ranking.year}年度${RANKING_TITLE}`;
  ws.getCell(1, 1).font = { bold: true, size: 16 };
  ws.getCell(1, 1).alignment = { horizontal: 'center' };
  ws.mergeCells(2, 1, 2, HEADER.length);
  ws.getCell(2, 1).value = periodText(ranking);
  ws.getCell(2, 1).alignment = { horizontal: 'center' };
  const header = ws.addRow(HEADER);
  header.font = { bold: true };
  for (const r of ranking.rows) ws.addRow([r.rank, r.name, r.post, r.points, r.due, r.done, rateText(r.rate), '']);
  ws.addRow([]);
  ws.addRow([NOTE]);
  ws.addRow([]);
  for (const s of SIGNERS) ws.addRow([`${s}（盖章）`, '', '', '负责人签字：', '', '日期：', '    年  月  日']);
  return toFile(wb, fileName);
}
