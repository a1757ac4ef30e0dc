import { z } from 'zod';
import { endpoint } from './endpoint.js';
import { empty, id, localDate, month, nonEmpty } from './fields.js';
import type { FileResult } from './result.js';

/** Documents the office prints; the first five are public (公示) and go into the register when issued. */
export const DOCUMENT_KINDS = [
  'monthly',
  'quarterly',
  'dutyWeekly',
  'redBoard',
  'blackBoard',
  'statement',
  'dutyList',
  'cards',
  'deductionSlip',
  'householdSlips',
  'activityNotice',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export const ISSUABLE_KINDS = ['monthly', 'quarterly', 'dutyWeekly', 'redBoard', 'blackBoard'] as const;
export type IssuableKind = (typeof ISSUABLE_KINDS)[number];

export const DOCUMENT_LABELS: Record<DocumentKind, string> = {
  monthly: '村民积分月公示',
  quarterly: '积分季度公示',
  dutyWeekly: '干部履职积分周公示',
  redBoard: '红榜',
  blackBoard: '提醒榜（黑榜）',
  statement: '农户积分对账单',
  dutyList: '清单事项责任分工',
  cards: '农户积分卡',
  deductionSlip: '扣分告知单',
  householdSlips: '户积分告知单',
  activityNotice: '活动通知',
};

/** Paper a 扣分告知单 prints on: A5 at the office printer, or the supermarket's receipt roll. */
export const SLIP_PAPERS = ['A5', 'roll80', 'roll58'] as const;
export const SLIP_PAPER_LABELS: Record<(typeof SLIP_PAPERS)[number], string> = { A5: 'A5 纸', roll80: '80 毫米热敏纸', roll58: '58 毫米热敏纸' };

export const BLACK_BOARD_MODES = ['maskedNames', 'countsOnly'] as const;
export type BlackBoardMode = (typeof BLACK_BOARD_MODES)[number];
export const BLACK_BOARD_MODE_LABELS: Record<BlackBoardMode, string> = {
  maskedNames: '只列打码姓名（如 张*明）和扣分次数',
  countsOnly: '只列各组户数和次数，不列姓名',
};

export const quarter = z.string().regex(/^\d{4}-Q[1-4]$/, '季度应写成 2026-Q1 这样的格式（Q1 到 Q4 为第一到第四季度）');
/** A board's period: a month (2026-03) or a quarter (2026-Q1). */
export const boardPeriod = z.union([month, quarter], { message: '请选择月份或季度' });
export const boardPaper = z.enum(['A4', 'A3']).default('A4');

export const publicationInput = z.discriminatedUnion('kind', [
  /** A3: the wall version, landscape and large type (`pdf/documents/monthlyWall.ts`). */
  z.object({ kind: z.literal('monthly'), month, paper: boardPaper }),
  z.object({ kind: z.literal('quarterly'), quarter }),
  z.object({ kind: z.literal('dutyWeekly'), weekStart: localDate }),
  z.object({ kind: z.literal('redBoard'), period: boardPeriod, paper: boardPaper, top: z.number().int().min(3).max(50).default(10) }),
  z.object({ kind: z.literal('blackBoard'), period: boardPeriod, paper: boardPaper }),
]);
export type PublicationInput = z.input<typeof publicationInput>;

export const documentInput = z.discriminatedUnion('kind', [
  ...publicationInput.options,
  z.object({ kind: z.literal('statement'), householdId: id.nullable().default(null), year: z.number().int().min(2000).max(2100) }),
  z.object({ kind: z.literal('dutyList') }),
  z.object({ kind: z.literal('deductionSlip'), seq: id, paper: z.enum(SLIP_PAPERS).default('A5') }),
  z.object({ kind: z.literal('householdSlips'), month, groupId: id.nullable().default(null) }),
  z.object({ kind: z.literal('activityNotice'), groupId: id.nullable().default(null) }),
]);
export type DocumentInput = z.input<typeof documentInput>;

export const cardsInput = z.object({
  groupId: id.nullable().default(null),
  /** Empty: every active household (of the group). */
  householdIds: z.array(id).max(5000).default([]),
});

/** A name that would print with an empty box, and the characters the font lacks. */
export interface MissingGlyphs {
  name: string;
  characters: string[];
}

export interface PdfResult {
  file: FileResult;
  /** Names in this document the font cannot draw — shown before printing, never a silent blank box. */
  missing: MissingGlyphs[];
  pages: number;
}

/** What 正式发布 would register, shown for confirmation before it does. */
export interface PublicationPlan {
  title: string;
  periodLabel: string;
  /** Households shown (cadres for the weekly duty publication). */
  people: number;
  peopleUnit: '户' | '人';
  pages: number;
}

/** A publication the office should issue next (home page). */
export interface PublicationReminder {
  kind: 'dutyWeekly' | 'monthly' | 'quarterly';
  period: string;
  periodLabel: string;
  /** 村务公开 is due before the 10th: the last day to issue last month's notice. */
  deadline: string | null;
}

export interface IssuedPublication {
  id: number;
  kind: IssuableKind;
  period: string;
  periodLabel: string;
  title: string;
  paper: string;
  publicityFrom: string | null;
  publicityTo: string | null;
  operatorName: string;
  issuedAt: string;
  sha256: string;
  openObjections: number;
}

export interface PublicationSettings {
  /** Show names on the red board as 张*明. */
  maskNamesOnBoards: boolean;
  /** The black board is off unless the village turns it on. */
  blackBoardEnabled: boolean;
  blackBoardMode: BlackBoardMode;
  /** Where villagers raise an objection, printed on every publication. */
  objectionPlace: string;
  /** Length of the 公示期 in days. */
  publicityDays: number;
}

export const publicationSettingsInput = z.object({
  maskNamesOnBoards: z.boolean(),
  blackBoardEnabled: z.boolean(),
  blackBoardMode: z.enum(BLACK_BOARD_MODES),
  objectionPlace: nonEmpty('异议受理地点', 60),
  publicityDays: z.number().int().min(3, '公示期至少 3 天').max(30, '公示期最多 30 天'),
});

export const OBJECTION_STATUSES = ['open', 'corrected', 'dismissed'] as const;
export type ObjectionStatus = (typeof OBJECTION_STATUSES)[number];
export const OBJECTION_STATUS_LABELS: Record<ObjectionStatus, string> = { open: '待处理', corrected: '已更正', dismissed: '不予采纳' };

export interface ObjectionRow {
  id: number;
  publicationId: number;
  publicationTitle: string;
  householdId: number;
  householdNumber: string;
  headName: string;
  raisedBy: string;
  raisedOn: string;
  content: string;
  /** Ledger entries the objection is about. */
  entrySeqs: number[];
  recordedBy: string;
  recordedAt: string;
  status: ObjectionStatus;
  resolution: string;
  resolvedBy: string | null;
  resolvedAt: string | null;
  correctionSeqs: number[];
}

export const publicationsApi = {
  'publications.settings': endpoint<PublicationSettings>()('查看公示设置', empty, 'session', 'read'),
  'publications.saveSettings': endpoint<PublicationSettings>()('修改公示设置', publicationSettingsInput, ['admin'], 'write'),
  'publications.cards': endpoint<PdfResult>()('打印农户积分卡', cardsInput, ['admin', 'clerk', 'cashier'], 'async'),
  'publications.preview': endpoint<PdfResult>()('预览公示材料', documentInput, 'session', 'async'),
  'publications.plan': endpoint<PublicationPlan>()('核对公示内容', publicationInput, ['admin', 'reviewer'], 'async'),
  'publications.issue': endpoint<PdfResult & { publication: IssuedPublication }>()('发布公示', publicationInput, ['admin', 'reviewer'], 'async'),
  'publications.register': endpoint<IssuedPublication[]>()('查看公示登记', empty, 'session', 'read'),
  'publications.reminders': endpoint<PublicationReminder[]>()('查看待发布的公示', empty, 'session', 'read'),
  'publications.reprint': endpoint<PdfResult>()('重印公示', z.object({ id }), 'session', 'read'),
  'publications.rareNames': endpoint<MissingGlyphs[]>()('检查生僻字', empty, 'session', 'read'),
  'objections.list': endpoint<ObjectionRow[]>()('查看异议', z.object({ status: z.enum(OBJECTION_STATUSES).nullable().default(null) }), 'session', 'read'),
  'objections.record': endpoint<ObjectionRow>()('登记异议',
    z.object({
      publicationId: id,
      householdId: id,
      raisedBy: nonEmpty('提出人', 20),
      raisedOn: localDate,
      content: nonEmpty('异议内容', 500),
      entrySeqs: z.array(id).max(100).default([]),
    }),
    ['admin', 'clerk', 'reviewer'],
    'write',
  ),
  'objections.correct': endpoint<ObjectionRow>()('按异议更正积分',
    z.object({ id, seq: id, points: z.number().int('积分必须是整数').min(-1000).max(1000), reason: nonEmpty('更正理由', 200) }),
    ['reviewer'],
    'write',
  ),
  'objections.dismiss': endpoint<ObjectionRow>()('驳回异议', z.object({ id, reason: nonEmpty('不予采纳的理由', 300) }), ['reviewer'], 'write'),
} as const;
