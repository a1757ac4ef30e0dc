import { z } from 'zod';
import { endpoint, ROLES, type Role } from './endpoint.js';
import { empty, id, nonEmpty, pin } from './fields.js';

export interface OperatorRow {
  id: number;
  name: string;
  roles: Role[];
  active: boolean;
  /** Locked out after too many wrong PINs, until this time. */
  lockedUntil: string | null;
  createdAt: string;
}

export interface SecuritySettings {
  /** Lock the screen after this many idle minutes; 0 = never. */
  autoLockMinutes: number;
}
export const DEFAULT_AUTO_LOCK_MINUTES = 10;

const roles = z.array(z.enum(ROLES)).min(1, '请至少选择一个角色').max(ROLES.length);

export const operatorsApi = {
  'operators.list': endpoint<OperatorRow[]>()('查看操作员', empty, ['admin'], 'read'),
  'operators.create': endpoint<OperatorRow[]>()('新增操作员', z.object({ name: nonEmpty('姓名', 20), roles, pin }), ['admin'], 'write'),
  'operators.update': endpoint<OperatorRow[]>()('修改操作员', z.object({ id, name: nonEmpty('姓名', 20), roles }), ['admin'], 'write'),
  'operators.resetPin': endpoint<OperatorRow[]>()('重置操作员 PIN', z.object({ id, pin }), ['admin'], 'write'),
  'operators.setActive': endpoint<OperatorRow[]>()('启用或停用操作员', z.object({ id, active: z.boolean() }), ['admin'], 'write'),
  // async: a wrong PIN's count must be written even though the call fails
  'operators.changeOwnPin': endpoint<null>()('修改本人 PIN', z.object({ oldPin: z.string().max(16), newPin: pin }), 'session', 'async'),
  'operators.unlock': endpoint<OperatorRow[]>()('解除操作员锁定', z.object({ id, adminPin: z.string().max(16) }), ['admin'], 'async'),
  'security.settings.get': endpoint<SecuritySettings>()('查看安全设置', empty, 'session', 'read'),
  'security.settings.save': endpoint<SecuritySettings>()('修改安全设置',
    z.object({ autoLockMinutes: z.number().int('请填写整数分钟').min(0, '不能小于 0').max(240, '最长 240 分钟') }),
    ['admin'],
    'write',
  ),
} as const;
