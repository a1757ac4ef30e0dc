import type { IpcMainInvokeEvent, WebContentsPrintOptions } from 'electron';
import type { Prefs } from '../core/contract/prefs.js';
import { isTrustedSender } from './security.js';

/** What the page asks to print: the pdf.js pages it is showing, as a document or a receipt. */
export interface PrintJob {
  kind: 'document' | 'receipt';
  landscape: boolean;
}

export type PrintOutcome = { ok: true } | { ok: false; message: string };

export function parsePrintJob(raw: unknown): PrintJob | null {
  if (raw === null || typeof raw !== 'object') return null;
  const { kind, landscape } = raw as Record<string, unknown>;
  if (kind !== 'document' && kind !== 'receipt') return null;
  return { kind, landscape: landscape === true };
}

/**
 * A receipt goes straight to the receipt printer chosen for this PC (no dialog
 * at the counter); everything else opens the print dialog on this PC's printer
 * and paper, so the office never prints a board on the wrong tray by surprise.
 */
export function printOptions(job: PrintJob, prefs: Prefs): WebContentsPrintOptions {
  if (job.kind === 'receipt' && prefs.receiptPrinter) {
    return { silent: true, deviceName: prefs.receiptPrinter, printBackground: true, margins: { marginType: 'none' } };
  }
  return {
    silent: false,
    printBackground: true,
    landscape: job.landscape,
    pageSize: prefs.paperSize,
    margins: { marginType: 'none' },
    ...(prefs.printer ? { deviceName: prefs.printer } : {}),
  };
}

const CANCELLED = /cancel/i;

/** `cunji:print` — prints the asking page (its print stylesheet shows only the PDF pages). */
export function printPage(event: IpcMainInvokeEvent, raw: unknown, prefs: Prefs): Promise<PrintOutcome> {
  const job = parsePrintJob(raw);
  if (!isTrustedSender(event) || !job) return Promise.resolve({ ok: false, message: '拒绝访问' });
  return new Promise((resolve) => {
    event.sender.print(printOptions(job, prefs), (success, failureReason) => {
      if (success) resolve({ ok: true });
      else if (CANCELLED.test(failureReason)) resolve({ ok: false, message: '已取消打印' });
      else resolve({ ok: false, message: `打印没有完成：${failureReason}。请检查打印机是否开机、是否缺纸。` });
    });
  });
}

/** `cunji:printers` — the printers this PC knows, for the print settings. */
export async function listPrinters(event: IpcMainInvokeEvent): Promise<{ name: string; displayName: string }[]> {
  if (!isTrustedSender(event)) return [];
  const printers = await event.sender.getPrintersAsync();
  return printers.map((p) => ({ name: p.name, displayName: p.displayName || p.name }));
}
