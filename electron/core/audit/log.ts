import type { Database } from 'better-sqlite3';
import { FIELD_LABELS } from '../contract/labels.js';
import type { OperatorInfo } from '../contract/system.js';

export interface AuditEntry {
  at: string;
  operator: OperatorInfo | null;
  method: string;
  label: string;
  summary: string;
}

export function appendAudit(db: Database, e: AuditEntry): void {
  db.prepare('INSERT INTO audit_log (at, operator_id, operator_name, method, label, summary) VALUES (?, ?, ?, ?, ?, ?)').run(
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

/** Code values a clerk would otherwise read raw in the log (`decision=approved`). */
const VALUE_LABELS: Readonly<Record<string, string>> = {
  approved: '通过',
  rejected: '不通过',
  pending: '待审核',
  purchase: '采购',
  donation: '捐赠',
  household: '农户',
  cadre: '村干部',
  village: '村',
  township: '乡镇',
  monthly: '月公示',
  quarterly: '季度公示',
  dutyWeekly: '干部履职周公示',
  redBoard: '红榜',
  blackBoard: '提醒榜',
};

function describeValue(value: unknown): string {
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'string') return VALUE_LABELS[value] ?? value;
  return String(value);
}

/**
 * Rows written before summaries were Chinese read `decision=approved，itemId=32`;
 * the log is append-only, so they are translated when shown.
 */
export function readableSummary(summary: string): string {
  return summary
    .replace(/\b([A-Za-z]\w*)=([^，]*)/g, (_m, key: string, value: string) => `${FIELD_LABELS[key] ?? key}：${value === 'true' || value === 'false' ? describeValue(value === 'true') : describeValue(value)}`)
    .replace(/\b([A-Za-z]\w*): (\d+ 项|…)/g, (_m, key: string, rest: string) => `${FIELD_LABELS[key] ?? key} ${rest}`);
}

/** The call's fields as Chinese: 名称：第四村小组，到场：是 (never `present=true`). */
function describeInput(input: unknown): string {
  if (input === null || typeof input !== 'object') return '';
  const parts: string[] = [];
  for (const [key, value] of Object.entries(input)) {
    if (SECRET_KEY.test(key) || value === null || value === undefined || value === '') continue;
    const label = FIELD_LABELS[key] ?? key;
    if (Array.isArray(value)) parts.push(`${label} ${value.length} 项`);
    else if (typeof value !== 'object') parts.push(`${label}：${describeValue(value)}`);
  }
  return parts.join('，');
}
