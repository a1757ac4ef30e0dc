import { Alert, Spin } from 'antd';
import type { PDFDocumentLoadingTask, PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useRef, useState } from 'react';
import type { FileResult } from '../../../electron/core/contract/index.js';
import { fileBytes } from '../api/files.js';
import { openPdf } from './pdfjs.js';
import { T } from './text.js';

/** The PDF opened with pdf.js; null while loading, 'failed' when it cannot be read. */
export function usePdf(file: FileResult | null): PDFDocumentProxy | null | 'failed' {
  const [doc, setDoc] = useState<PDFDocumentProxy | null | 'failed'>(null);
  useEffect(() => {
    setDoc(null);
    if (!file) return;
    let task: PDFDocumentLoadingTask | null = null;
    let live = true;
    openPdf(fileBytes(file))
      .then((t) => {
        task = t;
        if (!live) return void t.destroy();
        return t.promise.then((d) => live && setDoc(d));
      })
      .catch(() => live && setDoc('failed'));
    return () => {
      live = false;
      void task?.destroy();
    };
  }, [file]);
  return doc;
}

/** One page drawn on a canvas at the width of the view, sharp on high-DPI screens. */
function PageCanvas({ doc, n, width }: { doc: PDFDocumentProxy; n: number; width: number }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let task: { cancel(): void; promise: Promise<void> } | null = null;
    let live = true;
    void doc.getPage(n).then((page) => {
      const canvas = ref.current;
      if (!live || !canvas) return;
      const natural = page.getViewport({ scale: 1 });
      const cssScale = Math.min(width / natural.width, 2);
      const viewport = page.getViewport({ scale: cssScale * (window.devicePixelRatio || 1) });
      canvas.width = Math.ceil(viewport.width);
      canvas.height = Math.ceil(viewport.height);
      canvas.style.width = `${Math.floor(natural.width * cssScale)}px`;
      canvas.style.height = `${Math.floor(natural.height * cssScale)}px`;
      task = page.render({ canvas, viewport });
      task.promise.then(
        () => canvas.setAttribute('data-rendered', 'true'),
        () => undefined,
      );
    });
    return () => {
      live = false;
      task?.cancel();
    };
  }, [doc, n, width]);
  return <canvas ref={ref} role="img" aria-label={T.page(n, doc.numPages)} style={{ display: 'block', margin: '0 auto 12px', boxShadow: '0 1px 4px rgba(0,0,0,.25)', background: '#fff' }} />;
}

/**
 * Every page of a PDF, rendered by pdf.js in the page itself: no browser PDF
 * plugin, so the desktop window and the browser build show exactly the same.
 */
export function PdfPages({ doc, height = '72vh' }: { doc: PDFDocumentProxy | null | 'failed'; height?: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setWidth(Math.max(200, el.clientWidth - 32)));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const pages = doc && doc !== 'failed' ? doc.numPages : 0;
  return (
    <div ref={box} role="region" aria-label={T.region} aria-busy={!doc} style={{ height, overflow: 'auto', background: '#e8e8e8', padding: 16, border: '1px solid #f0f0f0' }}>
      {doc === 'failed' ? (
        <Alert type="error" showIcon title={T.failed} />
      ) : !doc || width === 0 ? (
        <Spin description={T.loading} />
      ) : (
        Array.from({ length: pages }, (_, i) => <PageCanvas key={i + 1} doc={doc} n={i + 1} width={width} />)
      )}
    </div>
  );
}
