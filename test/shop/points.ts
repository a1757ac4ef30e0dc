import type { Database } from 'better-sqlite3';
import { isoWithOffset } from '../../electron/core/api/time.js';
import { postEntry } from '../../electron/core/ledger/entries.js';

// No vitest import here: the Playwright tests seed points with this too.
/** Approved points straight into the ledger, as a month of reviewed scoring would leave them. */
export function givePoints(db: Database, householdId: number, points: number, operatorId = 1): void {
  db.transaction(() =>
    postEntry(db, {
      date: '2026-03-01', subject: 'household', householdId, points, kind: 'earn', sourceType: 'manual',
      note: '测试积分', status: 'approved', operatorId, createdAt: isoWithOffset(new Date('2026-03-01T08:00:00+08:00')),
    }),
  )();
}
