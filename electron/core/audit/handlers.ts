import type { DomainHandlers } from '../api/dispatcher.js';
import type { auditApi, AuditRow } from '../contract/audit.js';
import { readableSummary } from './log.js';

export const auditHandlers: DomainHandlers<keyof typeof auditApi> = {
  'audit.list': ({ operatorId, text, from, to, page, pageSize }, ctx) => {
    const where: string[] = [];
    const args: (string | number)[] = [];
    if (operatorId !== null) {
      where.push('operator_id = ?');
      args.push(operatorId);
    }
    if (text) {
      where.push("(label LIKE ? ESCAPE '\\' OR summary LIKE ? ESCAPE '\\')");
      const like = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      args.push(like, like);
    }
    // `at` starts with the local date, so date bounds compare as text
    if (from) {
      where.push('substr(at, 1, 10) >= ?');
      args.push(from);
    }
    if (to) {
      where.push('substr(at, 1, 10) <= ?');
      args.push(to);
    }
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = ctx.db.prepare(`SELECT count(*) FROM audit_log ${clause}`).pluck().get(...args) as number;
    const rows = ctx.db
      .prepare(
        `SELECT id, at, operator_id AS operatorId, operator_name AS operatorName, method, label, summary
         FROM audit_log ${clause} ORDER BY id DESC LIMIT ? OFFSET ?`,
      )
      .all(...args, pageSize, (page - 1) * pageSize) as AuditRow[];
    const operators = ctx.db.prepare('SELECT id, name FROM operators ORDER BY id').all() as { id: number; name: string }[];
    return { rows: rows.map((r) => ({ ...r, summary: readableSummary(r.summary) })), total, operators };
  },
};
