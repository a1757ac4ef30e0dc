import { createHash } from 'node:crypto';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { PdfResult } from '../contract/publications.js';
import { renderPdf } from '../pdf/engine.js';
import { namesWithMissingCharacters } from '../pdf/fonts.js';

export const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** pdfkit writes one uncompressed `/Type /Page` dictionary per page (no object streams). */
export function countPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;
}

export function pdfFile(fileName: string, pdf: Buffer, pages: number, missing: PdfResult['missing'] = []): PdfResult {
  return { file: { fileName, mime: 'application/pdf', dataBase64: pdf.toString('base64') }, missing, pages };
}

/** Renders a document and lists the names in it the font cannot draw. */
export async function makePdf(doc: TDocumentDefinitions, names: Iterable<string>, fileName: string): Promise<PdfResult & { bytes: Buffer }> {
  const bytes = await renderPdf(doc);
  return { ...pdfFile(fileName, bytes, countPages(bytes), namesWithMissingCharacters(names)), bytes };
}

/** 南岭村村民积分月公示-2026年3月.pdf — no characters Windows refuses in file names. */
export function fileNameFor(villageName: string, title: string, periodLabel: string): string {
  return `${villageName}${title}-${periodLabel}.pdf`.replace(/[\\/:*?"<>|\s]+/g, '');
}
