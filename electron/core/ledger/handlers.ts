import type { Ctx } from '../api/context.js';
import { operatorOf } from '../api/context.js';
import type { DomainHandlers } from '../api/dispatcher.js';
import { isoWithOffset, localDate } from '../api/time.js';
import type { ledgerApi, LedgerSettings } from '../contract/ledger.js';
import { readSetting, writeSetting } from '../village/village.js';
import { BACKFILL_FROM_SETTING, checkDate, dateWindow } from '../village/window.js';
import { UserError } from '../api/errors.js';
import { verifyRegisters } from '../db/registers.js';
import { lastClosureFingerprint } from '../db/anchor-fingerprint.js';
import { verifyChain } from './chain.js';
import { checkBalances } from './entries.js';
import './backup-check.js';
import { createActivity, finishActivity, finishInspection, listActivities, listInspections, markAttendance } from './events.js';
import { cadrePassbook, listBalances, listEntries, passbook } from './queries.js';
import { clearAvailable, correctEntry, isCleared, recordScores, YEAR_CAP_SETTING, type Recorder } from './record.js';
import { closeMonth, listMonths, reviewEntries, SELF_APPROVAL_SETTING } from './review.js';

export const CLEARING_DAY_SETTING = 'ledger.clearingDay';

export const recorder = (ctx: Ctx): Recorder => ({ operatorId: operatorOf(ctx).id, now: isoWithOffset(ctx.clock.now()), dataDir: ctx.dataDir });

function settings(ctx: Ctx): LedgerSettings {
  const clearingDay = readSetting<string | null>(ctx.db, CLEARING_DAY_SETTING, null);
  const today = localDate(ctx.clock.now());
  const due = clearingDay ? `${today.slice(0, 4)}-${clearingDay}` : null;
  return {
    allowSelfApproval: readSetting(ctx.db, SELF_APPROVAL_SETTING, false),
    clearingDay,
    clearingDue: due && due <= today && !isCleared(ctx.db, Number(today.slice(0, 4))) ? due : null,
    yearCap: readSetting<number | null>(ctx.db, YEAR_CAP_SETTING, null),
    backfillFrom: readSetting<string | null>(ctx.db, BACKFILL_FROM_SETTING, null),
    windowFrom: dateWindow(ctx.db, today).from,
  };
}

export const ledgerHandlers: DomainHandlers<keyof typeof ledgerApi> = {
  'ledger.record': (input, ctx) => {
    checkDate(ctx, input.date, '记分日期');
    return recordScores(ctx.db, { ...input, sourceType: input.householdIds.length > 1 ? 'batch' : 'manual' }, recorder(ctx));
  },
  'ledger.entries': (q, ctx) => listEntries(ctx.db, q),
  'ledger.months': (_i, ctx) => listMonths(ctx.db),
  'ledger.review': (input, ctx) => ({ reviewed: reviewEntries(ctx.db, input, operatorOf(ctx), isoWithOffset(ctx.clock.now())) }),
  'ledger.closeMonth': ({ month, reason }, ctx) => {
    const today = localDate(ctx.clock.now());
    const row = closeMonth(ctx.db, month, today, operatorOf(ctx), isoWithOffset(ctx.clock.now()), reason);
    ctx.audit(month === today.slice(0, 7) ? `${month} 月提前结账（${today}），理由：${reason.trim()}` : `${month} 月结账`);
    return row;
  },
  'ledger.correct': (input, ctx) => {
    checkDate(ctx, input.date, '更正日期');
    return correctEntry(ctx.db, input, recorder(ctx));
  },
  'ledger.balances': ({ groupId }, ctx) => listBalances(ctx.db, groupId),
  'ledger.passbook': ({ householdId, year }, ctx) => passbook(ctx.db, householdId, year),
  'ledger.cadrePassbook': ({ cadreId, year }, ctx) => cadrePassbook(ctx.db, cadreId, year),
  'ledger.verify': (_i, ctx) => {
    const chain = verifyChain(ctx.db);
    const balanceProblems = checkBalances(ctx.db);
    const findings = verifyRegisters(ctx.db);
    return {
      ok: chain.problem === null && balanceProblems.length === 0 && findings.length === 0,
      entries: chain.entries,
      reviews: chain.reviews,
      chainProblem: chain.problem,
      balanceProblems,
      findings,
      lastClosure: lastClosureFingerprint(ctx.db),
      checkedAt: isoWithOffset(ctx.clock.now()),
    };
  },
  'ledger.clear': ({ date }, ctx) => {
    checkDate(ctx, date, '清零日期');
    return clearAvailable(ctx.db, date, recorder(ctx));
  },
  'ledger.settings': (_i, ctx) => settings(ctx),
  'ledger.saveSettings': (input, ctx) => {
    writeSetting(ctx.db, SELF_APPROVAL_SETTING, input.allowSelfApproval);
    writeSetting(ctx.db, CLEARING_DAY_SETTING, input.clearingDay);
    writeSetting(ctx.db, YEAR_CAP_SETTING, input.yearCap);
    if (input.backfillFrom !== undefined) {
      if (input.backfillFrom !== null && input.backfillFrom > localDate(ctx.clock.now())) throw new UserError('INVALID_INPUT', '补录起始日期不能晚于今天');
      writeSetting(ctx.db, BACKFILL_FROM_SETTING, input.backfillFrom);
    }
    return settings(ctx);
  },
  'ledger.inspections': (_i, ctx) => listInspections(ctx.db),
  'ledger.inspect': (input, ctx) => {
    checkDate(ctx, input.date, '巡查日期');
    return finishInspection(ctx.db, input, recorder(ctx), ctx.audit);
  },
  'ledger.activities': (_i, ctx) => listActivities(ctx.db),
  'ledger.activity.create': (input, ctx) => {
    checkDate(ctx, input.date, '活动日期', { ahead: true });
    return createActivity(ctx.db, input, recorder(ctx), ctx.audit);
  },
  'ledger.activity.mark': ({ activityId, householdId, present }, ctx) => markAttendance(ctx.db, activityId, householdId, present),
  'ledger.activity.finish': ({ activityId, note }, ctx) => finishActivity(ctx.db, activityId, note, recorder(ctx)),
};
