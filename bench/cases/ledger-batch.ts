import { sample, type BenchCase } from '../harness.js';
import { pointsVillage, SESSION } from './points-village.js';

/**
 * One batch award (批量记分) to every household through `ledger.record` — the
 * dispatcher's transaction, item and cap checks, hash chain and balance
 * triggers. Floor: the same rows inserted by one prepared statement into a
 * copy of the entries table without triggers, in one transaction.
 */
export const ledgerBatch: BenchCase = {
  id: 'ledger-batch',
  title: '批量记分 1,000 条 / record one batch of 1,000 entries',
  async run({ quick, workDir }) {
    const households = quick ? 20 : 1000;
    const { core, ids, itemId } = await pointsVillage(workDir, households, '2026-03-15T09:00:00+08:00');
    try {
      const n = quick ? 2 : 15;
      const subject = await sample(n, () => core.call(SESSION, 'ledger.record', { itemId, date: '2026-03-10', householdIds: ids }));
      const db = core.db;
      db.exec('CREATE TABLE entries_floor AS SELECT * FROM entries WHERE 0');
      const rows = db.prepare('SELECT * FROM entries ORDER BY seq DESC LIMIT ?').all(households) as Record<string, unknown>[];
      const cols = Object.keys(rows[0]!).filter((c) => c !== 'seq');
      const insert = db.prepare(`INSERT INTO entries_floor (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`);
      const floor = await sample(n, () =>
        db.transaction(() => {
          for (const r of rows) insert.run(Object.fromEntries(cols.map((c) => [c, r[c]])));
        }).immediate(),
      );
      return { status: 'measured', subject, floor, floorLabel: 'raw INSERT of the same rows, one transaction', size: `${households} entries per batch` };
    } finally {
      core.db.close();
    }
  },
};
