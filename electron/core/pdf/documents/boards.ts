import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { maskName } from '../../contract/privacy.js';
import { COLORS, PAPERS, PAPER_SCALE, grid, pageSet } from '../layout.js';

export type BoardPaper = 'A4' | 'A3';

export interface BoardOptions {
  printDate: string;
  createdAt: string;
  paper: BoardPaper;
  /** The village's setting for names on boards (张*明). */
  maskNames: boolean;
}

export interface RedBoardData {
  villageName: string;
  periodLabel: string;
  /** The village's top households of the period, best first. */
  households: { rank: number; name: string; groupName: string; points: number }[];
  /** Honoured people and their deeds (好人好事). */
  deeds: { name: string; groupName: string; deed: string }[];
}

/** A red double frame drawn behind every page of a board. */
function redFrame(paper: BoardPaper) {
  const { width, height } = PAPERS[paper];
  const inset = paper === 'A3' ? 24 : 16;
  return (): Content => ({
    canvas: [
      { type: 'rect', x: inset, y: inset, w: width - 2 * inset, h: height - 2 * inset, lineWidth: 4, lineColor: COLORS.red },
      { type: 'rect', x: inset + 6, y: inset + 6, w: width - 2 * inset - 12, h: height - 2 * inset - 12, lineWidth: 1, lineColor: COLORS.red },
    ],
  });
}

function banner(text: string, sub: string, color: string, s: number): Content[] {
  return [
    {
      table: { widths: ['*'], body: [[{ text, fontSize: 40 * s, bold: true, color: '#ffffff', fillColor: color, alignment: 'center', margin: [0, 8 * s, 0, 8 * s] }]] },
      layout: 'noBorders',
      margin: [0, 8 * s, 0, 6 * s],
    },
    { text: sub, fontSize: 16 * s, alignment: 'center', color, margin: [0, 0, 0, 12 * s] },
  ];
}

/** One line of the board per place: households tied on a place share it (并列) instead of pushing the board onto a second sheet. */
interface Place {
  rank: number;
  names: string[];
  groups: string[];
  points: number;
}

function places(households: RedBoardData['households'], show: (name: string) => string): Place[] {
  const byRank = new Map<number, Place>();
  for (const h of households) {
    const p = byRank.get(h.rank) ?? { rank: h.rank, names: [], groups: [], points: h.points };
    p.names.push(show(h.name));
    if (!p.groups.includes(h.groupName)) p.groups.push(h.groupName);
    byRank.set(h.rank, p);
  }
  return [...byRank.values()].sort((a, b) => a.rank - b.rank);
}

/**
 * Lines the board's sheet holds at full type size below the banner; past that the
 * type shrinks so the poster stays one sheet. Names are never cut: the layout gives way.
 */
const BOARD_LINES = 22;
const NAMES_PER_LINE = 6;
const MIN_TYPE = 0.6;

function typeScale(rows: Place[], deeds: number): number {
  const lines = rows.reduce((n, p) => n + Math.ceil(p.names.length / NAMES_PER_LINE), 0) + (deeds ? deeds + 2 : 0);
  return Math.max(MIN_TYPE, Math.min(1, BOARD_LINES / Math.max(lines, 1)));
}

