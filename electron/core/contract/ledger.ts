import { z } from 'zod';
import { endpoint } from './endpoint.js';
import { empty, file, id, localDate, month, nonEmpty, optionalText, points } from './fields.js';
import type { ChecklistCode, Subject } from './checklist.js';

export const ENTRY_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];
export const ENTRY_STATUS_LABELS: Record<EntryStatus, string> = { pending: '待审核', approved: '已通过', rejected: '未通过' };

/** What caused an entry. Other domains add their own (e.g. the supermarket's `redemption`). */
export const SOURCE_LABELS: Record<string, string> = {
  manual: '单条记录',
  batch: '批量记录',
  activity: '活动签到',
  inspection: '入户巡查',
  correction: '更正',
  clearing: '年度清零',
  redemption: '积分兑换',
};

export interface Balance {
  /** 累计积分: approved points earned; spending never lowers it. */
  earned: number;
  /** 可用积分: approved points minus redemptions and clearings. */
  available: number;
  /** 待审核: points recorded but not yet reviewed. */
  pending: number;
}

export interface EntryRow {
  seq: number;
  date: string;
  subject: Subject;
  householdId: number | null;
  householdNumber: string | null;
  headName: string | null;
  groupName: string | null;
  memberName: string | null;
  cadreId: number | null;
  cadreName: string | null;
  itemId: number | null;
  itemName: string | null;
  checklistCode: ChecklistCode | null;
  itemVersion: number | null;
  grade: string | null;
  points: number;
  kind: 'earn' | 'spend';
  note: string;
  hasPhoto: boolean;
  sourceType: string;
  sourceId: number | null;
  correctsSeq: number | null;
  /** The correction that names this entry and was not rejected. */
  correctedBySeq: number | null;
  status: EntryStatus;
  reviewReason: string;
  /** Who recorded it: a reviewer may not decide on their own entries unless the village allows it. */
  operatorId: number;
  operatorName: string;
  reviewerName: string | null;
  createdAt: string;
}

/** How an entry reads in passbooks and review lists. */
export function describeEntry(e: Pick<EntryRow, 'itemName' | 'grade' | 'sourceType' | 'correctsSeq' | 'memberName' | 'checklistCode'>): string {
  const source = SOURCE_LABELS[e.sourceType] ?? e.sourceType;
  if (e.correctsSeq !== null) return `更正第 ${e.correctsSeq} 号（${e.itemName ?? ''}）`;
  if (!e.itemName) return source;
  const what = e.grade ? `${e.itemName}（${e.grade}）` : e.itemName;
  const who = e.memberName ? ` · ${e.memberName}` : '';
  return e.sourceType === 'manual' || e.sourceType === 'batch' ? `${what}${who}` : `${source}：${what}${who}`;
}

export interface MonthRow {
  month: string;
  pending: number;
  approved: number;
  rejected: number;
  closed: boolean;
}

export interface PassbookRow {
  seq: number;
  date: string;
  description: string;
  points: number;
  status: EntryStatus;
  /** 可用积分 after this entry (approved entries only move it). */
  available: number;
  /** 累计积分 after this entry. */
  earned: number;
  note: string;
  reviewReason: string;
  /** An approved checklist entry not yet corrected: it may get one correction. */
  correctable: boolean;
  /** A deduction the household can be given a 扣分告知单 for. */
  deduction: boolean;
}

export interface Passbook {
  householdId: number;
  number: string;
  headName: string;
  groupName: string;
  balance: Balance;
  /** Balance before the first row shown (entries of earlier years). */
  opening: { available: number; earned: number };
  rows: PassbookRow[];
}

export interface CadrePassbook {
  cadreId: number;
  name: string;
  post: string;
  approved: number;
  pending: number;
  rows: PassbookRow[];
}

export interface BalanceRow extends Balance {
  householdId: number;
  number: string;
  headName: string;
  groupId: number;
  groupName: string;
}

export interface IntegrityReport {
  ok: boolean;
  entries: number;
  reviews: number;
  /** The first entry or review whose hash or sequence does not verify. */
  chainProblem: { table: 'entries' | 'reviews'; seq: number; message: string } | null;
  /** Households whose cached balance differs from the ledger sums. */
  balanceProblems: { householdId: number; number: string; cached: Balance; computed: Balance }[];
  /** Other registers' chains, month-closure anchors and the stock cache, each finding a Chinese sentence. */
  findings: string[];
  /** The last closed month and its anchor's 数据指纹, as printed in the monthly publication's footer. */
  lastClosure: { month: string; fingerprint: string } | null;
  checkedAt: string;
}

export interface RecordResult {
  seqs: number[];
  points: number;
}

export interface LedgerSettings {
  allowSelfApproval: boolean;
  /** `MM-DD` on which 可用积分 is cleared each year, or null when the village does not clear. */
  clearingDay: string | null;
  /** The clearing date that has come this year and not been done yet (a to-do), or null. */
  clearingDue: string | null;
  /** Village-wide yearly cap on points a household earns, or null. */
  yearCap: number | null;
  /** 补录起始日期 set by an admin, or null: records may then be dated from the day the village was set up. */
  backfillFrom: string | null;
  /** The first date points and stock may carry now (补录起始日期, else the set-up day). */
  windowFrom: string;
}


export interface InspectionRow {
  id: number;
  groupName: string;
  date: string;
  itemName: string;
  cadreName: string;
  graded: number;
  points: number;
}

export interface ActivityRow {
  id: number;
  name: string;
  date: string;
  itemId: number;
  itemName: string;
  cadreId: number;
  cadreName: string;
  dutyItemId: number | null;
  attendees: number[];
  finished: boolean;
}

