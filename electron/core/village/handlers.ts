import { randomUUID } from 'node:crypto';
import { rolesFor, type SystemStatus } from '../contract/system.js';
import type { Ctx } from '../api/context.js';
import type { DomainHandlers } from '../api/dispatcher.js';
import { isCorruption, UserError } from '../api/errors.js';
import { isoWithOffset } from '../api/time.js';
import { clearPinFailures, tryPin } from '../operators/lockout.js';
import { hashPin } from '../operators/pin.js';
import { findOperator, insertOperator, toOperatorInfo } from '../operators/operators.js';
import { readVillage } from './village.js';
import { systemApi } from '../contract/system.js';

export const APP_VERSION = '0.1.0';

function status(ctx: Ctx, operatorOverride?: SystemStatus['operator']): SystemStatus {
  const village = readVillage(ctx.db);
  const operator = operatorOverride === undefined ? ctx.operator : operatorOverride;
  const info = village ? { installation: village.installation, name: village.name, township: village.township, county: village.county } : null;
  return { state: !village ? 'setup' : operator ? 'ready' : 'login', village: info, operator, version: APP_VERSION, integrity: ctx.integrity };
}

export const systemHandlers: DomainHandlers<keyof typeof systemApi> = {
  'system.status': (_input, ctx) => status(ctx),

  'setup.complete': (input, ctx) => {
    if (readVillage(ctx.db)) throw new UserError('ALREADY_SET_UP', '本机已经完成初始设置，不能重复设置');
    const names = new Set<string>();
    for (const g of input.groups) {
      if (names.has(g)) throw new UserError('DUPLICATE_GROUP', `村小组“${g}”重复了`);
      names.add(g);
    }
    if (input.installation === 'village' && input.groups.length === 0) {
      throw new UserError('NO_GROUPS', '请至少填写一个村小组');
    }
    const now = isoWithOffset(ctx.clock.now());
    ctx.db
      .prepare('INSERT INTO village (id, uid, installation, name, township, county, created_at) VALUES (1, ?, ?, ?, ?, ?, ?)')
      .run(randomUUID(), input.installation, input.villageName, input.township, input.county, now);
    const addGroup = ctx.db.prepare('INSERT INTO groups (name, sort) VALUES (?, ?)');
    input.groups.forEach((g, i) => addGroup.run(g, i + 1));
    // The first operator of a small office does every job its installation has; later operators get narrower roles.
    const roles = rolesFor(input.installation);
    const id = insertOperator(ctx.db, input.admin.name, hashPin(input.admin.pin), roles, now);
    const operator = { id, name: input.admin.name, roles: [...roles] };
    ctx.audit(`设置${input.villageName}（${input.county}${input.township}），${input.groups.length} 个村小组，管理员 ${input.admin.name}`);
    ctx.setOperator(operator);
    return status(ctx, operator);
  },

  'auth.operators': (_input, ctx) =>
    ctx.db.prepare('SELECT id, name FROM operators WHERE active = 1 ORDER BY id').all() as { id: number; name: string }[],

  'auth.login': (input, ctx) => {
    const op = findOperator(ctx.db, input.operatorId);
    if (!op || !op.active) throw new UserError('LOGIN_FAILED', '操作员不存在或已停用');
    tryPin(ctx, op, input.pin, '登录');
    const info = toOperatorInfo(op);
    // logged in first, so the audit row of this login carries the operator's name
    ctx.setOperator(info);
    ctx.audit(`${op.name} 登录`);
    try {
      ctx.tx(() => clearPinFailures(ctx.db, op.id));
    } catch (error) {
      // on a file not known to be sound, the login's own record may fall on a damaged page: the right PIN
      // still logs in, as it is the admin's way to 数据备份 and a restore (every other write stays refused)
      if (!(ctx.integrity !== 'ok' && isCorruption(error))) {
        ctx.setOperator(null);
        throw error;
      }
    }
    return status(ctx, info);
  },

  'auth.logout': (_input, ctx) => {
    ctx.setOperator(null);
    return status(ctx, null);
  },
};
