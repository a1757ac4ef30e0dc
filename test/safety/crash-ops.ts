import type Database from 'better-sqlite3';
import { closeSync, existsSync, openSync, readdirSync, readSync } from 'node:fs';
import { join } from 'node:path';
import type { Clock } from '../../electron/core/api/context.js';
import type { Core } from '../../electron/core/api/dispatcher.js';
import { localDate } from '../../electron/core/api/time.js';
import { backupsDir } from '../../electron/core/backup/store.js';
import { DB_FILE_NAME } from '../../electron/core/db/connection.js';
import { givePoints } from '../shop/points.js';

/**
 * What the crash test repeats and what must hold after every kill. Each kind
 * is one business operation a worker repeats until it is killed, so the kill
 * lands inside that operation; add a kind as one line here.
 */
export interface CrashContext {
  core: Core;
  session: string;
  /** Where exports are written: outside the data folder, like a USB stick. */
  stick: string;
}
type Operation = (c: CrashContext, n: number) => Promise<unknown>;

/** The day the workers live on (Asia/Shanghai); each round starts later on it, never today's date. */
export const CRASH_DAY = '2026-03-16';

/**
 * The worker's clock (test/helpers.ts's frozenClock cannot be loaded outside
 * vitest): pinned to the test's day, a second later at each operation so
 * backups and receipts get distinct times.
 */
export function stepClock(start: string): Clock & { step(): void } {
  let t = new Date(start).getTime();
  return { now: () => new Date(t), step: () => void (t += 1000) };
}

/** Round `round`'s start: 09:00 on CRASH_DAY plus ten minutes a round, so no two rounds share a time. */
export const roundStart = (round: number) => new Date(new Date(`${CRASH_DAY}T09:00:00+08:00`).getTime() + round * 600_000).toISOString();

const relations = ['户主', '配偶', '子', '女'] as const;
const members = (n: number) => relations.slice(0, (n % 3) + 1).map((relation, i) => ({ name: `成员${n}-${i}`, relation }));
const pick = (db: Database.Database, sql: string) => db.prepare(sql).pluck().get() as number | undefined;
/** The batch's households are the seeded ones (`seedCrashVillage`), never one a roster round just made. */
const seeded = (db: Database.Database, limit: number) =>
  db.prepare("SELECT id FROM households WHERE address = '种子' ORDER BY random() LIMIT ?").pluck().all(limit) as number[];
const goods = (db: Database.Database) => db.prepare("SELECT id FROM goods WHERE name LIKE '压测%' ORDER BY id").pluck().all() as number[];

const redeem: Operation = ({ core, session }, n) => {
  const [a, b, service] = goods(core.db) as [number, number, number];
  return core.call(session, 'shop.redeem', {
    key: `crash-${process.pid}-${n}`,
    householdId: seeded(core.db, 1)[0]!,
    lines: [{ goodsId: a, quantity: 1 + (n % 3) }, { goodsId: b, quantity: 1 }, { goodsId: service, quantity: 1 }],
  });
};

export const KINDS: Record<string, Operation[]> = {
  roster: [
    ({ core, session }, n) => core.call(session, 'roster.households.create', { groupId: 1, address: `第${n}次`, members: members(n) }),
    async ({ core, session }, n) => {
      const id = pick(core.db, "SELECT id FROM households WHERE address LIKE '第%' ORDER BY random() LIMIT 1");
      if (id) await core.call(session, 'roster.households.update', { id, groupId: 1, address: `第${n}次`, members: members(n) });
    },
    ({ core, session }, n) => core.call(session, 'roster.groups.add', { name: `村小组${n}-${process.pid}` }),
  ],
  batch: [
    ({ core, session }, n) =>
      core.call(session, 'ledger.record', {
        itemId: pick(core.db, "SELECT id FROM items WHERE name = '参加志愿服务'")!,
        date: localDate(core.clock.now()),
        householdIds: seeded(core.db, 5),
        note: `批量${n}`,
      }),
  ],
  redemption: [redeem],
  void: [
    async (c, n) => {
      const id = pick(c.core.db, 'SELECT id FROM redemptions WHERE id NOT IN (SELECT redemption_id FROM redemption_voids) ORDER BY random() LIMIT 1');
      if (id === undefined) return redeem(c, n);
      return c.core.call(c.session, 'shop.void', { id, reason: `压测作废${n}` });
    },
  ],
  stockIn: [
    ({ core, session }, n) =>
      core.call(session, 'shop.stock.in', {
        goodsId: goods(core.db)[n % 2]!,
        kind: n % 2 ? 'donation' : 'purchase',
        quantity: 1 + (n % 5),
        date: localDate(core.clock.now()),
        ...(n % 2 ? { donorKind: 'person' as const, donorName: `捐赠人${n}` } : {}),
      }),
  ],
  backup: [({ core, session }) => core.call(session, 'backup.create', {})],
  export: [({ core, session, stick }) => core.call(session, 'transfer.export', { target: { kind: 'folder', path: stick } })],
};
export const KIND_NAMES = Object.keys(KINDS);

/** Six households holding plenty of points, the conduct list, two goods with stock and a service: every kind can run from the first round. */
export async function seedCrashVillage(core: Core, session: string, operatorId: number): Promise<void> {
  await core.call(session, 'checklist.loadTemplates', { codes: ['conduct'], meeting: { kind: 'representatives', date: '2026-01-06', attendance: 40 } });
  for (let i = 0; i < 6; i++) {
    const { id } = await core.call(session, 'roster.households.create', { groupId: 1, address: '种子', members: [{ name: `种子户${i}`, relation: '户主' }] });
    givePoints(core.db, id, 1_000_000, operatorId);
  }
  for (const [name, tracked] of [['压测肥皂', true], ['压测毛巾', true], ['压测理发', false]] as const) {
    const g = await core.call(session, 'shop.goods.save', { name, price: 1, category: '日化', unit: '个', tracked });
    if (tracked) await core.call(session, 'shop.stock.in', { goodsId: g.id, kind: 'purchase', quantity: 100_000, date: '2026-03-15' });
  }
}

