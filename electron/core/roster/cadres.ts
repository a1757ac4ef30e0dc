import type { Database } from 'better-sqlite3';
import type { CadreRow } from '../contract/roster.js';
import { normalizePhone, phoneProblem } from '../contract/identity.js';
import { maskPhone } from '../contract/privacy.js';
import { notFound, UserError } from '../api/errors.js';

export interface CadreInput {
  id?: number | undefined;
  name: string;
  post: string;
  phone?: string | null | undefined;
  fromDate: string;
  toDate: string | null;
  note: string;
}

interface CadreRecord extends Omit<CadreRow, 'phoneMasked'> {
  phone: string | null;
}

const SELECT = 'SELECT id, name, post, phone, from_date AS fromDate, to_date AS toDate, note FROM cadres';
const toRow = ({ phone, ...c }: CadreRecord): CadreRow => ({ ...c, phoneMasked: maskPhone(phone) });

/** Cadres in office on `today` (no end date or an end date not yet passed), or all. */
export function listCadres(db: Database, current: boolean, today: string): CadreRow[] {
  const rows = current
    ? (db.prepare(`${SELECT} WHERE to_date IS NULL OR to_date >= ? ORDER BY id`).all(today) as CadreRecord[])
    : (db.prepare(`${SELECT} ORDER BY id`).all() as CadreRecord[]);
  return rows.map(toRow);
}

export function saveCadre(db: Database, input: CadreInput): CadreRow {
  let phone: string | null = null;
  if (input.phone && input.phone.trim()) {
    phone = normalizePhone(input.phone);
    const problem = phoneProblem(phone);
    if (problem) throw new UserError('BAD_PHONE', problem);
  }
  if (input.toDate && input.toDate < input.fromDate) throw new UserError('BAD_DATES', '离任日期不能早于任职日期');
  let id = input.id;
  if (id) {
    const r = db
      .prepare('UPDATE cadres SET name = ?, post = ?, phone = CASE WHEN ? THEN phone ELSE ? END, from_date = ?, to_date = ?, note = ? WHERE id = ?')
      .run(input.name, input.post, input.phone === undefined ? 1 : 0, phone, input.fromDate, input.toDate, input.note, id);
    if (r.changes === 0) throw notFound('干部');
  } else {
    id = Number(
      db
        .prepare('INSERT INTO cadres (name, post, phone, from_date, to_date, note) VALUES (?, ?, ?, ?, ?, ?)')
        .run(input.name, input.post, phone, input.fromDate, input.toDate, input.note).lastInsertRowid,
    );
  }
  return toRow(db.prepare(`${SELECT} WHERE id = ?`).get(id) as CadreRecord);
}
