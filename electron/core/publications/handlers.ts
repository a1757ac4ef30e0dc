import type { DomainHandlers } from '../api/dispatcher.js';
import { operatorOf } from '../api/context.js';
import { UserError } from '../api/errors.js';
import { isoWithOffset, localDate } from '../api/time.js';
import type { publicationsApi } from '../contract/publications.js';
import { cardSheet } from '../pdf/documents/cardSheet.js';
import { namesWithMissingCharacters } from '../pdf/fonts.js';
import { readVillage } from '../village/village.js';
import { cardHouseholds, rosterNames } from './cards.js';
import { correctEntry } from '../ledger/record.js';
import { buildDocument } from './build.js';
import { checkIssuable } from './issuable.js';
import { pendingInPeriod } from './data.js';
import { getObjection, listObjections, recordObjection, resolveObjection } from './objections.js';
import { fileNameFor, makePdf } from './pdf-result.js';
import { boardPeriod, monthPeriod, quarterPeriod, type Period } from './periods.js';
import { listPublications, recordPublication, reprint } from './register.js';
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

/** The household-points period a publication shows, to refuse issuing while entries in it await review. */
function householdPeriod(input: { kind: string; month?: string; quarter?: string; period?: string }): Period | null {
  if (input.month) return monthPeriod(input.month);
  if (input.quarter) return quarterPeriod(input.quarter);
  if (input.period) return boardPeriod(input.period);
  return null;
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
  'publications.preview': async (input, ctx) => {
    const name = villageName(ctx);
    const built = buildDocument(ctx.db, name, input, stamp(ctx));
    const { bytes: _bytes, ...result } = await makePdf(built.doc, built.names, fileNameFor(name, built.title, built.periodLabel));
    return result;
  },
  'publications.plan': async (input, ctx) => {
    const { people } = checkIssuable(ctx.db, input, localDate(ctx.clock.now()));
    const name = villageName(ctx);
    const built = buildDocument(ctx.db, name, input, stamp(ctx));
    const { pages } = await makePdf(built.doc, built.names, fileNameFor(name, built.title, built.periodLabel));
    return { title: built.title, periodLabel: built.periodLabel, people, peopleUnit: input.kind === 'dutyWeekly' ? '人' : '户', pages };
  },
  'publications.issue': async (input, ctx) => {
    checkIssuable(ctx.db, input, localDate(ctx.clock.now()));
    const name = villageName(ctx);
    const period = householdPeriod(input);
    const pending = period ? pendingInPeriod(ctx.db, period, 'household') : 0;
    if (pending > 0) throw new UserError('PENDING_ENTRIES', `本期还有 ${pending} 条积分记录待审核，审核完成后才能正式发布`);
    const s = stamp(ctx);
    const built = buildDocument(ctx.db, name, input, s);
    const fileName = fileNameFor(name, built.title, built.periodLabel);
    const { bytes, ...result } = await makePdf(built.doc, built.names, fileName);
    const publication = ctx.tx(() =>
      recordPublication(ctx.db, {
        kind: input.kind,
        period: built.periodKey,
        periodLabel: built.periodLabel,
        title: built.title,
        params: input,
        paper: built.paper,
        publicity: built.publicity,
        operatorId: operatorOf(ctx).id,
        issuedAt: s.createdAt,
        fileName,
        pages: result.pages,
        pdf: bytes,
      }),
    );
    return { ...result, publication };
  },
  'publications.register': (_i, ctx) => listPublications(ctx.db),
  'publications.reprint': ({ id }, ctx) => reprint(ctx.db, id),
  'publications.rareNames': (_i, ctx) => namesWithMissingCharacters(rosterNames(ctx.db)),
  'objections.list': ({ status }, ctx) => listObjections(ctx.db, status),
  'objections.record': (input, ctx) => recordObjection(ctx.db, input, operatorOf(ctx).id, isoWithOffset(ctx.clock.now())),
  'objections.correct': ({ id, seq, points, reason }, ctx) => {
    const o = getObjection(ctx.db, id);
    const entry = ctx.db.prepare('SELECT household_id AS householdId FROM entries WHERE seq = ?').get(seq) as { householdId: number | null } | undefined;
    if (!entry || entry.householdId !== o.householdId) throw new UserError('NOT_THIS_HOUSEHOLD', `第 ${seq} 号记录不属于 ${o.householdNumber} 户`);
    const now = isoWithOffset(ctx.clock.now());
    const by = { operatorId: operatorOf(ctx).id, now, dataDir: ctx.dataDir };
    const corrected = correctEntry(ctx.db, { seq, points, reason: `异议更正：${reason}`, date: localDate(ctx.clock.now()) }, by);
    return resolveObjection(ctx.db, id, 'corrected', reason, corrected.seqs, by.operatorId, now);
  },
  'objections.dismiss': ({ id, reason }, ctx) => resolveObjection(ctx.db, id, 'dismissed', reason, [], operatorOf(ctx).id, isoWithOffset(ctx.clock.now())),
};
