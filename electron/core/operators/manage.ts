import type { Database } from 'better-sqlite3';
import type { Role } from '../contract/endpoint.js';
import type { OperatorRow } from '../contract/operators.js';
import { ROLE_LABELS } from '../contract/system.js';
import { notFound, UserError } from '../api/errors.js';

export function listOperators(db: Database): OperatorRow[] {
  const rows = db.prepare('SELECT id, name, roles, active, locked_until, created_at FROM operators ORDER BY active DESC, id').all() as {
    id: number;
    name: string;
    roles: string;
    active: number;
    locked_until: string | null;
    created_at: string;
  }[];
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    roles: JSON.parse(r.roles) as Role[],
    active: r.active === 1,
    lockedUntil: r.locked_until,
    createdAt: r.created_at,
  }));
}

export function requireOperator(db: Database, id: number): OperatorRow {
  const op = listOperators(db).find((o) => o.id === id);
  if (!op) throw notFound('操作员');
  return op;
}

export function requireUniqueName(db: Database, name: string, exceptId = 0): void {
  if (db.prepare('SELECT 1 FROM operators WHERE name = ? AND id <> ?').get(name, exceptId)) {
    throw new UserError('DUPLICATE_OPERATOR', `已有名为“${name}”的操作员`);
  }
}

/** Checked after a change, inside its transaction: an office without an active admin could never manage accounts again. */
export function requireAnActiveAdmin(db: Database): void {
  if (!listOperators(db).some((o) => o.active && o.roles.includes('admin'))) {
    throw new UserError('LAST_ADMIN', '至少要保留一名启用的管理员，不能停用最后一名管理员或取消其管理员角色');
  }
}

export const rolesText = (roles: readonly Role[]) => roles.map((r) => ROLE_LABELS[r]).join('、');
