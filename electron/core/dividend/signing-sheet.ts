import ExcelJS from 'exceljs';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatFen, itemLines, TIE_RULE, type DividendDetail } from '../contract/dividend.js';
import type { FileResult } from '../contract/result.js';
import { formatDate, formatMonth, grid, pageSet } from '../pdf/layout.js';

const SHEET_TITLE = '分红签领表';

/** 2026年集体经济分红 → …分红签领表, never …分红分红签领表. */
export const sheetTitle = (d: Pick<DividendDetail, 'title'>) => (d.title.endsWith('分红') ? `${d.title}签领表` : `${d.title}${SHEET_TITLE}`);

export interface SheetOptions {
  villageName: string;
  printDate: string;
  createdAt: string;
}

export const periodLabel = (d: Pick<DividendDetail, 'fromMonth' | 'toMonth'>) =>
  d.fromMonth === d.toMonth ? formatMonth(d.fromMonth) : `${formatMonth(d.fromMonth)}至${formatMonth(d.toMonth)}`;

function summaryLines(d: DividendDetail): string[] {
  return [
    `计分期间：${periodLabel(d)}（已审核通过的累计积分）\u3000分红总额：${formatFen(d.amountFen)} 元\u3000参与分红：${d.shares.length} 户，共 ${d.totalPoints} 分`,
    ...itemLines(d.items),
    `分配方法：${TIE_RULE}`,
  ];
}

/** 分红签领表 as a pure document definition: one row per household with room to sign. */
export function signingSheetDocument(d: DividendDetail, o: SheetOptions): TDocumentDefinitions {
  const total = d.shares.reduce((n, s) => n + s.shareFen, 0);
  const rows: Content[][] = d.shares.map((s, i) => [
    { text: String(i + 1), alignment: 'center' },
    { text: s.number, alignment: 'center' },
    s.headName,
    s.groupName,
    String(s.points),
    formatFen(s.shareFen),
    '',
    '',
  ]);
  rows.push([
    { text: '合计', colSpan: 4, alignment: 'center', bold: true } as Content,
    '',
    '',
    '',
    { text: String(d.totalPoints), bold: true, alignment: 'right' },
    { text: formatFen(total), bold: true, alignment: 'right' },
    '',
    '',
  ]);
  const table = grid([28, 46, 62, 64, 44, 84, '*', 52], ['序号', '户号', '户主', '村小组', '积分', '分红金额（元）', '领取人签名', '领取日期'], rows, {
    numericFrom: 4,
  }) as { table: { heights?: number } };
  table.table.heights = 22;
  const content: Content[] = [
    { text: `${o.villageName}${sheetTitle(d)}`, style: 'title' },
    { text: `第 ${d.id} 号\u3000登记人：${d.operatorName}\u3000登记时间：${formatDate(d.createdAt.slice(0, 10))}`, style: 'subtitle' },
    ...summaryLines(d).map((text) => ({ text, style: 'note', margin: [0, 0, 0, 4] }) as Content),
    table as Content,
    {
      margin: [0, 18, 0, 0],
      columns: ['制表人：', '审核人（村务监督委员会）：', '村委会（盖章）：'].map((t) => ({ text: t, width: '*' })),
    },
  ];
  return pageSet({
    paper: 'A4',
    frame: { villageName: o.villageName, title: sheetTitle(d), period: periodLabel(d), printDate: o.printDate },
    createdAt: o.createdAt,
    content,
  });
}

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The same sheet as .xlsx. Amounts are written from the integer fen through
 * their exact decimal text, so the cell holds what was typed-looking 1234.56
 * and the 合计 row is the integer total, not a floating-point sum.
 */
export async function signingSheetXlsx(d: DividendDetail, o: SheetOptions): Promise<FileResult> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '村级清单积分管理系统';
  const lines = summaryLines(d);
  // Title, the summary lines, then the table's header (repeated on every printed page).
  const headerRow = lines.length + 2;
  const ws = wb.addWorksheet(SHEET_TITLE, {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${headerRow}:${headerRow}` },
  });
  ws.columns = [
    { key: 'seq', width: 6 },
    { key: 'number', width: 10, style: { numFmt: '@' } },
    { key: 'head', width: 12 },
    { key: 'group', width: 14 },
    { key: 'points', width: 9 },
    { key: 'share', width: 16, style: { numFmt: '#,##0.00' } },
    { key: 'sign', width: 20 },
    { key: 'date', width: 12 },
  ];
  ws.mergeCells('A1:H1');
  ws.getCell('A1').value = `${o.villageName}${sheetTitle(d)}`;
  ws.getCell('A1').font = { bold: true, size: 16 };
  ws.getCell('A1').alignment = { horizontal: 'center' };
  lines.forEach((line, i) => {
    ws.mergeCells(`A${i + 2}:H${i + 2}`);
    ws.getCell(`A${i + 2}`).value = line;
    ws.getCell(`A${i + 2}`).alignment = { wrapText: true };
    ws.getRow(i + 2).height = 30;
  });
  const header = ws.getRow(headerRow);
  header.values = ['序号', '户号', '户主', '村小组', '积分', '分红金额（元）', '领取人签名', '领取日期'];
  header.font = { bold: true };
  header.alignment = { horizontal: 'center' };
  const yuan = (fen: number) => Number(formatFen(fen, { grouping: false }));
  d.shares.forEach((s, i) => {
    const row = ws.addRow([i + 1, s.number, s.headName, s.groupName, s.points, yuan(s.shareFen), '', '']);
    row.height = 24;
  });
  const total = ws.addRow(['合计', '', '', '', d.totalPoints, yuan(d.shares.reduce((n, s) => n + s.shareFen, 0)), '', '']);
  total.font = { bold: true };
  const thin = { style: 'thin' as const };
  for (let r = headerRow; r <= total.number; r++) {
    for (let c = 1; c <= 8; c++) ws.getRow(r).getCell(c).border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  ws.addRow([]);
  ws.addRow(['制表人：', '', '', '审核人：', '', '村委会（盖章）：']);
  const buf = await wb.xlsx.writeBuffer();
  return {
    fileName: `${o.villageName}${sheetTitle(d)}-第${d.id}号.xlsx`.replace(/[\\/:*?"<>|\s]+/g, ''),
    mime: XLSX_MIME,
    dataBase64: Buffer.from(buf as ArrayBuffer).toString('base64'),
  };
}
