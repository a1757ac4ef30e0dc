import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { UserError } from '../api/errors.js';
import { FONT_FAMILY, fontDir, fontPaths } from './fonts.js';

/** ID-card and mobile numbers: never on paper that leaves the office. */
export const PERSONAL_NUMBER = /\d{17}[\dXx]|1\d{10}/;

/** Walks every string of a definition; a personal number in any of them stops the print. */
export function assertNoPersonalNumbers(value: unknown): void {
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === 'string') {
      // QR codes and SVG paths are drawing instructions, not printed text.
      if (v.startsWith('<svg')) continue;
      if (PERSONAL_NUMBER.test(v)) {
        throw new UserError('PERSONAL_NUMBER_ON_PAPER', '要打印的内容里出现了像身份证号或手机号的数字，为保护隐私已停止生成，请检查备注等文字');
      }
    } else if (Array.isArray(v)) stack.push(...v);
    else if (v && typeof v === 'object' && !(v instanceof Date)) stack.push(...Object.values(v));
  }
}

let configured = false;

function configure(): void {
  if (configured) return;
  const dir = fontDir();
  // Documents never fetch anything; only the font folder may be read.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => path.startsWith(dir));
  configured = true;
}

/**
 * Renders a document definition to PDF bytes with the embedded Chinese font
 * (subset, so a page of names is tens of kilobytes, not 8 MB). The same
 * definition with the same `info.creationDate` gives the same bytes.
 */
export async function renderPdf(doc: TDocumentDefinitions): Promise<Buffer> {
  configure();
  assertNoPersonalNumbers(doc);
  const { normal, bold } = fontPaths();
  // pdfmake rewrites the descriptor it is given, so each render gets a fresh one.
  pdfmake.setFonts({ [FONT_FAMILY]: { normal, bold, italics: normal, bolditalics: bold } });
  const withFont: TDocumentDefinitions = { ...doc, defaultStyle: { ...doc.defaultStyle, font: FONT_FAMILY } };
  return pdfmake.createPdf(withFont).getBuffer();
}
