import type Database from 'better-sqlite3';
import { join } from 'node:path';
import { createCore } from '../../electron/core/app.js';
import type { Core } from '../../electron/core/api/dispatcher.js';
import { isoWithOffset } from '../../electron/core/api/time.js';
import { CHAINED, chainHead, rowHash } from '../../electron/core/ledger/chain.js';

export const CASHIER = 'bench-cashier';
export const NOW = '2026-03-15T09:00:00+08:00';

/**
 * A village of `households` households whose ledger holds `rows` approved
 * entries dated across ten years (2016-01 … 2026-02, in date order), and
 * three tracked goods with stock, ready for redemptions on the clock `NOW`.
 */
export async function ledgerVillage(dir: string, households: number, rows: number): Promise<{ core: Core; ids: number[]; goods: number[]; dataDir: string }> {
  const dataDir = join(dir, 'village');
  const core = createCore({ dataDir, clock: { now: () => new Date(NOW) }, log: () => {} });
  await core.call(CASHIER, 'setup.complete', {
    installation: 'village', villageName: '基准村', township: '打安镇', county: '白沙黎族自治县',
    groups: ['第一村小组', '第二村小组', '第三村小组', '第四村小组'], admin: { name: '管理员', pin: '1234' },
  });
  core.sessions.set(CASHIER, { id: 1, name: '管理员', roles: ['admin', 'cashier'] });
  const groups = await core.call(CASHIER, 'roster.groups.list', {});
  const ids: number[] = [];
  for (let i = 0; i < households; i++) {
    const h = await core.call(CASHIER, 'roster.households.create', { groupId: groups[i % groups.length]!.id, members: [{ name: `户主${i}`, relation: '户主' }] });
    ids.push(h.id);
  }
  fillLedger(core.db, ids, rows);
  const goods: number[] = [];
  for (const [name, price] of [['大米 5kg', 39], ['洗洁精', 14], ['毛巾', 12]] as const) {
    const g = await core.call(CASHIER, 'shop.goods.save', { name, price, category: '日化', unit: '件', tracked: true });
    await core.call(CASHIER, 'shop.stock.in', { goodsId: g.id, kind: 'purchase', quantity: 100_000, date: '2026-03-15' });
    goods.push(g.id);
  }
  return { core, ids, goods, dataDir };
}

/** The same village opened again (a fresh core on its folder), the cashier logged in. */
export function reopenVillage(dataDir: string): Core {
  const core = createCore({ dataDir, clock: { now: () => new Date(NOW) }, log: () => {} });
  core.sessions.set(CASHIER, { id: 1, name: '管理员', roles: ['admin', 'cashier'] });
  return core;
}

/** One redemption of one of each goods by the k-th household (round robin), through the dispatcher. */
export async function redeemOnce(core: Core, ids: number[], goods: number[], k: number): Promise<void> {
  const r = await core.invoke(CASHIER, 'shop.redeem', { key: `bench-${k}-redemption`, householdId: ids[k % ids.length]!, lines: goods.map((goodsId) => ({ goodsId, quantity: 1 })) });
  if (!r.ok) throw new Error(r.error.message);
}

const MONTHS = 122; // 2016-01 … 2026-02

/** Day `i` of `rows`, spread evenly over the ten years and never going backwards. */
function dateOf(i: number, rows: number): string {
  const m = Math.min(MONTHS - 1, Math.floor((i * MONTHS) / rows));
  const year = 2016 + Math.floor(m / 12);
  const month = (m % 12) + 1;
  const day = 1 + (i % 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Approved awards written with prepared inserts in big transactions. Each row
 * gets its real sequence number and hash, and the balance trigger runs, so
 * the chain verifies and the redemption path sees a true ledger.
 */
export function fillLedger(db: Database.Database, households: number[], rows: number): void {
  const cols = [...CHAINED.entries, 'prev_hash', 'hash'];
  const insert = db.prepare(`INSERT INTO entries (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`);
  let { seq, prevHash } = chainHead(db, 'entries');
  const batch = 100_000;
  for (let done = 0; done < rows; done += batch) {
    db.transaction(() => {
      for (let i = done; i < Math.min(rows, done + batch); i++) {
        const date = dateOf(i, rows);
        const row: Record<string, unknown> = {
          seq, date, subject: 'household', household_id: households[i % households.length],
          member_id: null, cadre_id: null, item_version_id: null, grade: null, points: 5, kind: 'earn', note: '', photo: null,
          source_type: 'manual', source_id: null, corrects_seq: null, posted_status: 'approved', operator_id: 1,
          created_at: isoWithOffset(new Date(`${date}T10:00:00+08:00`)),
        };
        const hash = rowHash('entries', prevHash, row);
        insert.run(...CHAINED.entries.map((c) => row[c] ?? null), prevHash, hash);
        prevHash = hash;
        seq++;
      }
    }).immediate();
  }
  // The filler's WAL would otherwise be checkpointed inside the first timed redemptions.
  db.pragma('wal_checkpoint(TRUNCATE)');
}
