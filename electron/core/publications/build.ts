import type { Database } from 'better-sqlite3';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { z } from 'zod';
import { UserError } from '../api/errors.js';
import { closedMonthFingerprint } from '../db/anchor-fingerprint.js';
import { DOCUMENT_LABELS, type documentInput } from '../contract/publications.js';
import { blackBoard, redBoard } from '../pdf/documents/boards.js';
import { dutyListDocument } from '../pdf/documents/dutyList.js';
import { dutyWeeklyPublication } from '../pdf/documents/dutyWeekly.js';
import { monthlyPublication, quarterlyPublication } from '../pdf/documents/householdPoints.js';
import { monthlyWallPublication } from '../pdf/documents/monthlyWall.js';
import { statementDocument } from '../pdf/documents/statement.js';
import { deductionSlip } from '../pdf/documents/deductionSlip.js';
import { activityNotice, householdSlips } from '../pdf/documents/householdSlips.js';
import { activityNoticeData, deductionSlipData, householdSlipsData } from './household-notices.js';
import { blackBoardData, dutyListData, dutyWeekData, pointsPublicationData, redBoardData, statementData, statementHouseholds } from './data.js';
import { addDays, boardPeriod, monthPeriod, quarterPeriod, weekPeriod } from './periods.js';
import { readPublicationSettings } from './settings.js';

type DocumentInput = z.output<typeof documentInput>;

export interface Built {
  doc: TDocumentDefinitions;
  /** Every personal name printed, for the rare-character check. */
  names: string[];
  title: string;
  periodKey: string;
  periodLabel: string;
  paper: string;
  /** 公示期 of household points publications; objections are taken during it. */
  publicity: { from: string; to: string } | null;
}

export interface Stamp {
  printDate: string;
  createdAt: string;
}

/**
 * The footer's 数据指纹 of a closed period: the month's anchor, or for a quarter
 * its last closed month's (named, since the quarter may still be partly open).
 */
function fingerprintLine(db: Database, months: readonly string[], nameMonth: boolean): { fingerprint?: string } {
  const closed = closedMonthFingerprint(db, months);
  if (!closed) return {};
  return { fingerprint: nameMonth ? `数据指纹（${Number(closed.month.slice(5))}月结账）${closed.fingerprint}` : `数据指纹 ${closed.fingerprint}` };
}

/** Reads the data a document needs and lays it out; one switch so every kind is built the same way for preview and issue. */
export function buildDocument(db: Database, villageName: string, input: DocumentInput, stamp: Stamp): Built {
  const settings = readPublicationSettings(db);
  const title = DOCUMENT_LABELS[input.kind];
  const publicity = { from: stamp.printDate, to: addDays(stamp.printDate, settings.publicityDays - 1) };
  switch (input.kind) {
    case 'monthly':
    case 'quarterly': {
      const period = input.kind === 'monthly' ? monthPeriod(input.month) : quarterPeriod(input.quarter);
      const data = pointsPublicationData(db, villageName, period, publicity, settings.objectionPlace, true);
      const paper = input.kind === 'monthly' ? input.paper : 'A4';
      const options = { ...stamp, ...fingerprintLine(db, period.months, input.kind === 'quarterly') };
      const doc = input.kind === 'quarterly' ? quarterlyPublication(data, options) : paper === 'A3' ? monthlyWallPublication(data, options) : monthlyPublication(data, options);
      const names = [...data.groups.flatMap((g) => g.rows.map((r) => r.headName)), ...(data.cadres ?? []).map((c) => c.name)];
      return { doc, names, title, periodKey: period.key, periodLabel: period.label, paper, publicity };
    }
    case 'dutyWeekly': {
      const period = weekPeriod(input.weekStart);
      const data = dutyWeekData(db, villageName, period);
      return { doc: dutyWeeklyPublication(data, stamp), names: data.cadres.map((c) => c.name), title, periodKey: period.key, periodLabel: period.label, paper: 'A4', publicity: null };
    }
    case 'redBoard': {
      const period = boardPeriod(input.period);
      const data = redBoardData(db, villageName, period, input.top);
      const doc = redBoard(data, { ...stamp, paper: input.paper, maskNames: settings.maskNamesOnBoards });
      const names = [...data.households.map((h) => h.name), ...data.deeds.map((d) => d.name)];
      return { doc, names, title, periodKey: period.key, periodLabel: period.label, paper: input.paper, publicity: null };
    }
    case 'blackBoard': {
      if (!settings.blackBoardEnabled) {
        throw new UserError('BLACK_BOARD_OFF', '本村没有启用提醒榜（黑榜）。如确需启用，请管理员在“公示设置”中打开并选择显示内容。');
      }
      const period = boardPeriod(input.period);
      const data = blackBoardData(db, villageName, period, settings.blackBoardMode);
      // Names are printed masked or not at all, so none can come out as a blank box.
      return { doc: blackBoard(data, { ...stamp, paper: input.paper }), names: [], title, periodKey: period.key, periodLabel: period.label, paper: input.paper, publicity: null };
    }
    case 'statement': {
      const data = statementData(db, villageName, statementHouseholds(db, input.householdId), input.year);
      if (data.households.length === 0) throw new UserError('NOTHING_TO_PRINT', '没有要打印对账单的在册农户');
      const label = input.householdId === null ? `${input.year}年（全部农户）` : `${input.year}年（${data.households[0]?.number ?? ''}）`;
      return { doc: statementDocument(data, stamp), names: data.households.map((h) => h.headName), title, periodKey: String(input.year), periodLabel: label, paper: 'A4', publicity: null };
    }
    case 'dutyList': {
      const year = stamp.printDate.slice(0, 4);
      const data = dutyListData(db, villageName, year);
      if (data.lists.length === 0) throw new UserError('NOTHING_TO_PRINT', '还没有干部职责清单事项：请先在“清单管理”中导入清单');
      const names = data.lists.flatMap((l) => l.items.flatMap((i) => i.responsible));
      return { doc: dutyListDocument(data, stamp), names, title, periodKey: year, periodLabel: data.periodLabel, paper: 'A4', publicity: null };
    }
    case 'deductionSlip': {
      const data = deductionSlipData(db, villageName, input.seq, { place: settings.objectionPlace, days: settings.publicityDays });
      const names = [data.headName, ...(data.memberName ? [data.memberName] : [])];
      const doc = deductionSlip(data, { ...stamp, paper: input.paper });
      return { doc, names, title, periodKey: String(input.seq), periodLabel: `${data.number}-第${input.seq}号`, paper: input.paper, publicity: null };
    }
    case 'householdSlips': {
      const period = monthPeriod(input.month);
      const data = householdSlipsData(db, villageName, period, input.groupId, stamp.printDate, settings.objectionPlace);
      if (data.groups.length === 0) throw new UserError('NOTHING_TO_PRINT', '没有要打印户积分告知单的在册农户');
      const names = data.groups.flatMap((g) => g.households.map((h) => h.headName));
      return { doc: householdSlips(data, stamp), names, title, periodKey: period.key, periodLabel: period.label, paper: 'A4', publicity: null };
    }
    case 'activityNotice': {
      const data = activityNoticeData(db, villageName, input.groupId, stamp.printDate);
      return { doc: activityNotice(data, stamp), names: [], title, periodKey: stamp.printDate, periodLabel: `${stamp.printDate}起`, paper: 'A4', publicity: null };
    }
  }
}
