import { z } from 'zod';
import { endpoint, ROLES, type Role } from './endpoint.js';
import { empty, nonEmpty, pin } from './fields.js';

export type Installation = 'village' | 'township';

export interface VillageInfo {
  installation: Installation;
  name: string;
  township: string;
  county: string;
}

export interface OperatorInfo {
  id: number;
  name: string;
  roles: Role[];
}

/** The deferred `quick_check` of the data file (api/integrity-gate.ts). */
export type IntegrityState = 'checking' | 'ok' | 'failed';

export interface SystemStatus {
  /** `setup`: first run; `login`: set up, nobody logged in; `ready`: an operator is logged in. */
  state: 'setup' | 'login' | 'ready';
  village: VillageInfo | null;
  operator: OperatorInfo | null;
  version: string;
  /** The deferred check of the data file: `failed` leaves the app read-only (restore a backup). */
  integrity: IntegrityState;
}

export const systemApi = {
  'system.status': endpoint<SystemStatus>()('查看系统状态', empty, 'public', 'read'),
  'setup.complete': endpoint<SystemStatus>()('初始设置',
    z.object({
      installation: z.enum(['village', 'township']),
      villageName: nonEmpty('村名', 40),
      township: nonEmpty('乡镇', 40),
      county: nonEmpty('县（市、区）', 40),
      groups: z.array(nonEmpty('村小组名称', 40)).max(60, '村小组最多 60 个'),
      admin: z.object({ name: nonEmpty('管理员姓名', 20), pin }),
    }),
    'public',
    'write',
  ),
  'auth.operators': endpoint<{ id: number; name: string }[]>()('查看操作员名单', empty, 'public', 'read'),
  'auth.login': endpoint<SystemStatus>()('登录', z.object({ operatorId: z.number().int().positive(), pin: z.string().max(16) }), 'public', 'async'),
  'auth.logout': endpoint<SystemStatus>()('退出登录', empty, 'session', 'write'),
} as const;

export const ROLE_LABELS: Record<Role, string> = {
  admin: '管理员',
  clerk: '录入员',
  reviewer: '审核员',
  cashier: '收银员',
};
export const ALL_ROLES: readonly Role[] = ROLES;

/** A township installation only compiles the villages' packages: nobody there scores, reviews or sells. */
export function rolesFor(installation: Installation | undefined): readonly Role[] {
  return installation === 'township' ? ['admin'] : ALL_ROLES;
}
