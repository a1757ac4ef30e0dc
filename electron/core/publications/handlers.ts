import type { DomainHandlers } from '../api/dispatcher.js';
import { operatorOf } from '../api/context.js';
import { UserError } from '../api/errors.js';
import { isoWithOffset, localDate } from '../api/time.js';
import type { publicationsApi } from '../contract/publications.js';
import { cardSheet } from '../pdf/documents/cardSheet.js';
import { namesWithMissingCharacters } from '../pdf/fonts.js';
import { readVillage } from '../village/village.js';
import { cardHouseholds, rosterNames } from './cards.js';
import { listObjections, recordObjection, resolveObjection } from './objections.js';
import { fileNameFor, makePdf } from './pdf-result.js';
import { listPublications, reprint } from './register.js';
import { readPublicationSettings, writePublicationSettings } from './settings.js';
import type { Ctx } from '../api/context.js';

export function villageName(ctx: Ctx): string {
  const v = readVillage(ctx.db);
  if (!v) throw new UserError('NOT_SET_UP', '请先完成初始设置');
  return v.name;
}

/** When and with which date a document is made: the print date and the fixed PDF creation time. */
export function stamp(ctx: Ctx): { printDate: string; createdAt: string } {
  const now = ctx.clock.now();
  return { printDate: localDate(now), createdAt: isoWithOffset(now) };
}

export const publicationsHandlers: DomainHandlers<keyof typeof publicationsApi> = {
  'publications.settings': (_i, ctx) => readPublicationSettings(ctx.db),
  'publications.saveSettings': (input, ctx) => writePublicationSettings(ctx.db, input),
  'publications.cards': async (input, ctx) => {
    const households = cardHouseholds(ctx.db, input);
    if (households.length === 0) throw new UserError('NOTHING_TO_PRINT', '没有找到要打印积分卡的在册农户');
    const name = villageName(ctx);
    const s = stamp(ctx);
    const { bytes: _bytes, ...result } = await makePdf(
      cardSheet({ villageName: name, households }, s),
      households.map((h) => h.headName),
      fileNameFor(name, '农户积分卡', s.printDate),
    );
    return result;
  },
  'publications.register': (_i, ctx) => listPublications(ctx.db),
  'publications.reprint': ({ id }, ctx) => reprint(ctx.db, id),
  'publications.rareNames': (_i, ctx) => namesWithMissingCharacters(rosterNames(ctx.db)),
  'objections.list': ({ status }, ctx) => listObjections(ctx.db, status),
  'objections.record': (input, ctx) => recordObjection(ctx.db, input, operatorOf(ctx).id, isoWithOffset(ctx.clock.now())),
  'objections.dismiss': ({ id, reason }, ctx) => resolveObjection(ctx.db, id, 'dismissed', reason, [], operatorOf(ctx).id, isoWithOffset(ctx.clock.now())),
};