/** The first 16 bytes of a file: a SQLite file's magic string. */
function header(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(16);
    readSync(fd, buf, 0, 16, 0);
    return buf.toString('latin1');
  } finally {
    closeSync(fd);
  }
}

const scalar = (db: Database.Database, sql: string) => db.prepare(sql).pluck().get() as number;
const audited = (db: Database.Database, method: string) => scalar(db, `SELECT count(*) FROM audit_log WHERE method = '${method}'`);
const same = (what: string, rows: number, audits: number) => (rows === audits ? [] : [`${rows} ${what}, ${audits} audit rows`]);

/**
 * Each returns the problems found after a restart; empty means it holds.
 * The chains, anchors and caches (balances, stock) are 数据校验's job and
 * checked through it by the test; these say each operation is all-or-nothing.
 */
export const INVARIANTS: { name: string; check(db: Database.Database, dataDir: string): string[] }[] = [
  {
    name: 'no temporary copy or package is left in the data folder after a restart',
    check: (_db, dataDir) => {
      const backups = existsSync(backupsDir(dataDir)) ? readdirSync(backupsDir(dataDir)).filter((n) => n.startsWith('.tmp-')) : [];
      const tmp = existsSync(join(dataDir, 'tmp')) ? readdirSync(join(dataDir, 'tmp')) : [];
      const installing = existsSync(join(dataDir, `${DB_FILE_NAME}.installing`)) ? ['installing'] : [];
      const torn = existsSync(backupsDir(dataDir))
        ? readdirSync(backupsDir(dataDir)).filter((n) => !n.startsWith('.') && header(join(backupsDir(dataDir), n)) !== 'SQLite format 3\0')
        : [];
      return [...backups, ...tmp, ...installing].map((n) => `left over: ${n}`).concat(torn.map((n) => `backup ${n} is not a whole SQLite file`));
    },
  },
  {
    name: 'member count matches members and the operation that wrote them',
    check: (db) =>
      (db.prepare("SELECT h.id, h.address, h.member_count AS cached, count(m.id) AS real FROM households h LEFT JOIN members m ON m.household_id = h.id WHERE h.address LIKE '第%' GROUP BY h.id").all() as {
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
    check: (db) => [
      ...same('households', scalar(db, "SELECT count(*) FROM households WHERE address LIKE '第%'"), audited(db, 'roster.households.create') - 6),
      ...same('groups', scalar(db, "SELECT count(*) FROM groups WHERE name LIKE '村小组%-%'"), audited(db, 'roster.groups.add')),
    ],
  },
  {
    name: 'a batch is five entries with one audit row',
    check: (db) => same('batch entries / 5', scalar(db, "SELECT count(*) FROM entries WHERE note LIKE '批量%'") / 5, audited(db, 'ledger.record')),
  },
  {
    name: 'a redemption is its lines, its spend entry and its stock moves, audited',
    check: (db) => {
      const broken = db
        .prepare(
          `SELECT r.number FROM redemptions r
           WHERE (SELECT count(*) FROM redemption_lines l WHERE l.redemption_id = r.id) <> 3
              OR NOT EXISTS (SELECT 1 FROM entries e WHERE e.seq = r.entry_seq AND e.points = -r.total)
              OR (SELECT coalesce(sum(quantity), 0) FROM stock_moves m WHERE m.redemption_id = r.id AND m.kind = 'redemption')
                 <> -(SELECT sum(quantity) FROM redemption_lines l JOIN goods g ON g.id = l.goods_id WHERE l.redemption_id = r.id AND g.tracked = 1)`,
        )
        .pluck()
        .all() as string[];
      return [...broken.map((n) => `redemption ${n} is partly written`), ...same('redemptions', scalar(db, 'SELECT count(*) FROM redemptions'), audited(db, 'shop.redeem'))];
    },
  },
  {
    name: 'a void is its refund entry and the goods back on the shelf, audited',
    check: (db) => {
      const broken = db
        .prepare(
          `SELECT r.number FROM redemption_voids v JOIN redemptions r ON r.id = v.redemption_id
           WHERE NOT EXISTS (SELECT 1 FROM entries e WHERE e.seq = v.entry_seq AND e.points = r.total)
              OR (SELECT coalesce(sum(quantity), 0) FROM stock_moves m WHERE m.redemption_id = r.id AND m.kind = 'void')
                 <> (SELECT sum(quantity) FROM redemption_lines l JOIN goods g ON g.id = l.goods_id WHERE l.redemption_id = r.id AND g.tracked = 1)`,
        )
        .pluck()
        .all() as string[];
      return [...broken.map((n) => `void of ${n} is partly written`), ...same('voids', scalar(db, 'SELECT count(*) FROM redemption_voids'), audited(db, 'shop.void'))];
    },
  },
  {
    name: 'every stock-in has its audit row',
    check: (db) => same('stock-ins', scalar(db, "SELECT count(*) FROM stock_moves WHERE kind IN ('purchase', 'donation')"), audited(db, 'shop.stock.in')),
  },
  {
    name: 'every recorded export has its audit row, and a key exactly when one was recorded',
    check: (db) => {
      const exports = scalar(db, 'SELECT count(*) FROM transfer_exports');
      const keys = scalar(db, 'SELECT count(*) FROM transfer_key');
      return [...same('exports', exports, audited(db, 'transfer.export')), ...(keys === Math.min(exports, 1) ? [] : [`${keys} keys after ${exports} exports`])];
    },
  },
];
