import type { Ctx } from '../api/context.js';
import { UserError } from '../api/errors.js';
import { isoWithOffset } from '../api/time.js';
import type { OperatorRecord } from './operators.js';
import { verifyPin } from './pin.js';

export const MAX_FAILED = 5;
/**
 * Each lockout of the same operator lasts longer, so a 4-digit PIN cannot be
 * walked through by patience (a flat minute let one fall in about 33 hours).
 * Reset by a correct PIN or an admin's unlock.
 */
const LOCKOUT_MINUTES = [1, 5, 30, 120, 720, 1440];

const duration = (minutes: number) => (minutes >= 60 ? `${minutes / 60} 小时` : `${minutes} 分钟`);
export const lockoutMinutes = (lockouts: number) => LOCKOUT_MINUTES[Math.min(lockouts, LOCKOUT_MINUTES.length - 1)] as number;

/**
 * Checks a PIN try (login, changing one's own PIN, an admin's unlock) for one
 * operator: refused while locked; a wrong PIN counts, the fifth locks for
 * longer each time, audited. Writes through `ctx.tx`, so the count survives
 * the error thrown; handlers using it must not run in a write transaction.
 * A correct PIN writes nothing here: the caller clears the count in its own
 * transaction with `clearPinFailures`, so the success is one audited row.
 */
export function tryPin(ctx: Ctx, op: OperatorRecord, pin: string, what: string): void {
  const now = ctx.clock.now();
  if (op.locked_until && new Date(op.locked_until) > now) {
    const left = Math.ceil((new Date(op.locked_until).getTime() - now.getTime()) / 60_000);
    throw new UserError('LOCKED_OUT', `${op.name} 的 PIN 连续输错次数过多，已锁定，请 ${duration(left)}后再试，或请管理员解除锁定`);
  }
  if (verifyPin(pin, op.pin_hash)) return;
  const failed = op.failed_attempts + 1;
  const locked = failed >= MAX_FAILED;
  const minutes = lockoutMinutes(op.lockouts);
  ctx.audit(`${op.name} ${what}时 PIN 错误（连续第 ${failed} 次）${locked ? `，已锁定 ${duration(minutes)}（第 ${op.lockouts + 1} 次锁定）` : ''}`);
  ctx.tx(() =>
    ctx.db
      .prepare('UPDATE operators SET failed_attempts = ?, lockouts = lockouts + ?, locked_until = ? WHERE id = ?')
      .run(locked ? 0 : failed, locked ? 1 : 0, locked ? isoWithOffset(new Date(now.getTime() + minutes * 60_000)) : null, op.id),
  );
  throw new UserError(
    'WRONG_PIN',
    locked ? `PIN 连续输错 ${MAX_FAILED} 次，已锁定 ${duration(minutes)}` : `${what === '修改本人 PIN' ? '原 PIN' : 'PIN'} 不正确，还可以再试 ${MAX_FAILED - failed} 次`,
  );
}

/** A correct PIN or an admin's unlock: the next lockout starts at the shortest again. */
export function clearPinFailures(db: Ctx['db'], id: number): void {
  db.prepare('UPDATE operators SET failed_attempts = 0, lockouts = 0, locked_until = NULL WHERE id = ?').run(id);
}
