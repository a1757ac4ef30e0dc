import type { Database } from 'better-sqlite3';
import { starsFor, type StarList, type StarRule } from '../contract/stats.js';
import { periodPoints } from './points.js';

interface RuleRecord {
  year: number;
  star1: number;
  star2: number | null;
  star3: number | null;
  star4: number | null;
  star5: number | null;
  note: string;
  operatorName: string;
  createdAt: string;
}

/** The latest thresholds the village set for a year; earlier rows stay as the record of what changed. */
export function starRule(db: Database, year: number): StarRule | null {
  const r = db
    .prepare(
      `SELECT s.year, s.star1, s.star2, s.star3, s.star4, s.star5, s.note, o.name AS operatorName, s.created_at AS createdAt
       FROM star_rules s JOIN operators o ON o.id = s.operator_id WHERE s.year = ? ORDER BY s.id DESC LIMIT 1`,
    )
    .get(year) as RuleRecord | undefined;
  if (!r) return null;
  const thresholds = [r.star1, r.star2, r.star3, r.star4, r.star5].filter((t): t is number => t !== null);
  return { year: r.year, thresholds, note: r.note, operatorName: r.operatorName, createdAt: r.createdAt };
}

export function saveStarRule(db: Database, year: number, thresholds: number[], note: string, operatorId: number, createdAt: string): StarRule {
  const t = [0, 1, 2, 3, 4].map((i) => thresholds[i] ?? null);
  db.prepare('INSERT INTO star_rules (year, star1, star2, star3, star4, star5, note, operator_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
    year,
    ...t,
    note.trim(),
    operatorId,
    createdAt,
  );
  return starRule(db, year) as StarRule;
}

/** Every active household's stars for a year by its 累计积分 earned in that year. */
export function starList(db: Database, year: number): StarList {
  const rule = starRule(db, year);
  const thresholds = rule?.thresholds ?? [];
  const rows = periodPoints(db, `${year}-01`, `${year}-12`)
    .map(({ rank: _r, ...h }) => ({ ...h, stars: starsFor(h.points, thresholds) }))
    .sort((a, b) => b.stars - a.stars || (a.number < b.number ? -1 : 1));
  const counts = Array.from({ length: thresholds.length + 1 }, (_, n) => rows.filter((r) => r.stars === n).length);
  return { year, rule, rows, counts };
}
