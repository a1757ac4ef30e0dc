import type { PDFDocumentProxy } from 'pdfjs-dist';
import { CSS_PX_PER_PT } from './pdfjs.js';

export type PrintKind = 'document' | 'receipt';

/** Sharp enough for small print on a laser printer, small enough for a 30-page A3 publication. */
const PRINT_DPI = 150;

/**
 * Prints the PDF's pages, rendered by pdf.js, as the only content of the page:
 * the same in the browser (window.print) and in the desktop window (the shell's
 * webContents.print with this PC's printer), and independent of any PDF plugin.
 */
export async function printPdf(doc: PDFDocumentProxy, kind: PrintKind): Promise<{ ok: true } | { ok: false; message: string }> {
  const root = document.createElement('div');
  root.className = 'cunji-print-root';
  const urls: string[] = [];
  let size = { w: 595, h: 842 };
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const natural = page.getViewport({ scale: 1 });
    if (n === 1) size = { w: natural.width, h: natural.height };
    const viewport = page.getViewport({ scale: PRINT_DPI / 72 });
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(viewport.width);
    canvas.height = Math.ceil(viewport.height);
    await page.render({ canvas, viewport, intent: 'print' }).promise;
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    canvas.width = canvas.height = 0;
    if (!blob) continue;
    const url = URL.createObjectURL(blob);
    urls.push(url);
    const img = document.createElement('img');
    img.src = url;
    img.alt = '';
    img.style.width = `${natural.width * CSS_PX_PER_PT}px`;
    img.style.height = `${natural.height * CSS_PX_PER_PT}px`;
    root.append(img);
  }
  const style = document.createElement('style');
  style.textContent = `
    @page { size: ${size.w}pt ${size.h}pt; margin: 0; }
    .cunji-print-root { display: none; }
    @media print {
      body > :not(.cunji-print-root) { display: none !important; }
      .cunji-print-root { display: block; }
      .cunji-print-root img { display: block; break-after: page; }
      .cunji-print-root img:last-child { break-after: auto; }
    }`;
  document.head.append(style);
  document.body.append(root);
  try {
    await Promise.all([...root.querySelectorAll('img')].map((img) => img.decode()));
    if (window.cunji) return await window.cunji.print({ kind, landscape: size.w > size.h });
    window.print();
    return { ok: true };
  } finally {
    root.remove();
    style.remove();
    for (const url of urls) URL.revokeObjectURL(url);
  }
}