/** 红榜 (光荣榜): top households and honoured deeds of the period, red theme, one A4 or A3 sheet. */
export function redBoard(data: RedBoardData, options: BoardOptions): TDocumentDefinitions {
  const s = PAPER_SCALE[options.paper];
  const show = (name: string) => (options.maskNames ? maskName(name) : name);
  const rows = places(data.households, show);
  const t = s * typeScale(rows, data.deeds.length);
  const content: Content[] = [...banner('红　榜', `${data.villageName} · ${data.periodLabel} · 积分光荣榜`, COLORS.red, s)];
  content.push({ text: '积分先进户', fontSize: 18 * s, bold: true, color: COLORS.red, margin: [0, 0, 0, 6 * s] });
  content.push({
    stack: [
      grid(
        [70 * s, '*', 110 * s, 80 * s],
        ['名次', '户主', '村小组', '本期积分'],
        rows.map((p) => [
          {
            text: p.names.length > 1 ? `第${p.rank}名\n并列` : `第${p.rank}名`,
            alignment: 'center',
            bold: p.rank <= 3,
            color: p.rank <= 3 ? COLORS.red : COLORS.ink,
          },
          // a name is never split across lines
          { text: p.names.map((n, i) => ({ text: i < p.names.length - 1 ? `${n}、` : n, noWrap: true })), bold: true, fontSize: 16 * t },
          { text: p.groups.join('、'), fontSize: 12 * t },
          { text: String(p.points), bold: true, alignment: 'right', fontSize: 16 * t, color: COLORS.red },
        ]),
      ),
    ],
    fontSize: 14 * t,
  });
  if (data.deeds.length) {
    content.push({ text: '好人好事', fontSize: 18 * s, bold: true, color: COLORS.red, margin: [0, 14 * t, 0, 6 * t] });
    content.push({
      ul: data.deeds.map((d) => ({ text: [{ text: show(d.name), bold: true }, `（${d.groupName}）：${d.deed}`] })),
      fontSize: 14 * t,
      markerColor: COLORS.red,
    });
  }
  content.push({ text: '向先进学习，人人争做文明村民！', fontSize: 16 * s, bold: true, color: COLORS.red, alignment: 'center', margin: [0, 20 * t, 0, 0] });
  return pageSet({
    paper: options.paper,
    frame: { villageName: data.villageName, title: '红榜', period: data.periodLabel, printDate: options.printDate },
    createdAt: options.createdAt,
    content,
    background: redFrame(options.paper),
  });
}

/** What a village chose to show on its black board; no itemised reasons exist in the data at all. */
export type BlackBoardMode = 'maskedNames' | 'countsOnly';

export interface BlackBoardData {
  villageName: string;
  periodLabel: string;
  mode: BlackBoardMode;
  /** Households with deductions in the period and how many. */
  households: { name: string; groupName: string; deductions: number }[];
}

/**
 * 黑榜: off unless the village turned it on (the caller checks). Names are
 * always masked here, whatever the red-board setting, or left out entirely.
 */
export function blackBoard(data: BlackBoardData, options: Omit<BoardOptions, 'maskNames'>): TDocumentDefinitions {
  const s = PAPER_SCALE[options.paper];
  const content: Content[] = [...banner('提　醒　榜', `${data.villageName} · ${data.periodLabel}`, '#262626', s)];
  if (data.mode === 'maskedNames') {
    content.push(
      grid(
        ['*', '*', 100 * s],
        ['户主', '村小组', '扣分次数'],
        data.households.map((h) => [maskName(h.name), h.groupName, { text: String(h.deductions), alignment: 'right' }]),
      ),
    );
  } else {
    const byGroup = new Map<string, { households: number; deductions: number }>();
    for (const h of data.households) {
      const g = byGroup.get(h.groupName) ?? { households: 0, deductions: 0 };
      g.households += 1;
      g.deductions += h.deductions;
      byGroup.set(h.groupName, g);
    }
    content.push(
      grid(
        ['*', 120 * s, 120 * s],
        ['村小组', '被扣分户数', '扣分次数'],
        [...byGroup].map(([name, g]) => [name, { text: String(g.households), alignment: 'right' }, { text: String(g.deductions), alignment: 'right' }]),
      ),
    );
  }
  content.push({
    text: `本期共有 ${data.households.length} 户被扣分，合计 ${data.households.reduce((n, h) => n + h.deductions, 0)} 次。希望大家遵守村规民约，共建美好家园。`,
    fontSize: 13 * s,
    margin: [0, 14 * s, 0, 0],
  });
  return pageSet({
    paper: options.paper,
    frame: { villageName: data.villageName, title: '提醒榜', period: data.periodLabel, printDate: options.printDate },
    createdAt: options.createdAt,
    content,
  });
}
