import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { COLORS, pageSet } from '../layout.js';
import { qrSvg } from '../qr.js';

export interface CardHousehold {
  /** 户号 — what the QR code holds; the supermarket scanner types it into the cashier screen. */
  number: string;
  headName: string;
  groupName: string;
}

export interface CardSheetData {
  villageName: string;
  households: CardHousehold[];
}

export interface CardSheetOptions {
  printDate: string;
  createdAt: string;
}

const PER_ROW = 2;
const ROWS_PER_PAGE = 4;
/** A card is a little under a quarter of the A4 height so 4 rows fit between margins and footer. */
const CARD_HEIGHT = 178;
const QR_SIZE = 118;

function card(villageName: string, h: CardHousehold): Content {
  return {
    columns: [
      { svg: qrSvg(h.number), width: QR_SIZE, height: QR_SIZE },
      {
        width: '*',
        margin: [8, 4, 0, 0],
        stack: [
          { text: villageName, fontSize: 12, bold: true, color: COLORS.red },
          { text: '积分超市 · 农户积分卡', fontSize: 9, color: COLORS.muted, margin: [0, 0, 0, 8] },
          { text: '户号', fontSize: 9, color: COLORS.muted },
          { text: h.number, fontSize: 20, bold: true, margin: [0, 0, 0, 6] },
          { text: '户主', fontSize: 9, color: COLORS.muted },
          { text: h.headName, fontSize: 18, bold: true },
          { text: h.groupName, fontSize: 10, margin: [0, 4, 0, 0] },
        ],
      },
    ],
    margin: [4, 16, 4, 0],
  };
}

/** 8 cards per A4 sheet (2 × 4) with dashed cutting lines; a card holds the QR code, 户号 and head's name. */
export function cardSheet(data: CardSheetData, options: CardSheetOptions): TDocumentDefinitions {
  const cells: Content[] = data.households.map((h) => card(data.villageName, h));
  while (cells.length % PER_ROW) cells.push({ text: '' });
  const rows: Content[][] = [];
  for (let i = 0; i < cells.length; i += PER_ROW) rows.push(cells.slice(i, i + PER_ROW));
  const pages: Content[] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_PAGE) {
    const body = rows.slice(i, i + ROWS_PER_PAGE);
    pages.push({
      table: { widths: ['*', '*'], heights: CARD_HEIGHT, dontBreakRows: true, body },
      layout: {
        hLineWidth: () => 0.6,
        vLineWidth: () => 0.6,
        hLineColor: () => COLORS.rule,
        vLineColor: () => COLORS.rule,
        hLineStyle: () => ({ dash: { length: 4, space: 3 } }),
        vLineStyle: () => ({ dash: { length: 4, space: 3 } }),
      },
      ...(i + ROWS_PER_PAGE < rows.length ? { pageBreak: 'after' as const } : {}),
    });
  }
  return pageSet({
    paper: 'A4',
    frame: { villageName: data.villageName, title: '农户积分卡', period: `共 ${data.households.length} 户`, printDate: options.printDate },
    createdAt: options.createdAt,
    content: pages.length ? pages : [{ text: '没有要打印的农户', style: 'subtitle' }],
  });
}
