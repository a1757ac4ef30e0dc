import { z } from 'zod';
import { endpoint } from './endpoint.js';
import { empty, id, nonEmpty, optionalText, localDate } from './fields.js';
import { importInput, type ImportPreview, type ImportResult } from './roster-import.js';
import type { FileResult } from './result.js';

export const HOUSEHOLD_STATUSES = ['active', 'moved', 'cancelled'] as const;
export type HouseholdStatus = (typeof HOUSEHOLD_STATUSES)[number];
export const HOUSEHOLD_STATUS_LABELS: Record<HouseholdStatus, string> = { active: '在册', moved: '迁出', cancelled: '注销' };

export const HEAD = '户主';
export const RELATIONS = [HEAD, '配偶', '子', '女', '儿媳', '女婿', '孙子', '孙女', '父亲', '母亲', '兄弟姐妹', '其他'] as const;
export const GENDER_LABELS = { male: '男', female: '女' } as const;

export const CADRE_POSTS = ['书记', '主任', '副主任', '委员', '监委会', '村小组长', '驻村工作队'] as const;

export const memberInput = z.object({
  id: id.optional(),
  name: nonEmpty('成员姓名', 20),
  relation: z.enum(RELATIONS, { message: '请选择与户主关系' }),
  /** The office's own word (长子, 次女, 妻); omitted: kept as it was while the relation stays the same. */
  relationDetail: z.string().trim().max(10, '关系写法不能超过 10 个字').optional(),
  gender: z.enum(['male', 'female']).nullable().default(null),
  birthYear: z.number().int().min(1890, '出生年份不正确').max(2100, '出生年份不正确').nullable().default(null),
  /** Raw as typed; the core normalises and checks it. */
  idCard: z.string().max(40).nullable().default(null),
  phone: z.string().max(40).nullable().default(null),
  /** 中共党员 (or 预备党员): such a household may earn 党员带头 items. */
  partyMember: z.boolean().default(false),
});
export type MemberInput = z.input<typeof memberInput>;

export const householdInput = z.object({
  groupId: id,
  /** Empty: the core generates the next number for the group. */
  number: z.string().trim().max(20, '户号不能超过 20 位').default(''),
  address: optionalText('门牌地址', 100),
  note: optionalText('备注', 500),
  members: z.array(memberInput).min(1, '至少要有一名成员（户主）').max(30, '一户最多 30 名成员'),
});
export type HouseholdInput = z.input<typeof householdInput>;

export interface GroupRow {
  id: number;
  name: string;
  sort: number;
  households: number;
}

export interface HouseholdRow {
  id: number;
  number: string;
  groupId: number;
  groupName: string;
  headName: string;
  memberCount: number;
  address: string;
  status: HouseholdStatus;
  /** Masked: lists never carry full numbers. */
  phoneMasked: string;
}

export interface MemberDetail {
  id: number;
  name: string;
  relation: string;
  /** The office's own word for the relation, e.g. 长子; '' when it is the relation itself. */
  relationDetail: string;
  gender: 'male' | 'female' | null;
  birthYear: number | null;
  idCard: string | null;
  phone: string | null;
  partyMember: boolean;
}

export interface HouseholdDetail {
  id: number;
  number: string;
  groupId: number;
  address: string;
  status: HouseholdStatus;
  note: string;
  members: MemberDetail[];
}

export interface CadreRow {
  id: number;
  name: string;
  post: string;
  phoneMasked: string;
  fromDate: string;
  toDate: string | null;
  note: string;
}

export const rosterListQuery = z.object({
  query: z.string().trim().max(40).default(''),
  groupId: id.nullable().default(null),
  status: z.enum(HOUSEHOLD_STATUSES).nullable().default(null),
  sort: z.enum(['number', 'group', 'head', 'members']).default('number'),
  desc: z.boolean().default(false),
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(1000).default(50),
});

export const rosterApi = {
  'roster.groups.list': endpoint<GroupRow[]>()('查看村小组', empty, 'session', 'read'),
  'roster.groups.add': endpoint<GroupRow[]>()('新增村小组', z.object({ name: nonEmpty('村小组名称', 40) }), ['admin'], 'write'),
  'roster.groups.rename': endpoint<GroupRow[]>()('修改村小组名称', z.object({ id, name: nonEmpty('村小组名称', 40) }), ['admin'], 'write'),
  'roster.households.list': endpoint<{ rows: HouseholdRow[]; total: number }>()('查看花名册', rosterListQuery, 'session', 'read'),
  'roster.households.get': endpoint<HouseholdDetail>()('查看农户详情', z.object({ id }), ['admin', 'clerk'], 'read'),
  'roster.households.nextNumber': endpoint<string>()('生成户号', z.object({ groupId: id }), ['admin', 'clerk'], 'read'),
  'roster.households.create': endpoint<HouseholdDetail>()('新增农户', householdInput, ['admin', 'clerk'], 'write'),
  'roster.households.update': endpoint<HouseholdDetail>()('修改农户',
    householdInput.extend({ id, /** Omitted: unchanged. */ status: z.enum(HOUSEHOLD_STATUSES).optional() }),
    ['admin', 'clerk'],
    'write',
  ),
  'roster.households.setStatus': endpoint<HouseholdDetail>()('修改农户状态', z.object({ id, status: z.enum(HOUSEHOLD_STATUSES) }), ['admin', 'clerk'], 'write'),
  'roster.xlsx.template': endpoint<FileResult>()('下载花名册模板', empty, ['admin', 'clerk'], 'async'),
  'roster.xlsx.export': endpoint<FileResult>()('导出花名册', empty, ['admin', 'clerk'], 'async'),
  'roster.xlsx.preview': endpoint<ImportPreview>()('预览导入花名册', importInput, ['admin', 'clerk'], 'async'),
  'roster.xlsx.import': endpoint<ImportResult>()('导入花名册', importInput, ['admin', 'clerk'], 'async'),
  'roster.xlsx.problems': endpoint<FileResult>()('导出导入问题清单', importInput, ['admin', 'clerk'], 'async'),
  'roster.cadres.list': endpoint<CadreRow[]>()('查看村干部', z.object({ current: z.boolean().default(true) }), 'session', 'read'),
  'roster.cadres.save': endpoint<CadreRow>()('保存村干部',
    z.object({
      id: id.optional(),
      name: nonEmpty('姓名', 20),
      post: z.enum(CADRE_POSTS, { message: '请选择职务' }),
      /** Omitted on edit: keep the stored number (forms only ever see it masked). */
      phone: z.string().max(40).nullable().optional(),
      fromDate: localDate,
      toDate: localDate.nullable().default(null),
      note: optionalText('备注', 200),
    }),
    ['admin'],
    'write',
  ),
} as const;
