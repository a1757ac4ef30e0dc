import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../../electron/core/db/connection.js';
import { createDemo } from '../../electron/core/demo/index.js';
import { addDays, mondayOf } from '../../electron/core/publications/periods.js';
import { frozenClock, tempDir } from '../helpers.js';

describe('demo publications register', () => {
  it('holds the weekly cadre notice of every past week of the demo year, each issued the Monday after', async () => {
    const dir = tempDir();
    await createDemo(dir, { seed: 3, households: 40, weeklyNotices: true, clock: frozenClock('2026-03-15T09:00:00+08:00') });
    const db = new Database(join(dir, DB_FILE_NAME), { readonly: true });
    try {
      const rows = db.prepare("SELECT period, issued_at AS issuedAt, sha256, length(pdf) AS size, pages FROM publications WHERE kind = 'dutyWeekly' ORDER BY period").all() as {
        period: string;
        issuedAt: string;
        sha256: string;
        size: number;
        pages: number;
      }[];
      // the demo year runs April 2025 – March 2026; March is open with pending entries, so its weeks wait
      const weeks: string[] = [];
      for (let m = mondayOf('2025-04-07'); addDays(m, 6) < '2026-03-01'; m = addDays(m, 7)) weeks.push(m);
      expect(weeks.length).toBe(46);
      expect(rows.map((r) => r.period)).toEqual(weeks);
      for (const r of rows) {
        expect(r.issuedAt.slice(0, 10)).toBe(addDays(r.period, 7));
        expect(r.size).toBeGreaterThan(1000);
        expect(r.sha256).toMatch(/^[0-9a-f]{64}$/);
      }
    } finally {
      db.close();
    }
  }, 300_000);
});
