import type { Database } from 'better-sqlite3';
import type { Role } from '../contract/endpoint.js';
import type { OperatorInfo } from '../contract/system.js';

export interface OperatorRecord {
  id: number;
  name: string;
  pin_hash: string;
  roles: string;
  active: number;
  failed_attempts: number;
  locked_until: string | null;
  /** Lockouts since the last correct PIN (migration 008); each lasts longer. */
  lockouts: number;
}

export function findOperator(db: Database, id: number): OperatorRecord | undefined {
  return db.prepare('SELECT * FROM operators WHERE id = ?').get(id) as OperatorRecord | undefined;
}

export function toOperatorInfo(row: Pick<OperatorRecord, 'id' | 'name' | 'roles'>): OperatorInfo {
  return { id: row.id, name: row.name, roles: JSON.parse(row.roles) as Role[] };
}

export function insertOperator(db: Database, name: string, pinHash: string, roles: readonly Role[], createdAt: string): number {
  const r = db
    .prepare('INSERT INTO operators (name, pin_hash, roles, created_at) VALUES (?, ?, ?, ?)')
    .run(name, pinHash, JSON.stringify(roles), createdAt);
  return Number(r.lastInsertRowid);
}

/** The operator as stored now: roles may have changed or the account been deactivated since login. */
export function refreshOperator(db: Database, id: number): OperatorInfo | null {
  const row = db.prepare('SELECT id, name, roles, active FROM operators WHERE id = ?').get(id) as
    | Pick<OperatorRecord, 'id' | 'name' | 'roles' | 'active'>
    | undefined;
  return row && row.active ? toOperatorInfo(row) : null;
}
