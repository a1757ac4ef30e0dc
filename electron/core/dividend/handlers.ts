import type { DomainHandlers } from '../api/dispatcher.js';
import { operatorOf } from '../api/context.js';
import { isoWithOffset } from '../api/time.js';
import type { dividendApi } from '../contract/dividend.js';
import { fileNameFor, makePdf } from '../publications/pdf-result.js';
import { stamp, villageName } from '../publications/handlers.js';
import { getDividend, listDividends, previewDividend, recordDividend } from './distribution.js';
import { periodLabel, sheetTitle, signingSheetDocument, signingSheetXlsx } from './signing-sheet.js';

export const dividendHandlers: DomainHandlers<keyof typeof dividendApi> = {
  'dividends.preview': (input, ctx) => previewDividend(ctx.db, input),
  'dividends.record': (input, ctx) => recordDividend(ctx.db, input, operatorOf(ctx).id, isoWithOffset(ctx.clock.now())),
  'dividends.list': (_i, ctx) => listDividends(ctx.db),
  'dividends.get': ({ id }, ctx) => getDividend(ctx.db, id),
  'dividends.sheetXlsx': async ({ id }, ctx) => signingSheetXlsx(getDividend(ctx.db, id), { villageName: villageName(ctx), ...stamp(ctx) }),
  'dividends.sheetPdf': async ({ id }, ctx) => {
    const d = getDividend(ctx.db, id);
    const name = villageName(ctx);
    const { bytes: _bytes, ...result } = await makePdf(
      signingSheetDocument(d, { villageName: name, ...stamp(ctx) }),
      d.shares.map((s) => s.headName),
      fileNameFor(name, sheetTitle(d), periodLabel(d)),
    );
    return result;
  },
};
