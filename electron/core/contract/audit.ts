import { z } from 'zod';
import { endpoint } from './endpoint.js';
import { id, localDate } from './fields.js';

export interface AuditRow {
  id: number;
  at: string;
  operatorId: number | null;
  operatorName: string;
  method: string;
  label: string;
  summary: string;
}

export const auditQuery = z.object({
  operatorId: id.nullable().default(null),
  /** Matches the action name or the summary. */
  text: z.string().trim().max(40).default(''),
  from: localDate.nullable().default(null),
  to: localDate.nullable().default(null),
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(200).default(50),
});

export const auditApi = {
  'audit.list': endpoint<{ rows: AuditRow[]; total: number; operators: { id: number; name: string }[] }>()(
    '查看审计日志',
    auditQuery,
    ['admin', 'reviewer'],
    'read',
  ),
} as const;
