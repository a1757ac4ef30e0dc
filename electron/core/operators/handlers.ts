import type { DomainHandlers } from '../api/dispatcher.js';
import { operatorOf } from '../api/context.js';
import { UserError } from '../api/errors.js';
import { isoWithOffset } from '../api/time.js';
import { DEFAULT_AUTO_LOCK_MINUTES, type operatorsApi, type SecuritySettings } from '../contract/operators.js';
import { readSetting, writeSetting } from '../village/village.js';
import { findOperator, insertOperator } from './operators.js';
import { listOperators, requireAnActiveAdmin, requireOperator, requireUniqueName, rolesText } from './manage.js';
import { clearPinFailures, tryPin } from './lockout.js';
import { hashPin } from './pin.js';

const AUTO_LOCK_KEY = 'security.autoLockMinutes';

export const operatorHandlers: DomainHandlers<keyof typeof operatorsApi> = {
  'operators.list': (_i, ctx) => listOperators(ctx.db),

  'operators.create': ({ name, roles, pin }, ctx) => {
    requireUniqueName(ctx.db, name);
    insertOperator(ctx.db, name, hashPin(pin), roles, isoWithOffset(ctx.clock.now()));
    ctx.audit(`新增操作员 ${name}（${rolesText(roles)}）`);
    return listOperators(ctx.db);
  },

  'operators.update': ({ id, name, roles }, ctx) => {
    const before = requireOperator(ctx.db, id);
    requireUniqueName(ctx.db, name, id);
    ctx.db.prepare('UPDATE operators SET name = ?, roles = ? WHERE id = ?').run(name, JSON.stringify(roles), id);
    requireAnActiveAdmin(ctx.db);
    ctx.audit(`操作员 ${before.name}${before.name === name ? '' : ` 改名为 ${name}`}，角色：${rolesText(before.roles)} → ${rolesText(roles)}`);
    return listOperators(ctx.db);
  },

  'operators.resetPin': ({ id, pin }, ctx) => {
    const op = requireOperator(ctx.db, id);
    ctx.db.prepare('UPDATE operators SET pin_hash = ?, failed_attempts = 0, lockouts = 0, locked_until = NULL WHERE id = ?').run(hashPin(pin), id);
    ctx.audit(`重置了 ${op.name} 的 PIN 并解除锁定`);
    return listOperators(ctx.db);
  },

  'operators.setActive': ({ id, active }, ctx) => {
    const op = requireOperator(ctx.db, id);
    if (!active && id === operatorOf(ctx).id) throw new UserError('SELF_DEACTIVATE', '不能停用自己正在使用的账号');
    ctx.db.prepare('UPDATE operators SET active = ? WHERE id = ?').run(active ? 1 : 0, id);
    requireAnActiveAdmin(ctx.db);
    ctx.audit(`${active ? '启用' : '停用'}操作员 ${op.name}`);
    return listOperators(ctx.db);
  },

  'operators.changeOwnPin': ({ oldPin, newPin }, ctx) => {
    const me = operatorOf(ctx);
    const row = findOperator(ctx.db, me.id);
    if (!row) throw new UserError('WRONG_PIN', '原 PIN 不正确');
    tryPin(ctx, row, oldPin, '修改本人 PIN');
    ctx.audit(`${me.name} 修改了自己的 PIN`);
    ctx.tx(() => {
      clearPinFailures(ctx.db, me.id);
      ctx.db.prepare('UPDATE operators SET pin_hash = ? WHERE id = ?').run(hashPin(newPin), me.id);
    });
    return null;
  },

  'operators.unlock': ({ id, adminPin }, ctx) => {
    const op = requireOperator(ctx.db, id);
    const me = findOperator(ctx.db, operatorOf(ctx).id);
    if (!me) throw new UserError('WRONG_PIN', 'PIN 不正确');
    // the admin's own PIN: a PC left logged in is not enough to lift a lockout
    tryPin(ctx, me, adminPin, '解除锁定');
    ctx.audit(`${me.name} 解除了 ${op.name} 的 PIN 锁定`);
    ctx.tx(() => {
      clearPinFailures(ctx.db, me.id);
      clearPinFailures(ctx.db, id);
    });
    return listOperators(ctx.db);
  },

  'security.settings.get': (_i, ctx): SecuritySettings => ({
    autoLockMinutes: readSetting(ctx.db, AUTO_LOCK_KEY, DEFAULT_AUTO_LOCK_MINUTES),
  }),

  'security.settings.save': ({ autoLockMinutes }, ctx) => {
    const before = readSetting(ctx.db, AUTO_LOCK_KEY, DEFAULT_AUTO_LOCK_MINUTES);
    writeSetting(ctx.db, AUTO_LOCK_KEY, autoLockMinutes);
    ctx.audit(`空闲自动锁定：${before} 分钟 → ${autoLockMinutes === 0 ? '不自动锁定' : `${autoLockMinutes} 分钟`}`);
    return { autoLockMinutes };
  },
};
