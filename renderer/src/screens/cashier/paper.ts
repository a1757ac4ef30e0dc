import { RECEIPT_PAPERS, type ReceiptPaper } from '../../../../electron/core/contract/shop.js';

/**
 * Receipt paper is a per-PC preference: the printer beside this PC decides it.
 * The browser keeps it in localStorage; the Electron shell may keep it in
 * electron-store and hand it in the same way.
 */
const KEY = 'cunji.shop.paper';

export function readPaper(): ReceiptPaper {
  const v = localStorage.getItem(KEY);
  return (RECEIPT_PAPERS as readonly string[]).includes(v ?? '') ? (v as ReceiptPaper) : 'roll80';
}

export function writePaper(p: ReceiptPaper): void {
  localStorage.setItem(KEY, p);
}
