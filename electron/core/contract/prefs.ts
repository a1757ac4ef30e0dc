import { z } from 'zod';
import { empty } from './fields.js';
import { endpoint } from './endpoint.js';

/** Paper the office printer is loaded with; documents are laid out for it. */
export const PAPER_SIZES = ['A4', 'A3', 'A5'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

/** The desktop window's last place, so it opens where the user left it. */
export const windowBounds = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(400).max(20_000),
  height: z.number().int().min(300).max(20_000),
  maximized: z.boolean(),
});
export type WindowBounds = z.infer<typeof windowBounds>;

const printerName = z.string().trim().max(200, '打印机名称不能超过 200 个字');

/**
 * Preferences of this PC, not of the village: which printer stands beside it,
 * what paper it holds, where exports were last saved. Kept outside the database
 * (electron-store on the desktop, a JSON file in the web build) so a backup
 * restored on another PC never sends receipts to a printer that is not there.
 * Each field falls back to its default when the stored file is missing or damaged.
 */
export const prefsSchema = z.object({
  /** Empty: the system's default printer. */
  printer: printerName.catch('').default(''),
  paperSize: z.enum(PAPER_SIZES).catch('A4').default('A4'),
  /** When set, receipts print at once to it without a print dialog. */
  receiptPrinter: printerName.catch('').default(''),
  lastExportFolder: z.string().max(1000).catch('').default(''),
  window: windowBounds.nullable().catch(null).default(null),
});
export type Prefs = z.infer<typeof prefsSchema>;

export const prefsApi = {
  'prefs.get': endpoint<Prefs>()('查看本机设置', empty, 'public', 'read'),
  'prefs.set': endpoint<Prefs>()(
    '修改本机打印设置',
    z
      .object({
        printer: printerName,
        paperSize: z.enum(PAPER_SIZES, { error: '纸张大小只能是 A4、A3 或 A5' }),
        receiptPrinter: printerName,
      })
      .partial()
      .strict(),
    'session',
    'write',
  ),
} as const;
