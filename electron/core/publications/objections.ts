import type { Database } from 'better-sqlite3';
import { notFound, UserError } from '../api/errors.js';
import type { ObjectionRow, ObjectionStatus } from '../contract/publications.js';
import { formatDate } from '../pdf/layout.js';

const SELECT = `
  SELECT x.id, x.publication_id AS publicationId, p.title || '（' || p.period_label || '）' AS publicationTitle,
         x.household_id AS householdId, h.number AS householdNumber, h.head_name AS headName, x.raised_by AS raisedBy,
         x.raised_on AS raisedOn, x.content, x.entry_seqs AS entrySeqs, o.name AS recordedBy, x.recorded_at AS recordedAt,
         coalesce(r.outcome, 'open') AS status, coalesce(r.reason, '') AS resolution, ro.name AS resolvedBy,
         r.resolved_at AS resolvedAt, coalesce(r.correction_seqs, '[]') AS correctionSeqs
  FROM objections x
  JOIN publications p ON p.id = x.publication_id
  JOIN households h ON h.id = x.household_id
  JOIN operators o ON o.id = x.operator_id
  LEFT JOIN objection_resolutions r ON r.objection_id = x.id
  LEFT JOIN operators ro ON ro.id = r.operator_id`;

type Raw = Omit<ObjectionRow, 'entrySeqs' | 'correctionSeqs'> & { entrySeqs: string; correctionSeqs: string };
const toRow = (r: Raw): ObjectionRow => ({ ...r, entrySeqs: JSON.parse(r.entrySeqs) as number[], correctionSeqs: JSON.parse(r.correctionSeqs) as number[] });

export function listObjections(db: Database, status: ObjectionStatus | null): ObjectionRow[] {
  const rows = db.prepare(`${SELECT} WHERE (? IS NULL OR coalesce(r.outcome, 'open') = ?) ORDER BY x.id DESC`).all(status, status) as Raw[];
  return rows.map(toRow);
}

export function getObjection(db: Database, id: number): ObjectionRow {
  const row = db.prepare(`${SELECT} WHERE x.id = ?`).get(id) as Raw | undefined;
  if (!row) throw notFound('异议');
  return toRow(row);
}

export interface NewObjection {
  publicationId: number;
  householdId: number;
  raisedBy: string;
  raisedOn: string;
  content: string;
  entrySeqs: number[];
}

/** An objection is accepted only during the publication's 公示期, about a household that exists. */
export function recordObjection(db: Database, o: NewObjection, operatorId: number, now: string): ObjectionRow {
  const p = db.prepare('SELECT publicity_from AS f, publicity_to AS t FROM publications WHERE id = ?').get(o.publicationId) as
    | { f: string | null; t: string | null }
    | undefined;
  if (!p) throw notFound('公示');
  if (!p.f || !p.t) throw new UserError('NO_PUBLICITY_PERIOD', '这份材料没有公示期，不受理异议');
  if (o.raisedOn < p.f || o.raisedOn > p.t) {
    throw new UserError('OUTSIDE_PUBLICITY', `异议须在公示期内提出（${formatDate(p.f)} 至 ${formatDate(p.t)}）`);
  }
  if (!db.prepare('SELECT 1 FROM households WHERE id = ?').get(o.householdId)) throw notFound('户');
  const r = db
    .prepare(
      `INSERT INTO objections (publication_id, household_id, raised_by, raised_on, content, entry_seqs, operator_id, recorded_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(o.publicationId, o.householdId, o.raisedBy, o.raisedOn, o.content, JSON.stringify([...new Set(o.entrySeqs)]), operatorId, now);
  return getObjection(db, Number(r.lastInsertRowid));
}

/** Closes an open objection: dismissed with a reason, or corrected with the correcting ledger entries. */
export function resolveObjection(
  db: Database,
  id: number,
  outcome: 'corrected' | 'dismissed',
  reason: string,
  correctionSeqs: number[],
  operatorId: number,
  now: string,
): ObjectionRow {
  if (getObjection(db, id).status !== 'open') throw new UserError('OBJECTION_CLOSED', '这条异议已经处理过了');
  db.prepare('INSERT INTO objection_resolutions (objection_id, outcome, reason, correction_seqs, operator_id, resolved_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    id,
    outcome,
    reason,
    JSON.stringify(correctionSeqs),
    operatorId,
    now,
  );
  return getObjection(db, id);
}
