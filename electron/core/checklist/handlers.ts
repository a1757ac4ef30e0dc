import { operatorOf } from '../api/context.js';
import type { DomainHandlers } from '../api/dispatcher.js';
import { isoWithOffset, localDate } from '../api/time.js';
import type { checklistApi } from '../contract/checklist.js';
import { fileNameFor, makePdf } from '../publications/pdf-result.js';
import { stamp, villageName } from '../publications/handlers.js';
import { dutyOverview } from './duties.js';
import { cadreRanking } from './ranking.js';
import { cadreRankingDocument, cadreRankingWorkbook, RANKING_TITLE } from './ranking-documents.js';
import { exportItems, importItems, previewItems } from './xlsx.js';
import { adoptVersion, assignItem, listChecklists, listTemplates, loadTemplates, saveItem, setItemActive } from './items.js';

export const checklistHandlers: DomainHandlers<keyof typeof checklistApi> = {
  'checklist.templates': (_i, ctx) => listTemplates(ctx.db),
  'checklist.loadTemplates': ({ codes, meeting }, ctx) => loadTemplates(ctx.db, codes, meeting, operatorOf(ctx).id, isoWithOffset(ctx.clock.now())),
  'checklist.lists': ({ includeInactive }, ctx) => listChecklists(ctx.db, includeInactive),
  'checklist.adopt': ({ checklistId, meeting }, ctx) => adoptVersion(ctx.db, checklistId, meeting, operatorOf(ctx).id, isoWithOffset(ctx.clock.now())),
  'checklist.saveItem': (input, ctx) => saveItem(ctx.db, input, isoWithOffset(ctx.clock.now())),
  'checklist.setActive': ({ id, active }, ctx) => setItemActive(ctx.db, id, active),
  'checklist.assign': ({ itemId, cadreId, coOwnerIds }, ctx) => assignItem(ctx.db, itemId, cadreId, coOwnerIds),
  'checklist.xlsx.export': ({ checklistId }, ctx) => exportItems(ctx.db, checklistId, localDate(ctx.clock.now())),
  'checklist.xlsx.preview': ({ checklistId, file }, ctx) => previewItems(ctx.db, checklistId, file.dataBase64),
  'checklist.xlsx.import': ({ checklistId, file, meeting }, ctx) =>
    importItems(ctx.db, checklistId, file.dataBase64, meeting, operatorOf(ctx).id, isoWithOffset(ctx.clock.now()), ctx.tx),
  'checklist.duties': ({ date }, ctx) => dutyOverview(ctx.db, date),
  'checklist.ranking': ({ year }, ctx) => cadreRanking(ctx.db, year, localDate(ctx.clock.now())),
  'checklist.ranking.pdf': async ({ year }, ctx) => {
    const name = villageName(ctx);
    const s = stamp(ctx);
    const ranking = cadreRanking(ctx.db, year, s.printDate);
    const doc = cadreRankingDocument(ranking, { villageName: name, ...s });
    const { bytes: _b, ...result } = await makePdf(doc, ranking.rows.map((r) => r.name), fileNameFor(name, RANKING_TITLE, `${year}年`));
    return result;
  },
  'checklist.ranking.xlsx': ({ year }, ctx) => {
    const name = villageName(ctx);
    const ranking = cadreRanking(ctx.db, year, localDate(ctx.clock.now()));
    return cadreRankingWorkbook(ranking, name, fileNameFor(name, RANKING_TITLE, `${year}年`).replace(/\.pdf$/, '.xlsx'));
  },
};
