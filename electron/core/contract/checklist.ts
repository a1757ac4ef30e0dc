import { z } from 'zod';
import { endpoint } from './endpoint.js';
import { empty, file, id, localDate, nonEmpty, optionalText } from './fields.js';
import type { PdfResult } from './publications.js';
import type { FileResult } from './result.js';
import { year } from './stats.js';

export const CHECKLIST_CODES = ['party', 'service', 'development', 'conduct', 'duty', 'assist'] as const;
export type ChecklistCode = (typeof CHECKLIST_CODES)[number];
export const CHECKLIST_LABELS: Record<ChecklistCode, string> = {
  party: '党建引领清单',
  service: '公共服务清单',
  development: '乡村发展清单',
  conduct: '村民行为清单',
  duty: '依法履职清单',
  assist: '依法协助清单',
};

export const SUBJECTS = ['household', 'cadre'] as const;
export type Subject = (typeof SUBJECTS)[number];
export const SUBJECT_LABELS: Record<Subject, string> = { household: '农户', cadre: '村干部' };

export const UNITS = ['per-time', 'per-household', 'per-inspection', 'per-month', 'per-year', 'per-case', 'per-item', 'per-round', 'per-task', 'per-project'] as const;
export type Unit = (typeof UNITS)[number];
export const UNIT_LABELS: Record<Unit, string> = {
  'per-time': '每次',
  'per-household': '每户',
  'per-inspection': '每次巡查',
  'per-month': '每月',
  'per-year': '每年',
  'per-case': '每件',
  'per-item': '每项',
  'per-round': '每轮',
  'per-task': '每项任务',
  'per-project': '每个项目',
};

/** How often a cadre item falls due: per-time items are scored when they happen and are never "open". */
export const CADENCES = ['per-time', 'weekly', 'monthly', 'quarterly', 'yearly'] as const;
export type Cadence = (typeof CADENCES)[number];
export const CADENCE_LABELS: Record<Cadence, string> = { 'per-time': '按次', weekly: '每周', monthly: '每月', quarterly: '每季度', yearly: '每年' };

export const MEETING_KINDS = ['representatives', 'consultation'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];
export const MEETING_LABELS: Record<MeetingKind, string> = { representatives: '村民代表大会', consultation: '议事协商会' };

const itemPoints = z.number().int('分值必须是整数').min(-1000, '分值不能小于 -1000').max(1000, '分值不能超过 1000');
export const grade = z.object({ label: nonEmpty('等级名称', 10), points: itemPoints });
export type Grade = z.infer<typeof grade>;
const cap = z.number().int('上限必须是整数').positive('上限必须大于 0').nullable().default(null);

export const meetingInput = z.object({
  kind: z.enum(MEETING_KINDS, { message: '请选择通过清单的会议' }),
  date: localDate,
  attendance: z.number().int().min(0, '参会人数不能为负数').max(10000),
  note: optionalText('会议说明', 500),
});
export type MeetingInput = z.input<typeof meetingInput>;

/** The values of an item that are versioned. Exactly one of points and grades. */
export const itemValues = z
  .object({
    points: itemPoints.nullable().default(null),
    grades: z.array(grade).min(2, '等级至少两档').max(4, '等级最多四档（键盘 1–4）').nullable().default(null),
    unit: z.enum(UNITS, { message: '请选择计分单位' }),
    capMonth: cap,
    capYear: cap,
    noteRequired: z.boolean().default(false),
    photoRequired: z.boolean().default(false),
  })
  .refine((v) => (v.points === null) !== (v.grades === null), { message: '请填写分值，或者填写等级分值表（二选一）' });

export const itemInput = z.object({
  id: id.optional(),
  checklistId: id,
  category: optionalText('类别', 40),
  name: nonEmpty('事项名称', 80),
  values: itemValues,
  cadence: z.enum(CADENCES, { message: '请选择完成周期' }).default('per-time'),
  /** Only households with a party member may earn it (党员带头). */
  partyOnly: z.boolean().default(false),
  evidence: optionalText('佐证材料', 100),
  /** Scored on households instead of cadres; default by list (村民行为清单 households, the others cadres). */
  subject: z.enum(SUBJECTS).nullable().default(null),
  /** The adopting meeting (list version) this value belongs to; default the latest one. */
  checklistVersionId: id.nullable().default(null),
});
export type ItemInput = z.input<typeof itemInput>;

