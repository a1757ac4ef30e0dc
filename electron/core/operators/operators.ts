import type { Database } from 'better-sqlite3';
import type { Role } from '../contract/endpoint.js';
import type { OperatorInfo } from '../contract/system.js';

interface OperatorRecord {
  id: number;
  name: string;
  pin_hash: string;
  roles: string;
  active: number;
  failed_attempts: number;
  locked_until: string | null;
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
