import type { Database } from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { prepared } from './statements.js';

/** One register's head as a month closure recorded it (a row of `closure_anchors`). */
export interface AnchorHead {
  register: string;
  seq: number;
  hash: string;
}

/**
 * The short fingerprint of a closure's anchor, printed on the monthly
 * publication and compared by the township: "ab12-cd34-ef56-7890", the first
 * 16 hex of a SHA-256 over the heads sorted by register. Short enough to read
 * aloud over the phone, long enough that a rewritten history cannot match by luck.
 * Never change it — printed paper and township records depend on every byte.
 */
export function anchorFingerprint(heads: readonly AnchorHead[]): string {
  const sorted = [...heads].sort((a, b) => (a.register < b.register ? -1 : a.register > b.register ? 1 : 0));
  const canonical = JSON.stringify(sorted.map((h) => [h.register, h.seq, h.hash]));
  const hex = createHash('sha256').update(canonical).digest('hex');
  return [0, 4, 8, 12].map((i) => hex.slice(i, i + 4)).join('-');
}

/** The anchor a month's closure recorded; empty when the month is not closed. */
export function readAnchor(db: Database, month: string): AnchorHead[] {
  return prepared(db, 'SELECT register, seq, hash FROM closure_anchors WHERE month = ? ORDER BY register').all(month) as AnchorHead[];
}

/**
 * The fingerprint of the last closed month among `months` (one month for a
 * monthly publication, a quarter's three for the quarterly one), or null when
 * none of them is closed yet.
 */
export function closedMonthFingerprint(db: Database, months: readonly string[]): { month: string; fingerprint: string } | null {
  for (const month of [...months].sort().reverse()) {
    const heads = readAnchor(db, month);
    if (heads.length > 0) return { month, fingerprint: anchorFingerprint(heads) };
  }
  return null;
}

/** The latest closed month's fingerprint, shown by 数据校验 so it can be compared with the paper on the wall. */
export function lastClosureFingerprint(db: Database): { month: string; fingerprint: string } | null {
  const last = prepared(db, 'SELECT max(month) AS month FROM closure_anchors').get() as { month: string | null };
  return last.month === null ? null : closedMonthFingerprint(db, [last.month]);
}