export interface ItemRow {
  id: number;
  checklistId: number;
  checklistCode: ChecklistCode;
  category: string;
  name: string;
  subject: Subject;
  cadreId: number | null;
  cadreName: string | null;
  /** Co-owners besides the main owner. */
  coOwners: { id: number; name: string }[];
  cadence: Cadence;
  partyOnly: boolean;
  evidence: string;
  active: boolean;
  versionId: number;
  version: number;
  points: number | null;
  grades: Grade[] | null;
  unit: Unit;
  capMonth: number | null;
  capYear: number | null;
  noteRequired: boolean;
  photoRequired: boolean;
}

export interface ChecklistVersionRow {
  id: number;
  version: number;
  meetingKind: MeetingKind;
  meetingDate: string;
  attendance: number;
  note: string;
}

export interface ChecklistRow {
  id: number;
  code: ChecklistCode;
  name: string;
  versions: ChecklistVersionRow[];
  items: ItemRow[];
}

export interface TemplateInfo {
  code: ChecklistCode;
  name: string;
  items: number;
  loaded: boolean;
  /** The template's items as they would be adopted, to look at before choosing the list. */
  preview: { category: string; name: string; points: string }[];
}

export interface CadreDuties {
  cadreId: number;
  cadreName: string;
  post: string;
  items: { id: number; name: string; checklistCode: ChecklistCode; week: number; month: number; coOwnerIds: number[] }[];
  week: number;
  month: number;
}

export interface DutyOverview {
  cadres: CadreDuties[];
  unassigned: { id: number; name: string; checklistCode: ChecklistCode }[];
}

export interface ItemSheetProblem {
  row: number;
  column: string;
  reason: string;
}

export interface ItemSheetPreview {
  rows: { row: number; name: string; change: 'new' | 'changed' | 'same' }[];
  problems: ItemSheetProblem[];
  added: number;
  changed: number;
}

/** One cadre's line in the yearly ranking (评先评优): approved points of the year and the completion of due items. */
export interface CadreRankRow {
  cadreId: number;
  name: string;
  post: string;
  /** Approved entries of the year, corrections netted. */
  points: number;
  due: number;
  done: number;
  rate: number | null;
  /** 1 = most points; equal points share a rank. */
  rank: number;
}

export interface CadreRanking {
  year: number;
  /** The last day counted: the year's end, or today while the year runs. */
  through: string;
  rows: CadreRankRow[];
}

const itemSheetInput = z.object({ checklistId: id, file });

export const checklistApi = {
  'checklist.templates': endpoint<TemplateInfo[]>()('查看清单模板', empty, 'session', 'read'),
  'checklist.loadTemplates': endpoint<ChecklistRow[]>()('导入清单模板',
    z.object({ codes: z.array(z.enum(CHECKLIST_CODES)).min(1, '请至少选择一个清单'), meeting: meetingInput }),
    ['admin'],
    'write',
  ),
  'checklist.lists': endpoint<ChecklistRow[]>()('查看清单', z.object({ includeInactive: z.boolean().default(false) }), 'session', 'read'),
  'checklist.adopt': endpoint<ChecklistVersionRow>()('登记清单通过会议', z.object({ checklistId: id, meeting: meetingInput }), ['admin'], 'write'),
  'checklist.saveItem': endpoint<ItemRow>()('保存清单事项', itemInput, ['admin'], 'write'),
  'checklist.setActive': endpoint<ItemRow>()('停用或启用清单事项', z.object({ id, active: z.boolean() }), ['admin'], 'write'),
  'checklist.assign': endpoint<ItemRow>()('分配事项责任人',
    z.object({ itemId: id, cadreId: id.nullable(), coOwnerIds: z.array(id).max(20, '协办人最多 20 人').default([]) }),
    ['admin'],
    'write',
  ),
  'checklist.xlsx.export': endpoint<FileResult>()('导出清单事项', z.object({ checklistId: id }), ['admin'], 'async'),
  'checklist.xlsx.preview': endpoint<ItemSheetPreview>()('预览导入清单事项', itemSheetInput, ['admin'], 'async'),
  'checklist.xlsx.import': endpoint<{ version: number; written: number }>()('导入清单事项', itemSheetInput.extend({ meeting: meetingInput }), ['admin'], 'async'),
  'checklist.duties': endpoint<DutyOverview>()('查看干部职责', z.object({ date: localDate }), 'session', 'read'),
  'checklist.ranking': endpoint<CadreRanking>()('查看干部年度积分排名', z.object({ year }), 'session', 'read'),
  'checklist.ranking.pdf': endpoint<PdfResult>()('打印干部评先评优推荐表', z.object({ year }), 'session', 'async'),
  'checklist.ranking.xlsx': endpoint<FileResult>()('导出干部评先评优推荐表', z.object({ year }), 'session', 'async'),
} as const;
