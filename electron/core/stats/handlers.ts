import type { DomainHandlers } from '../api/dispatcher.js';
import { operatorOf } from '../api/context.js';
import { UserError } from '../api/errors.js';
import { isoWithOffset } from '../api/time.js';
import type { statsApi } from '../contract/stats.js';
import { fileNameFor, makePdf } from '../publications/pdf-result.js';
import { stamp, villageName } from '../publications/handlers.js';
import { starCertificatesDocument, starListDocument } from './star-documents.js';
import { saveStarRule, starList, starRule } from './stars.js';
import { villageStats } from './village.js';
import type { Ctx } from '../api/context.js';

/** The year's list, refusing to print before the village has set its thresholds. */
function ratedList(ctx: Ctx, year: number) {
  const list = starList(ctx.db, year);
  if (!list.rule) throw new UserError('NO_STAR_RULE', `还没有设定 ${year} 年的星级评定标准，请先设定每个星级需要的积分`);
  return list;
}

export const statsHandlers: DomainHandlers<keyof typeof statsApi> = {
  'stars.rule': ({ year }, ctx) => starRule(ctx.db, year),
  'stars.saveRule': ({ year, thresholds, note }, ctx) => saveStarRule(ctx.db, year, thresholds, note, operatorOf(ctx).id, isoWithOffset(ctx.clock.now())),
  'stars.list': ({ year }, ctx) => starList(ctx.db, year),
  'stars.listPdf': async ({ year }, ctx) => {
    const list = ratedList(ctx, year);
    const name = villageName(ctx);
    const { bytes: _b, ...result } = await makePdf(
      starListDocument(list, { villageName: name, ...stamp(ctx) }),
      list.rows.filter((r) => r.stars > 0).map((r) => r.headName),
      fileNameFor(name, '星级文明户名单', `${year}年`),
    );
    return result;
  },
  'stars.certificatesPdf': async ({ year, minStars }, ctx) => {
    const list = ratedList(ctx, year);
    const rated = list.rows.filter((r) => r.stars >= minStars);
    if (rated.length === 0) throw new UserError('NOTHING_TO_PRINT', `${year} 年没有达到 ${minStars} 星的农户`);
    const name = villageName(ctx);
    const { bytes: _b, ...result } = await makePdf(
      starCertificatesDocument(list, minStars, { villageName: name, ...stamp(ctx) }),
      rated.map((r) => r.headName),
      fileNameFor(name, '星级文明户证书', `${year}年`),
    );
    return result;
  },
  'stats.village': ({ fromMonth, toMonth }, ctx) => villageStats(ctx.db, fromMonth, toMonth),
};
