import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { grid, pageSet, PAPERS, PAPER_SCALE, signed } from '../layout.js';
import { dutyBlock } from './dutyWeekly.js';
import { notice, signatures, type HouseholdPointsData, type HouseholdPointsRow, type PublicationOptions } from './householdPoints.js';

/**
 * 村民积分月公示, wall version: A3 landscape, type large enough to read
 * standing, households flowing through three columns per sheet like a
 * newspaper — 563 households on 7 sheets instead of 17 A4 pages. The columns
 * are filled by measure here, not by pdfmake, so a column never spills onto
 * the next sheet out of reading order; `test/publications/monthly-wall.test.ts`
 * checks the sheets counted here are the sheets printed.
 */
const COLUMNS = 3;
const GAP = 16;
const FONT = 14;
/** A one-line table row: the line, 3 pt padding above and below, the rule; rounded up. */
const ROW = FONT * 1.2 + 7;
/** Header of each column's table, group headings, the title block and the seals, in rows. */
const UNITS = { header: 1, heading: 2, title: 6, seals: 2 };
const WIDTHS = [28, 44, '*', 34, 34, 36, 42] as const;
/** pdfmake pads every cell 4 pt left and right, outside the widths above. */
const PADDING = 8 * WIDTHS.length;
const FIXED = WIDTHS.reduce<number>((sum, w) => sum + (typeof w === 'number' ? w : 0), 0);

const paper = PAPERS.A3;
const contentWidth = paper.height - 2 * paper.margin;
const footerRoom = 9 * PAPER_SCALE.A3 + 16;
/** Rows one column holds on a sheet. */
const CAPACITY = Math.floor((paper.width - 2 * paper.margin - footerRoom) / ROW);
const columnWidth = (contentWidth - GAP * (COLUMNS - 1)) / COLUMNS;
/** Characters of a name that fit its cell on one line. */
const nameChars = Math.floor((columnWidth - FIXED - PADDING) / FONT);

/** Lines a row takes: a long name wraps. */
const rowUnits = (r: HouseholdPointsRow) => Math.max(1, Math.ceil([...r.headName].length / nameChars));

function table(rows: HouseholdPointsRow[]): Content {
  return grid(
    [...WIDTHS],
    ['排名', '户号', '户主', '加分', '扣分', '本月', '累计'],
    rows.map((r) => [
      { text: String(r.rank), alignment: 'center' },
      { text: r.number, alignment: 'center' },
      r.headName,
      signed(r.awarded),
      r.deducted ? signed(-r.deducted) : '0',
      { text: signed(r.points), bold: true, alignment: 'right' },
      String(r.cumulative),
    ]),
    { numericFrom: 3 },
  );
}

/** Sheets of columns of content, each column within CAPACITY rows. */
export function wallSheets(data: HouseholdPointsData): Content[][][] {
  const sheets: Content[][][] = [];
  let columns: Content[][] = [];
  let column: Content[] = [];
  let used = UNITS.title;
  const nextColumn = () => {
    columns.push(column);
    column = [];
    if (columns.length === COLUMNS) {
      sheets.push(columns);
      columns = [];
    }
    // the title block runs across every column of the first sheet
    used = sheets.length === 0 ? UNITS.title : 0;
  };
  for (const g of data.groups) {
    let rows = g.rows;
    let first = true;
    while (first || rows.length > 0) {
      const need = UNITS.heading + UNITS.header + (rows[0] ? rowUnits(rows[0]) : 1);
      if (used + need > CAPACITY && column.length > 0) nextColumn();
      let room = CAPACITY - used - UNITS.heading - UNITS.header;
      const take: HouseholdPointsRow[] = [];
      for (const r of rows) {
        if (rowUnits(r) > room && take.length > 0) break;
        take.push(r);
        room -= rowUnits(r);
      }
      column.push({ text: first ? `${g.name}（${g.rows.length} 户）` : `${g.name}（续）`, style: 'heading' });
      column.push(take.length ? table(take) : { text: '本组暂无农户', style: 'note' });
      used += UNITS.heading + UNITS.header + Math.max(1, take.reduce((n, r) => n + rowUnits(r), 0));
      rows = rows.slice(take.length);
      first = false;
      if (rows.length > 0) nextColumn();
    }
  }
  if (used + UNITS.seals > CAPACITY) nextColumn();
  column.push(signatures());
  columns.push(column);
  while (columns.length < COLUMNS) columns.push([]);
  sheets.push(columns);
  return sheets;
}

export function monthlyWallPublication(data: HouseholdPointsData, options: PublicationOptions): TDocumentDefinitions {
  const title = '村民积分月公示';
  const content: Content[] = [
    { text: `${data.villageName}${title}`, style: 'title' },
    { text: data.periodLabel, style: 'subtitle' },
    notice(data),
  ];
  for (const [i, sheet] of wallSheets(data).entries()) {
    content.push({ columns: sheet.map((stack) => ({ width: '*', stack })), columnGap: GAP, ...(i > 0 ? { pageBreak: 'before' as const } : {}) });
  }
  // the cadres' duty block, as on the A4 version, on a sheet of its own
  if (data.cadres?.length) content.push({ text: '村干部履职积分', style: 'heading', pageBreak: 'before' }, dutyBlock(data.cadres, data.cadres.map((c) => c.total), '本月积分'));
  const doc = pageSet({
    paper: 'A3',
    orientation: 'landscape',
    frame: { villageName: data.villageName, title, period: data.periodLabel, printDate: options.printDate, ...(options.fingerprint ? { fingerprint: options.fingerprint } : {}) },
    createdAt: options.createdAt,
    content,
  });
  return { ...doc, defaultStyle: { ...doc.defaultStyle, fontSize: FONT } };
}
