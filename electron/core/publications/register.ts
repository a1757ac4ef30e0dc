import type { Database } from 'better-sqlite3';
import { notFound } from '../api/errors.js';
import type { IssuableKind, IssuedPublication, PdfResult } from '../contract/publications.js';
import { pdfFile, sha256 } from './pdf-result.js';

export interface NewPublication {
  kind: IssuableKind;
  period: string;
  periodLabel: string;
  title: string;
  params: unknown;
  paper: string;
  publicity: { from: string; to: string } | null;
  operatorId: number;
  issuedAt: string;
  fileName: string;
  pages: number;
  pdf: Buffer;
}

const SELECT = `
  SELECT p.id, p.kind, p.period, p.period_label AS periodLabel, p.title, p.paper, p.publicity_from AS publicityFrom,
         p.publicity_to AS publicityTo, o.name AS operatorName, p.issued_at AS issuedAt, p.sha256,
         (SELECT count(*) FROM objections x WHERE x.publication_id = p.id
            AND NOT EXISTS (SELECT 1 FROM objection_resolutions r WHERE r.objection_id = x.id)) AS openObjections
  FROM publications p JOIN operators o ON o.id = p.operator_id`;

/** Records an issued publication with its exact bytes and their SHA-256. */
export function recordPublication(db: Database, p: NewPublication): IssuedPublication {
  const r = db
    .prepare(
      `INSERT INTO publications (kind, period, period_label, title, params, paper, publicity_from, publicity_to, operator_id, issued_at, file_name, pages, sha256, pdf)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      p.kind,
      p.period,
      p.periodLabel,
      p.title,
      JSON.stringify(p.params),
      p.paper,
      p.publicity?.from ?? null,
      p.publicity?.to ?? null,
      p.operatorId,
      p.issuedAt,
      p.fileName,
      p.pages,
      sha256(p.pdf),
      p.pdf,
    );
  return getPublication(db, Number(r.lastInsertRowid));
}

export function getPublication(db: Database, id: number): IssuedPublication {
  const row = db.prepare(`${SELECT} WHERE p.id = ?`).get(id) as IssuedPublication | undefined;
  if (!row) throw notFound('公示');
  return row;
}

export function listPublications(db: Database): IssuedPublication[] {
  return db.prepare(`${SELECT} ORDER BY p.id DESC`).all() as IssuedPublication[];
}

/** The stored bytes, so what is reprinted is exactly what was posted. */
export function reprint(db: Database, id: number): PdfResult {
  const row = db.prepare('SELECT file_name AS fileName, pages, pdf FROM publications WHERE id = ?').get(id) as
    | { fileName: string; pages: number; pdf: Buffer }
    | undefined;
  if (!row) throw notFound('公示');
  return pdfFile(row.fileName, row.pdf, row.pages);
}