export const inspectionInput = z.object({
  groupId: id,
  date: localDate,
  itemId: id,
  /** The inspecting cadre, credited on `dutyItemId` when given. */
  cadreId: id,
  dutyItemId: id.nullable().default(null),
  grades: z
    .array(z.object({ householdId: id, grade: z.string().min(1).max(10) }))
    .min(1, '还没有为任何一户评定等级')
    .max(2000),
  note: optionalText('说明', 200),
  /** The clerk saw “同一天已巡查过” and chose 再记一次; recorded in the audit row. */
  confirmRepeat: z.boolean().default(false),
});

export const activityInput = z.object({
  name: nonEmpty('活动名称', 60),
  date: localDate,
  itemId: id,
  cadreId: id,
  dutyItemId: id.nullable().default(null),
  /** The clerk saw “同一天已有同名活动” and chose 再记一次; recorded in the audit row. */
  confirmRepeat: z.boolean().default(false),
});

const positiveCount = z.number().int('数量必须是整数').min(1, '数量必须大于 0').max(1000, '数量不能超过 1000');

export const recordInput = z
  .object({
    itemId: id,
    date: localDate,
    /** One or many households (batch), or one cadre. */
    householdIds: z.array(id).max(2000, '一次最多 2000 户').default([]),
    memberId: id.nullable().default(null),
    cadreId: id.nullable().default(null),
    /** Times the item's points are counted (e.g. 3 项不达标). */
    quantity: positiveCount.default(1),
    grade: z.string().max(10).nullable().default(null),
    note: optionalText('说明', 500),
    photo: file.nullable().default(null),
    /** Scoring a cadre on an item owned by another cadre: the person recording has confirmed it. */
    confirmOtherOwner: z.boolean().default(false),
  })
  .refine((v) => (v.householdIds.length > 0) !== (v.cadreId !== null), { message: '请选择农户，或者选择一名村干部' });
export type RecordInput = z.input<typeof recordInput>;

export const entryQuery = z.object({
  month: month.nullable().default(null),
  householdId: id.nullable().default(null),
  cadreId: id.nullable().default(null),
  status: z.enum(ENTRY_STATUSES).nullable().default(null),
  checklistCode: z.string().max(20).nullable().default(null),
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(2000).default(100),
});

export const ledgerApi = {
  'ledger.record': endpoint<RecordResult>()('记录积分', recordInput, ['admin', 'clerk'], 'write'),
  'ledger.entries': endpoint<{ rows: EntryRow[]; total: number }>()('查看积分记录', entryQuery, 'session', 'read'),
  'ledger.months': endpoint<MonthRow[]>()('查看月度审核', empty, 'session', 'read'),
  'ledger.review': endpoint<{ reviewed: number }>()('审核积分记录',
    z.object({
      seqs: z.array(id).min(1, '请至少选择一条记录').max(5000),
      decision: z.enum(['approved', 'rejected']),
      reason: optionalText('不通过的理由', 200),
    }),
    ['reviewer'],
    'write',
  ),
  'ledger.closeMonth': endpoint<MonthRow>()('月度结账',
    z.object({
      month,
      /** Only for the current month, by an admin: why it is closed before its last day. */
      reason: optionalText('提前结账理由', 200),
    }),
    ['reviewer', 'admin'],
    'write',
  ),
  'ledger.correct': endpoint<RecordResult>()('更正积分记录',
    z.object({ seq: id, points, reason: nonEmpty('更正理由', 200), date: localDate }),
    ['admin', 'clerk'],
    'write',
  ),
  'ledger.balances': endpoint<BalanceRow[]>()('查看农户积分', z.object({ groupId: id.nullable().default(null) }), 'session', 'read'),
  'ledger.passbook': endpoint<Passbook>()('查看积分存折', z.object({ householdId: id, year: z.number().int().min(2000).max(2100).nullable().default(null) }), 'session', 'read'),
  'ledger.cadrePassbook': endpoint<CadrePassbook>()('查看干部积分', z.object({ cadreId: id, year: z.number().int().min(2000).max(2100).nullable().default(null) }), 'session', 'read'),
  'ledger.verify': endpoint<IntegrityReport>()('数据校验', empty, 'session', 'read'),
  'ledger.clear': endpoint<RecordResult>()('年度清零可用积分', z.object({ date: localDate }), ['admin'], 'write'),
  'ledger.settings': endpoint<LedgerSettings>()('查看积分设置', empty, 'session', 'read'),
  'ledger.saveSettings': endpoint<LedgerSettings>()('修改积分设置',
    z.object({
      allowSelfApproval: z.boolean(),
      clearingDay: z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, '清零日期应写成 12-31 这样的“月-日”').nullable(),
      yearCap: z.number().int().positive('年度上限必须大于 0').nullable(),
      /** Left out: unchanged. */
      backfillFrom: localDate.nullable().optional(),
    }),
    ['admin'],
    'write',
  ),
  'ledger.inspections': endpoint<InspectionRow[]>()('查看入户巡查', empty, 'session', 'read'),
  'ledger.inspect': endpoint<RecordResult>()('完成入户巡查', inspectionInput, ['admin', 'clerk'], 'write'),
  'ledger.activities': endpoint<ActivityRow[]>()('查看活动', empty, 'session', 'read'),
  'ledger.activity.create': endpoint<ActivityRow>()('新建活动', activityInput, ['admin', 'clerk'], 'write'),
  'ledger.activity.mark': endpoint<ActivityRow>()('活动签到', z.object({ activityId: id, householdId: id, present: z.boolean() }), ['admin', 'clerk'], 'write'),
  'ledger.activity.finish': endpoint<RecordResult>()('结束活动并记分', z.object({ activityId: id, note: optionalText('说明', 200) }), ['admin', 'clerk'], 'write'),
} as const;
