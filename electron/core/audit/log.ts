import type { Database } from 'better-sqlite3';
import { prepared } from '../db/statements.js';
import type { OperatorInfo } from '../contract/system.js';

export interface AuditEntry {
  at: string;
  operator: OperatorInfo | null;
  method: string;
  label: string;
  summary: string;
}

export function appendAudit(db: Database, e: AuditEntry): void {
  prepared(db, 'INSERT INTO audit_log (at, operator_id, operator_name, method, label, summary) VALUES (?, ?, ?, ?, ?, ?)').run(
    e.at,
    e.operator?.id ?? null,
    e.operator?.name ?? '',
    e.method,
    e.label,
    e.summary,
  );
}

/** Keys whose values never reach the log: secrets, private numbers, file contents. */
const SECRET_KEY = /pin|password|secret|token|idcard|phone|base64/i;
const MAX_SUMMARY = 300;

/**
 * What the audit row says: the details a handler gave (`ctx.audit`), or else
 * the call's plain fields, with secrets and private numbers left out.
 */
export function summarize(input: unknown, details: readonly string[]): string {
  const text = details.length > 0 ? details.join('；') : describeInput(input);
  return text.length > MAX_SUMMARY ? `${text.slice(0, MAX_SUMMARY - 1)}…` : text;
}

function describeInput(input: unknown): string {
  if (input === null || typeof input !== 'object') return '';
  const parts: string[] = [];
  for (const [key, value] of Object.entries(input)) {
    if (SECRET_KEY.test(key) || value === null || value === undefined || value === '') continue;
    if (Array.isArray(value)) parts.push(`${key}: ${value.length} 项`);
    else if (typeof value === 'object') parts.push(`${key}: …`);
    else parts.push(`${key}=${String(value)}`);
  }
  return parts.join('，');
}
