import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../electron/core/api/errors.js';
import { verifyChain } from '../../electron/core/ledger/chain.js';
import { checkBalances } from '../../electron/core/ledger/entries.js';
import { ledgerCounts, ledgerVillage } from './fixture.js';

const MONTHS = ['2026-01', '2026-02', '2026-03', '2026-04'];
const ITEMS = ['参加志愿服务', '门前屋后清扫', '参与赌博', '人居环境入户巡查评分', '户基础分（每年）'];
const GRADES = ['优秀', '良好', '一般', '较差'];

const action = fc.oneof(
  fc.record({ t: fc.constant('record' as const), item: fc.nat(ITEMS.length - 1), month: fc.nat(MONTHS.length - 1), day: fc.integer({ min: 1, max: 28 }), who: fc.subarray([0, 1, 2, 3], { minLength: 1 }), grade: fc.nat(3) }),
  fc.record({ t: fc.constant('approve' as const), pick: fc.nat(), count: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ t: fc.constant('reject' as const), pick: fc.nat() }),
  fc.record({ t: fc.constant('correct' as const), pick: fc.nat(), points: fc.integer({ min: -20, max: 60 }), month: fc.nat(MONTHS.length - 1) }),
  fc.record({ t: fc.constant('close' as const), month: fc.nat(MONTHS.length - 1) }),
  fc.record({ t: fc.constant('clear' as const), month: fc.nat(MONTHS.length - 1) }),
);
type Action = typeof action extends fc.Arbitrary<infer A> ? A : never;

/** Entries of closed months with their current status, as a fingerprint. */
function closedSnapshot(db: import('better-sqlite3').Database): Map<string, string> {
  const months = (db.prepare('SELECT month FROM month_closures').all() as { month: string }[]).map((m) => m.month);
  const snap = new Map<string, string>();
  for (const m of months) {
    const rows = db
      .prepare(`SELECT e.*, coalesce((SELECT decision FROM reviews r WHERE r.entry_seq = e.seq), e.posted_status) AS status FROM entries e WHERE substr(e.date, 1, 7) = ? ORDER BY seq`)
      .all(m);
    snap.set(m, JSON.stringify(rows));
  }
  return snap;
}

describe('ledger invariants under random operation sequences', () => {
  it('balances equal sums, closed months never change, chains verify, one correction per entry', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 5, maxLength: 25 }), async (actions: Action[]) => {
        const { core, clock, clerk, reviewer, admin, households, item } = await ledgerVillage({ households: 4 });
        clock.set('2026-04-28T10:00:00+08:00');
        const pending = () => (core.db.prepare("SELECT e.seq FROM entries e WHERE e.posted_status = 'pending' AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.entry_seq = e.seq) ORDER BY seq").all() as { seq: number }[]).map((r) => r.seq);
        const approved = () => (core.db.prepare("SELECT r.entry_seq AS seq FROM reviews r WHERE r.decision = 'approved' ORDER BY r.entry_seq").all() as { seq: number }[]).map((r) => r.seq);
        const pickFrom = (xs: number[], n: number) => (xs.length ? xs[n % xs.length] : undefined);

        for (const a of actions) {
          const closedBefore = closedSnapshot(core.db);
          const countsBefore = ledgerCounts(core.db);
          let run: () => Promise<unknown>;
          switch (a.t) {
            case 'record': {
              const it = item(ITEMS[a.item]!);
              run = () =>
                core.call(clerk, 'ledger.record', {
                  itemId: it.id,
                  date: `${MONTHS[a.month]}-${String(a.day).padStart(2, '0')}`,
                  householdIds: a.who.map((i) => households[i]!),
                  grade: it.grades ? GRADES[a.grade]! : null,
                  note: '随机记录',
                });
              break;
            }
            case 'approve': {
              const p = pending();
              const start = p.length ? a.pick % p.length : 0;
              run = () => core.call(reviewer, 'ledger.review', { seqs: p.slice(start, start + a.count).length ? p.slice(start, start + a.count) : [1], decision: 'approved' });
              break;
            }
            case 'reject':
              run = () => core.call(reviewer, 'ledger.review', { seqs: [pickFrom(pending(), a.pick) ?? 1], decision: 'rejected', reason: '核实不符' });
              break;
            case 'correct':
              run = () => core.call(clerk, 'ledger.correct', { seq: pickFrom(approved(), a.pick) ?? 1, points: a.points, reason: '复核更正', date: `${MONTHS[a.month]}-15` });
              break;
            case 'close':
              run = () => core.call(reviewer, 'ledger.closeMonth', { month: MONTHS[a.month]! });
              break;
            case 'clear':
              run = () => core.call(admin, 'ledger.clear', { date: `${MONTHS[a.month]}-28` });
              break;
          }
          try {
            await run();
          } catch (e) {
            // Refusals must be a person's mistake with a message, and must leave no trace.
            expect(e).toBeInstanceOf(UserError);
            expect((e as UserError).code).not.toBe('INTERNAL');
            expect(ledgerCounts(core.db)).toEqual(countsBefore);
          }
          expect(checkBalances(core.db)).toEqual([]);
          expect(verifyChain(core.db).problem).toBeNull();
          const closedAfter = closedSnapshot(core.db);
          for (const [m, snap] of closedBefore) expect(closedAfter.get(m)).toBe(snap);
          const doubles = core.db
            .prepare(
              `SELECT corrects_seq, count(*) AS n FROM entries e WHERE corrects_seq IS NOT NULL
                 AND coalesce((SELECT decision FROM reviews r WHERE r.entry_seq = e.seq), e.posted_status) <> 'rejected'
               GROUP BY corrects_seq HAVING n > 1`,
            )
            .all();
          expect(doubles).toEqual([]);
        }
        core.db.close();
      }),
      { numRuns: 25 },
    );
  });
});
