import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatDate, grid, pageSet, signed, type Paper } from '../layout.js';
import { dutyBlock, type CadreWeekRow } from './dutyWeekly.js';

/** One household's line on a points publication. */
export interface HouseholdPointsRow {
  number: string;
  headName: string;
  /** Points of each sub-period column (the months of a quarter); empty for a monthly publication. */
  parts: number[];
  /** Awards and deductions in the period, shown beside the net so a −10 inside a +12 month is seen. */
  awarded: number;
  /** Positive number of points deducted. */
  deducted: number;
  /** Points earned in the publication's period (net). */
  points: number;
  /** 累计积分 up to the end of the period. */
  cumulative: number;
  /** Rank within the village (1 = most points in the period; ties share a rank). */
  rank: number;
}

export interface HouseholdPointsData {
  villageName: string;
  /** e.g. 2026年3月 or 2026年第一季度 */
  periodLabel: string;
  /** Column titles of `parts`, e.g. ['1月', '2月', '3月']. */
  partLabels: string[];
  groups: { name: string; rows: HouseholdPointsRow[] }[];
  /** 公示期 */
  publicity: { from: string; to: string };
  /** Where villagers raise an objection, e.g. 村务监督委员会（村委会办公室）. */
  objectionPlace: string;
  /** The cadres' duty block of the period (items due done/open, rate), `total` being their approved points. */
  cadres?: CadreWeekRow[];
}

export interface PublicationOptions {
  printDate: string;
  createdAt: string;
  paper?: Paper;
  /** Footer line naming the closed month's anchor fingerprint; absent while the period is open. */
  fingerprint?: string;
}

export function notice(data: HouseholdPointsData): Content {
  return {
    text: [
      { text: '公示期：', bold: true },
      `${formatDate(data.publicity.from)} 至 ${formatDate(data.publicity.to)}。`,
      '如对本户积分有异议，请在公示期内向',
      { text: data.objectionPlace, bold: true },
      '反映，逾期视为无异议。',
    ],
    margin: [0, 0, 0, 6],
  };
}

function householdTable(data: HouseholdPointsData, rows: HouseholdPointsRow[], totalLabel: string): Content {
  const header = ['排名', '户号', '户主', ...data.partLabels, '加分', '扣分', totalLabel, '累计积分'];
  const widths = [30, 46, '*', ...data.partLabels.map(() => 36), 38, 38, 52, 52];
  return grid(
    widths,
    header,
    rows.map((r) => [
      { text: String(r.rank), alignment: 'center' },
      { text: r.number, alignment: 'center' },
      r.headName,
      ...r.parts.map(signed),
      signed(r.awarded),
      r.deducted ? signed(-r.deducted) : '0',
      { text: signed(r.points), bold: true, alignment: 'right' },
      String(r.cumulative),
    ]),
    { numericFrom: 3 },
  );
}

export function signatures(): Content {
  return {
    margin: [0, 24, 0, 0],
    columns: [
      { text: '村民委员会（盖章）', alignment: 'center' },
      { text: '村务监督委员会（盖章）', alignment: 'center' },
    ],
  };
}

function householdPublication(data: HouseholdPointsData, options: PublicationOptions, title: string, totalLabel: string): TDocumentDefinitions {
  const content: Content[] = [
    { text: `${data.villageName}${title}`, style: 'title' },
    { text: data.periodLabel, style: 'subtitle' },
    notice(data),
  ];
  for (const g of data.groups) {
    content.push({ text: `${g.name}（${g.rows.length} 户）`, style: 'heading' });
    content.push(g.rows.length ? householdTable(data, g.rows, totalLabel) : { text: '本组暂无农户', style: 'note' });
  }
  if (data.cadres?.length) {
    content.push({ text: '村干部履职积分', style: 'heading', pageBreak: 'before' });
    content.push(dutyBlock(data.cadres, data.cadres.map((c) => c.total), totalLabel));
  }
  content.push(signatures());
  return pageSet({
    paper: options.paper ?? 'A4',
    frame: {
      villageName: data.villageName,
      title,
      period: data.periodLabel,
      printDate: options.printDate,
      ...(options.fingerprint ? { fingerprint: options.fingerprint } : {}),
    },
    createdAt: options.createdAt,
    content,
  });
}

/** 村民积分月公示: every household by group with this month's points, 累计积分 and rank, and the cadres' duty block. */
export function monthlyPublication(data: HouseholdPointsData, options: PublicationOptions): TDocumentDefinitions {
  return householdPublication({ ...data, partLabels: [] }, options, '村民积分月公示', '本月积分');
}

/** 一季一公示: the quarter's months side by side, the quarter's total, 累计积分, rank, and the cadres' duty block. */
export function quarterlyPublication(data: HouseholdPointsData, options: PublicationOptions): TDocumentDefinitions {
  return householdPublication(data, options, '积分季度公示', '本季积分');
}
