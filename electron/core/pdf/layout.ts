import type { Content, TDocumentDefinitions, PageSize } from 'pdfmake/interfaces';

/**
 * Paper and page furniture shared by every document. Pure: no files, no
 * fonts — documents build definitions with these and `renderPdf` draws them.
 */

const MM = 72 / 25.4;
const mm = (n: number) => Math.round(n * MM * 100) / 100;

/** Office paper and the supermarket's receipt rolls; roll pages grow to their content. */
export const PAPERS = {
  A4: { width: mm(210), height: mm(297), margin: mm(15) },
  A3: { width: mm(297), height: mm(420), margin: mm(20) },
  A5: { width: mm(148), height: mm(210), margin: mm(10) },
  roll58: { width: mm(58), height: 'auto', margin: mm(3) },
  roll80: { width: mm(80), height: 'auto', margin: mm(4) },
} as const;
export type Paper = keyof typeof PAPERS;
export type Orientation = 'portrait' | 'landscape';

/** Text scales with the sheet so an A3 poster reads from further away than A4. */
export const PAPER_SCALE: Record<Paper, number> = { A4: 1, A3: 1.41, A5: 0.85, roll58: 0.75, roll80: 0.85 };

export const COLORS = {
  ink: '#1f1f1f',
  muted: '#595959',
  rule: '#8c8c8c',
  headerFill: '#e8e8e8',
  red: '#c00000',
  redFill: '#fdecea',
  gold: '#b8860b',
};

/** What the footer of every public page says. */
export interface PageFrame {
  villageName: string;
  /** e.g. 村民积分月公示 */
  title: string;
  /** e.g. 2026年3月 */
  period: string;
  /** YYYY-MM-DD */
  printDate: string;
  /** 数据指纹 of the closed month's anchor (db/anchor-fingerprint.ts), e.g. "数据指纹 ab12-cd34-ef56-7890"; absent for an open month. */
  fingerprint?: string;
}

export interface PageOptions {
  paper: Paper;
  orientation?: Orientation;
  /** Footer text; null for receipts, which carry their own. */
  frame: PageFrame | null;
  /** ISO time the document was made; fixed in the file so a reprint has identical bytes. */
  createdAt: string;
  content: Content;
  /** Extra top margin for documents with a drawn header band. */
  extraTop?: number;
  background?: TDocumentDefinitions['background'];
}

export function formatDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${Number(y)}年${Number(m)}月${Number(d)}日`;
}

export function formatMonth(month: string): string {
  const [y, m] = month.split('-');
  return `${Number(y)}年${Number(m)}月`;
}

/** +5 / −3 / 0 — the sign printed explicitly, since a minus alone is easy to miss on a wall. */
export function signed(points: number): string {
  if (points > 0) return `+${points}`;
  if (points < 0) return `−${-points}`;
  return '0';
}

export function pageFooter(frame: PageFrame, size: number, margin: number) {
  return (currentPage: number, pageCount: number): Content => {
    const line: Content = {
      columnGap: 12,
      columns: [
        { text: `${frame.villageName} · ${frame.title} · ${frame.period}`, alignment: 'left', width: '*' },
        { text: `打印日期：${formatDate(frame.printDate)}`, width: 'auto' },
        { text: `第 ${currentPage} 页 / 共 ${pageCount} 页`, alignment: 'right', width: 'auto' },
      ],
    };
    // A line of its own, so the fingerprint is never wrapped into the other columns.
    return { margin: [margin, 6, margin, 0], stack: frame.fingerprint ? [line, { text: frame.fingerprint }] : [line], fontSize: size, color: COLORS.muted };
  };
}

/** Builds the document definition for a page set: paper, margins, footer, base styles, fixed metadata. */
export function pageSet(opts: PageOptions): TDocumentDefinitions {
  const paper = PAPERS[opts.paper];
  const s = PAPER_SCALE[opts.paper];
  const pageSize: PageSize = paper.height === 'auto' ? { width: paper.width, height: 'auto' } : { width: paper.width, height: paper.height };
  const m = paper.margin;
  const footerRoom = opts.frame ? 9 * s * (opts.frame.fingerprint ? 2.4 : 1) + 16 : 0;
  return {
    pageSize,
    pageOrientation: opts.orientation ?? 'portrait',
    pageMargins: [m, m + (opts.extraTop ?? 0), m, m + footerRoom],
    info: {
      title: opts.frame ? `${opts.frame.villageName}${opts.frame.title}（${opts.frame.period}）` : '',
      creator: '村级清单积分管理系统',
      producer: '村级清单积分管理系统',
      creationDate: new Date(opts.createdAt),
      modDate: new Date(opts.createdAt),
    },
    ...(opts.frame ? { footer: pageFooter(opts.frame, 9 * s, m) } : {}),
    ...(opts.background ? { background: opts.background } : {}),
    content: opts.content,
    defaultStyle: { fontSize: 11 * s, lineHeight: 1.2, color: COLORS.ink },
    styles: {
      title: { fontSize: 20 * s, bold: true, alignment: 'center', margin: [0, 0, 0, 4 * s] },
      subtitle: { fontSize: 12 * s, alignment: 'center', color: COLORS.muted, margin: [0, 0, 0, 10 * s] },
      heading: { fontSize: 14 * s, bold: true, margin: [0, 10 * s, 0, 4 * s] },
      th: { bold: true, fillColor: COLORS.headerFill, alignment: 'center' },
      num: { alignment: 'right' },
      center: { alignment: 'center' },
      note: { fontSize: 10 * s, color: COLORS.muted },
    },
  };
}

/** Thin grey grid that survives a cheap laser printer; header row repeated on every page. */
export const gridLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => COLORS.rule,
  vLineColor: () => COLORS.rule,
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

/** A table with a bold repeated header row; cells are strings or content. */
export function grid(widths: (number | string)[], header: string[], rows: Content[][], opts: { numericFrom?: number } = {}): Content {
  const from = opts.numericFrom ?? widths.length;
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths,
      body: [
        header.map((h) => ({ text: h, style: 'th' })),
        ...rows.map((r) => r.map((c, i) => (typeof c === 'string' && i >= from ? { text: c, style: 'num' } : c))),
      ],
    },
    layout: gridLayout,
  };
}
