import type Database from 'better-sqlite3';
import type { Core } from '../../electron/core/api/dispatcher.js';
import { localDate } from '../../electron/core/api/time.js';
import { verifyChain } from '../../electron/core/ledger/chain.js';
import { checkBalances } from '../../electron/core/ledger/entries.js';

/**
 * What the crash test repeats and what must hold after every kill: roster
 * writes and ledger batches now; a supermarket redemption is one more line.
 */
export interface CrashOperation {
  name: string;
  run(core: Core, session: string, n: number): Promise<unknown>;
}

const relations = ['户主', '配偶', '子', '女'] as const;
const members = (n: number) => relations.slice(0, (n % 3) + 1).map((relation, i) => ({ name: `成员${n}-${i}`, relation }));

export const OPERATIONS: CrashOperation[] = [
  { name: 'create household', run: (core, s, n) => core.call(s, 'roster.households.create', { groupId: 1, address: `第${n}次`, members: members(n) }) },
  {
    name: 'rewrite household',
    run: async (core, s, n) => {
      const id = core.db.prepare('SELECT id FROM households ORDER BY random() LIMIT 1').pluck().get() as number | undefined;
      if (id) await core.call(s, 'roster.households.update', { id, groupId: 1, address: `第${n}次`, members: members(n) });
    },
  },
  { name: 'add group', run: (core, s, n) => core.call(s, 'roster.groups.add', { name: `村小组${n}-${process.pid}` }) },
  {
    name: 'record points for five households',
    run: async (core, s) => {
      const volunteer = () => core.db.prepare("SELECT id FROM items WHERE name = '参加志愿服务'").pluck().get() as number | undefined;
      if (!volunteer()) {
        await core.call(s, 'checklist.loadTemplates', { codes: ['conduct'], meeting: { kind: 'representatives', date: '2026-01-06', attendance: 40 } });
      }
      const households = core.db.prepare('SELECT id FROM households ORDER BY random() LIMIT 5').pluck().all() as number[];
      if (households.length > 0) await core.call(s, 'ledger.record', { itemId: volunteer()!, date: localDate(new Date()), householdIds: households });
    },
  },
];

const scalar = (db: Database.Database, sql: string) => db.prepare(sql).pluck().get() as number;

/** Each returns the problems found; an empty list means the invariant holds. */
export const INVARIANTS: { name: string; check(db: Database.Database): string[] }[] = [
  {
    name: 'the ledger chain verifies and every cached balance equals its entries',
    check: (db) => {
      const chain = verifyChain(db).problem;
      return [...(chain ? [chain.message] : []), ...checkBalances(db).map((b) => `household ${b.householdId}: cache differs from the ledger`)];
    },
  },
  {
    name: 'member count matches members and the operation that wrote them',
    check: (db) =>
      (db.prepare('SELECT h.id, h.address, h.member_count AS cached, count(m.id) AS real FROM households h LEFT JOIN members m ON m.household_id = h.id GROUP BY h.id').all() as {
        id: number;
        address: string;
        cached: number;
        real: number;
      }[])
        .filter((h) => h.cached !== h.real || h.real !== (Number(/\d+/.exec(h.address)?.[0]) % 3) + 1)
        .map((h) => `household ${h.id}: cached ${h.cached}, real ${h.real}, written as ${h.address}`),
  },
  {
    name: 'every household and group has its audit row',
    check: (db) => {
      const problems: string[] = [];
      const households = scalar(db, 'SELECT count(*) FROM households');
      const created = scalar(db, "SELECT count(*) FROM audit_log WHERE method = 'roster.households.create'");
      if (households !== created) problems.push(`${households} households, ${created} audit rows`);
      const groups = scalar(db, "SELECT count(*) FROM groups WHERE name LIKE '村小组%-%'");
      const added = scalar(db, "SELECT count(*) FROM audit_log WHERE method = 'roster.groups.add'");
      if (groups !== added) problems.push(`${groups} groups, ${added} audit rows`);
      return problems;
    },
  },
];
