import { describe, expect, it } from 'vitest';
import { seedLedger } from '../../electron/core/demo/ledger.js';
import { verifyChain } from '../../electron/core/ledger/chain.js';
import { checkBalances } from '../../electron/core/ledger/entries.js';
import { setUpVillage } from '../helpers.js';

/** A tiny deterministic source for the test (the demo passes its own). */
function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

describe('ledger demo data', () => {
  it('makes a year of reviewed, closed months and one open month with pending entries, deterministically', async () => {
    const fingerprints: string[] = [];
    for (let run = 0; run < 2; run++) {
      const { core, session } = await setUpVillage();
      const groups = await core.call(session, 'roster.groups.list', {});
      for (let i = 0; i < 45; i++) {
        await core.call(session, 'roster.households.create', { groupId: groups[i % 3]!.id, members: [{ name: `户主${i}`, relation: '户主' }] });
      }
      for (const name of ['王书记', '李主任', '陈委员']) await core.call(session, 'roster.cadres.save', { name, post: '委员', fromDate: '2020-01-01' });
      core.db.transaction(() => seedLedger(core.db, lcg(7), { today: '2026-03-15', now: '2026-03-15T09:00:00.000+08:00' }))();

      const months = await core.call(session, 'ledger.months', {});
      expect(months).toHaveLength(12);
      expect(months[0]).toMatchObject({ month: '2026-03', closed: false });
      expect(months[0]!.pending).toBeGreaterThan(0);
      expect(months.slice(1).every((m) => m.closed && m.pending === 0 && m.approved > 0)).toBe(true);
      expect(months.some((m) => m.rejected > 0)).toBe(true);
      expect(verifyChain(core.db).problem).toBeNull();
      expect(checkBalances(core.db)).toEqual([]);
      const duties = await core.call(session, 'checklist.duties', { date: '2026-03-15' });
      expect(duties.unassigned).toHaveLength(1);
      fingerprints.push(JSON.stringify(core.db.prepare('SELECT hash FROM entries ORDER BY seq DESC LIMIT 1').get()));
    }
    expect(fingerprints[0]).toBe(fingerprints[1]);
  });
});
