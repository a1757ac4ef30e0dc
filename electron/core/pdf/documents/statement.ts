import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatDate, grid, pageSet } from '../layout.js';
import type { PublicationOptions } from './householdPoints.js';

export interface StatementRow {
  date: string;
  /** e.g. 门前三包达标, 兑换 洗衣粉 ×2, 更正 #123 */
  summary: string;
  /** + earned, − deducted or spent */
  change: number;
  balance: number;
}

export interface HouseholdStatement {
  number: string;
  headName: string;
  groupName: string;
  opening: number;
  rows: StatementRow[];
  closing: number;
}

export interface StatementData {
  villageName: string;
  from: string;
  to: string;
  households: HouseholdStatement[];
}

function one(h: HouseholdStatement, data: StatementData, first: boolean): Content[] {
  const earned = h.rows.reduce((n, r) => n + Math.max(0, r.change), 0);
  const spent = h.rows.reduce((n, r) => n + Math.max(0, -r.change), 0);
  return [
    { text: `${data.villageName}农户积分对账单`, style: 'title', ...(first ? {} : { pageBreak: 'before' as const }) },
    { text: `${formatDate(data.from)} 至 ${formatDate(data.to)}`, style: 'subtitle' },
    {
      columns: [
        { text: [{ text: '户号：', bold: true }, h.number] },
        { text: [{ text: '户主：', bold: true }, h.headName] },
        { text: [{ text: '村小组：', bold: true }, h.groupName] },
      ],
      margin: [0, 0, 0, 8],
    },
    grid(
      [70, '*', 50, 50, 60],
      ['日期', '摘要', '收入', '支出', '结余'],
      [
        ['', { text: '期初结余', bold: true }, '', '', String(h.opening)],
        ...h.rows.map((r): Content[] => [
          { text: r.date, alignment: 'center' },
          r.summary,
          r.change > 0 ? String(r.change) : '',
          r.change < 0 ? String(-r.change) : '',
          String(r.balance),
        ]),
        ['', { text: '本期合计 / 期末结余', bold: true }, String(earned), String(spent), { text: String(h.closing), bold: true }],
      ],
      { numericFrom: 2 },
    ),
    { text: '如对以上记录有疑问，请到村委会办公室核对。', style: 'note', margin: [0, 8, 0, 0] },
  ];
}

/** 积分存折/对账单 for one household or many, each starting on its own page. */
export function statementDocument(data: StatementData, options: PublicationOptions): TDocumentDefinitions {
  const period = `${formatDate(data.from)}至${formatDate(data.to)}`;
  return pageSet({
    paper: options.paper ?? 'A4',
    frame: { villageName: data.villageName, title: '农户积分对账单', period, printDate: options.printDate },
    createdAt: options.createdAt,
    content: data.households.length ? data.households.flatMap((h, i) => one(h, data, i === 0)) : [{ text: '没有要打印的农户', style: 'subtitle' }],
  });
}
