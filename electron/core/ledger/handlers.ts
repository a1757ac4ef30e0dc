import type { Ctx } from '../api/context.js';
import { operatorOf } from '../api/context.js';
import type { DomainHandlers } from '../api/dispatcher.js';
import { isoWithOffset, localDate } from '../api/time.js';
import type { ledgerApi, LedgerSettings } from '../contract/ledger.js';
import { readSetting, writeSetting } from '../village/village.js';
import { verifyChain } from './chain.js';
import { checkBalances } from './entries.js';
import './backup-check.js';
import { createActivity, finishActivity, finishInspection, listActivities, listInspections, markAttendance } from './events.js';
import { cadrePassbook, listBalances, listEntries, passbook } from './queries.js';
import { clearAvailable, correctEntry, recordScores, YEAR_CAP_SETTING, type Recorder } from './record.js';
import { closeMonth, listMonths, reviewEntries, SELF_APPROVAL_SETTING } from './review.js';

export const CLEARING_DAY_SETTING = 'ledger.clearingDay';

export const recorder = (ctx: Ctx): Recorder => ({ operatorId: operatorOf(ctx).id, now: isoWithOffset(ctx.clock.now()), dataDir: ctx.dataDir });

function settings(ctx: Ctx): LedgerSettings {
  return {
    allowSelfApproval: readSetting(ctx.db, SELF_APPROVAL_SETTING, false),
    clearingDay: readSetting<string | null>(ctx.db, CLEARING_DAY_SETTING, null),
    yearCap: readSetting<number | null>(ctx.db, YEAR_CAP_SETTING, null),
  };
}

export const ledgerHandlers: DomainHandlers<keyof typeof ledgerApi> = {
  'ledger.record': (input, ctx) =>
    recordScores(ctx.db, { ...input, sourceType: input.householdIds.length > 1 ? 'batch' : 'manual' }, recorder(ctx)),
  'ledger.entries': (q, ctx) => listEntries(ctx.db, q),
  'ledger.months': (_i, ctx) => listMonths(ctx.db),
  'ledger.review': (input, ctx) => ({ reviewed: reviewEntries(ctx.db, input, operatorOf(ctx), isoWithOffset(ctx.clock.now())) }),
  'ledger.closeMonth': ({ month }, ctx) => closeMonth(ctx.db, month, localDate(ctx.clock.now()), operatorOf(ctx), isoWithOffset(ctx.clock.now())),
  'ledger.correct': (input, ctx) => correctEntry(ctx.db, input, recorder(ctx)),
  'ledger.balances': ({ groupId }, ctx) => listBalances(ctx.db, groupId),
  'ledger.passbook': ({ householdId, year }, ctx) => passbook(ctx.db, householdId, year),
  'ledger.cadrePassbook': ({ cadreId, year }, ctx) => cadrePassbook(ctx.db, cadreId, year),
  'ledger.verify': (_i, ctx) => {
    const chain = verifyChain(ctx.db);
    const balanceProblems = checkBalances(ctx.db);
    return {
      ok: chain.problem === null && balanceProblems.length === 0,
      entries: chain.entries,
      reviews: chain.reviews,
      chainProblem: chain.problem,
      balanceProblems,
      checkedAt: isoWithOffset(ctx.clock.now()),
    };
  },
  'ledger.clear': ({ date }, ctx) => clearAvailable(ctx.db, date, recorder(ctx)),
  'ledger.settings': (_i, ctx) => settings(ctx),
  'ledger.saveSettings': (input, ctx) => {
    writeSetting(ctx.db, SELF_APPROVAL_SETTING, input.allowSelfApproval);
    writeSetting(ctx.db, CLEARING_DAY_SETTING, input.clearingDay);
    writeSetting(ctx.db, YEAR_CAP_SETTING, input.yearCap);
    return settings(ctx);
  },
  'ledger.inspections': (_i, ctx) => listInspections(ctx.db),
  'ledger.inspect': (input, ctx) => finishInspection(ctx.db, input, recorder(ctx)),
  'ledger.activities': (_i, ctx) => listActivities(ctx.db),
  'ledger.activity.create': (input, ctx) => createActivity(ctx.db, input, recorder(ctx)),
  'ledger.activity.mark': ({ activityId, householdId, present }, ctx) => markAttendance(ctx.db, activityId, householdId, present),
  'ledger.activity.finish': ({ activityId, note }, ctx) => finishActivity(ctx.db, activityId, note, recorder(ctx)),
};
