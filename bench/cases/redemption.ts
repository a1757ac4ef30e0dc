import Database from 'better-sqlite3';
import { join } from 'node:path';
import { createCore } from '../../electron/core/app.js';
import { isoWithOffset } from '../../electron/core/api/time.js';
import { CHAINED, chainHead, rowHash } from '../../electron/core/ledger/chain.js';
import { sample, type BenchCase } from '../harness.js';

const SESSION = 'bench-cashier';

/**
 * One redemption through the dispatcher (validation, access, one IMMEDIATE
 * transaction: balance check, spend entry with its hash, lines, stock moves,
 * WAL commit with synchronous=FULL) on a village whose ledger holds a million
 * entries. Floor: one near-empty durable transaction on a file beside it.
 */
export const redemption: BenchCase = {
  id: 'redemption',
  title: '单次兑换 p50/p99（≥100 万条积分记录）/ one redemption at ≥1M ledger rows',
  async run({ quick, workDir }) {
    const households = quick ? 20 : 1000;
    const rows = quick ? 2_000 : 1_000_000;
    const samples = quick ? 5 : 200;
    // a pinned day, so the dated stock-in and ledger below never depend on today's date
    const clock = { now: () => new Date('2026-03-15T09:00:00+08:00') };
    const core = createCore({ dataDir: join(workDir, 'village'), clock, log: () => {} });
    try {
      await core.call(SESSION, 'setup.complete', {
        installation: 'village', villageName: '基准村', township: '打安镇', county: '白沙黎族自治县',
        groups: ['第一村小组', '第二村小组', '第三村小组', '第四村小组'], admin: { name: '管理员', pin: '1234' },
      });
      core.sessions.set(SESSION, { id: 1, name: '管理员', roles: ['admin', 'cashier'] });
      await core.call(SESSION, 'ledger.saveSettings', { allowSelfApproval: false, clearingDay: null, yearCap: null, backfillFrom: '2020-01-01' });
      const groups = await core.call(SESSION, 'roster.groups.list', {});
      const ids: number[] = [];
      for (let i = 0; i < households; i++) {
        const h = await core.call(SESSION, 'roster.households.create', { groupId: groups[i % groups.length]!.id, members: [{ name: `户主${i}`, relation: '户主' }] });
        ids.push(h.id);
      }
      fillLedger(core.db, ids, rows);
      // The filler's WAL would otherwise be checkpointed inside the first timed redemptions.
      core.db.pragma('wal_checkpoint(TRUNCATE)');
      const goods: number[] = [];
      for (const [name, price] of [['大米 5kg', 39], ['洗洁精', 14], ['毛巾', 12]] as const) {
        const g = await core.call(SESSION, 'shop.goods.save', { name, price, category: '日化', unit: '件', tracked: true });
        await core.call(SESSION, 'shop.stock.in', { goodsId: g.id, kind: 'purchase', quantity: 100_000, date: '2026-01-05' });
        goods.push(g.id);
      }

      let n = 0;
      const subject = await sample(samples, async () => {
        const k = n++;
        const r = await core.invoke(SESSION, 'shop.redeem', {
          key: `bench-${k}-redemption`,
          householdId: ids[k % ids.length]!,
          lines: goods.map((goodsId) => ({ goodsId, quantity: 1 })),
        });
        if (!r.ok) throw new Error(r.error.message);
      });

      const floorDb = new Database(join(workDir, 'floor.sqlite'));
      floorDb.pragma('journal_mode = WAL');
      floorDb.pragma('synchronous = FULL');
      floorDb.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)');
      const insert = floorDb.prepare('INSERT INTO t (v) VALUES (?)');
      const floor = await sample(samples, () => floorDb.transaction(() => insert.run('x')).immediate());
      floorDb.close();
      return { status: 'measured', subject, floor, floorLabel: 'one-row durable transaction (WAL, synchronous=FULL)', size: `${rows.toLocaleString('en')} entries, ${households} households` };
    } finally {
      core.db.close();
    }
  },
};

/**
 * Approved awards written with prepared inserts in big transactions. Each row
 * gets its real sequence number and hash, and the balance trigger runs, so
 * the chain verifies and the redemption path sees a true ledger.
 */
function fillLedger(db: Database.Database, households: number[], rows: number): void {
  const cols = [...CHAINED.entries, 'prev_hash', 'hash'];
  const insert = db.prepare(`INSERT INTO entries (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`);
  const createdAt = isoWithOffset(new Date('2026-01-31T16:00:00+08:00'));
  let { seq, prevHash } = chainHead(db, 'entries');
  const batch = 100_000;
  for (let done = 0; done < rows; done += batch) {
    db.transaction(() => {
      for (let i = done; i < Math.min(rows, done + batch); i++) {
        const row: Record<string, unknown> = {
          seq, date: `2026-01-${String(1 + (i % 28)).padStart(2, '0')}`, subject: 'household', household_id: households[i % households.length],
          member_id: null, cadre_id: null, item_version_id: null, grade: null, points: 5, kind: 'earn', note: '', photo: null,
          source_type: 'manual', source_id: null, corrects_seq: null, posted_status: 'approved', operator_id: 1, created_at: createdAt,
        };
        const hash = rowHash('entries', prevHash, row);
        insert.run(...CHAINED.entries.map((c) => row[c] ?? null), prevHash, hash);
        prevHash = hash;
        seq++;
      }
    }).immediate();
  }
}
