import { interleave, type BenchCase } from '../harness.js';
import { twinTable } from './floor-table.js';
import { pointsVillage, SESSION } from './points-village.js';

/**
 * One batch award (批量记分) to every household through `ledger.record` — the
 * dispatcher's transaction, item checks, the item's monthly and yearly caps and
 * the village's yearly cap per household, hash chain, balance triggers, audit.
 * Floor: the same rows inserted by one prepared statement, in one transaction,
 * into a twin of `entries` with the same layout (STRICT, CHECKs, foreign keys,
 * every index), interleaved with the subject.
 */
export const ledgerBatch: BenchCase = {
  id: 'ledger-batch',
  title: '批量记分 1,000 条 / record one batch of 1,000 entries',
  async run({ quick, workDir }) {
    const households = quick ? 20 : 1000;
    const { core, ids, itemId } = await pointsVillage(workDir, households, '2026-03-31T18:00:00+08:00');
    try {
      const item = (await core.call(SESSION, 'checklist.lists', {})).flatMap((l) => l.items).find((i) => i.id === itemId)!;
      await core.call(SESSION, 'checklist.saveItem', {
        id: item.id, checklistId: item.checklistId, category: item.category, name: item.name,
        values: { points: item.points, grades: null, unit: item.unit, capMonth: 10_000, capYear: 100_000, noteRequired: false, photoRequired: false },
      });
      await core.call(SESSION, 'ledger.saveSettings', { allowSelfApproval: true, clearingDay: null, yearCap: 100_000 });
      const db = core.db;
      twinTable(db, 'entries', 'entries_floor');
      const cols = (db.prepare("SELECT name FROM pragma_table_info('entries')").all() as { name: string }[]).map((c) => c.name);
      const insert = db.prepare(`INSERT INTO entries_floor (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`);
      const last = db.prepare('SELECT * FROM entries ORDER BY seq DESC LIMIT ?');
      let rows: Record<string, unknown>[] = [];
      let day = 1;
      let floorSeq = 1;
      const n = quick ? 2 : 15;
      const { subject, floor } = await interleave(
        n,
        { run: () => core.call(SESSION, 'ledger.record', { itemId, date: `2026-03-${String(day++).padStart(2, '0')}`, householdIds: ids }) },
        {
          // the rows the subject wrote last, same values, numbered in the twin's own sequence
          before: () => (rows = (last.all(households) as Record<string, unknown>[]).reverse().map((r) => ({ ...r, seq: floorSeq++ }))),
          run: () =>
            db.transaction(() => {
              for (const r of rows) insert.run(r);
            }).immediate(),
        },
      );
      return {
        status: 'measured',
        subject,
        floor,
        goal: { ratio: 3 },
        floorLabel: 'raw INSERT of the same rows into a twin of entries (same constraints and indexes), one transaction',
        size: `${households} entries per batch, capped item`,
      };
    } finally {
      core.db.close();
    }
  },
};
