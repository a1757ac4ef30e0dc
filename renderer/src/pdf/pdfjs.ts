import type { PDFDocumentLoadingTask } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

/**
 * pdf.js, loaded on first use so screens without a PDF never pay for it. The
 * worker is a file Vite bundles with the renderer, served from the app's own
 * origin (no CDN, no CMap downloads: our PDFs embed their CJK glyphs).
 */
export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentLoadingTask> {
  const pdfjs = await import('pdfjs-dist');
  pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
  return pdfjs.getDocument({ data: bytes, useSystemFonts: false });
}

/** pdf.js points are 1/72 inch; CSS pixels are 1/96 inch. */
export const CSS_PX_PER_PT = 96 / 72;
