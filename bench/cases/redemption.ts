import type { Database } from 'better-sqlite3';
import { chromium } from '@playwright/test';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM } from '../../playwright.config.js';
import type { Core } from '../../electron/core/api/dispatcher.js';
import { DB_FILE_NAME } from '../../electron/core/db/connection.js';
import { periodPoints } from '../../electron/core/stats/points.js';
import { interleaveAll, round, sample, type BenchCase, type CaseRow, type ScaleRow } from '../harness.js';
import { sameRowsFloor } from './floor-table.js';
import { CHROMIUM_ARGS, coldStartRows, openToFirstScreen, webHostRss } from './first-screen.js';
import { fillLedger, ledgerVillage, redeemOnce, reopenVillage } from './ledger-village.js';


/** WAL frames (pages) one commit of `fn` writes, from an emptied log. */
async function framesOf(db: Database, fn: () => unknown): Promise<number> {
  db.pragma('wal_checkpoint(TRUNCATE)');
  await fn();
  return (db.pragma('wal_checkpoint(PASSIVE)') as { log: number }[])[0]!.log;
}

/** The redemption against its two floors, interleaved in the same rounds in the same database file. */
async function redemptionRows(core: Core, ids: number[], goods: number[], next: () => number, samples: number, size: string): Promise<CaseRow[]> {
  const db = core.db;
  db.exec('CREATE TABLE bench_floor (id INTEGER PRIMARY KEY, v TEXT NOT NULL)');
  const one = db.prepare('INSERT INTO bench_floor (v) VALUES (?)');
  const oneRowSide = { run: () => db.transaction(() => one.run('x')).immediate() };

  // The second floor: the rows of the last redemption, its chain links and caches included, written plainly.
  const lines = goods.length;
  const renumber = (key: string) => (r: Record<string, unknown>, n: number) => ({ ...r, [key]: n });
  const plain = sameRowsFloor(db, [
    { table: 'entries', latest: 'SELECT * FROM entries ORDER BY seq DESC LIMIT 1', unique: renumber('seq') },
    {
      table: 'redemptions',
      latest: 'SELECT * FROM redemptions ORDER BY id DESC LIMIT 1',
      unique: (r, n) => ({ ...r, id: n, number: `${String(r.number)}-${n}`, idem_key: `${String(r.idem_key)}-${n}` }),
    },
    { table: 'redemption_lines', latest: `SELECT * FROM redemption_lines ORDER BY redemption_id DESC, line_no LIMIT ${lines}`, unique: renumber('line_no') },
    { table: 'stock_moves', latest: `SELECT * FROM stock_moves ORDER BY id DESC LIMIT ${lines}`, unique: renumber('id') },
    { table: 'audit_log', latest: 'SELECT * FROM audit_log ORDER BY id DESC LIMIT 1', unique: renumber('id') },
    // one link per row above: 1 entry, 1 redemption, its lines and stock moves, 1 audit row
    {
      table: 'chain_links',
      latest: `SELECT * FROM chain_links l WHERE l.register IN ('entries', 'redemptions', 'redemption_lines', 'stock_moves', 'audit_log')
                 AND l.seq > (SELECT max(seq) FROM chain_links m WHERE m.register = l.register)
                             - (CASE WHEN l.register IN ('redemption_lines', 'stock_moves') THEN ${lines} ELSE 1 END)`,
      unique: renumber('seq'),
    },
    { table: 'household_balances', latest: 'SELECT b.* FROM household_balances b JOIN entries e ON e.household_id = b.household_id ORDER BY e.seq DESC LIMIT 1' },
    { table: 'goods', latest: `SELECT g.* FROM goods g JOIN stock_moves m ON m.goods_id = g.id ORDER BY m.id DESC LIMIT ${lines}` },
  ]);
  // both floors in the same rounds as the redemption, so the note's ratio between them is of one run
  const { subject, floors } = await interleaveAll(samples, { run: () => redeemOnce(core, ids, goods, next()) }, [oneRowSide, plain], 5);
  const oneRow = { subject, floor: floors[0]! };
  const sameRows = { subject, floor: floors[1]! };
  const frames = await framesOf(db, () => redeemOnce(core, ids, goods, next()));
  const floorFrames = await framesOf(db, () => db.transaction(() => one.run('x')).immediate());
  const plainOverOne = round(sameRows.floor.median / oneRow.floor.median);
  const note =
    `不可再省的代价：同样的行用最直接的方式写入（下一行的下限）就要 ${round(sameRows.floor.median)} ms，是一行事务的 ${plainOverOne} 倍；` +
    `一次兑换的提交写 ${frames} 个数据页（5 张表、哈希链、它们的索引、余额与库存缓存），一行事务写 ${floorFrames} 个`;
  return [
    {
      title: '单次兑换（100 万条积分记录）/ one redemption at 1M ledger rows',
      size,
      ...oneRow,
      goal: { ratio: 2.5 },
      floorLabel: 'one-row durable transaction in the same file (WAL, synchronous=FULL)',
      ...(oneRow.subject.median > 2.5 * oneRow.floor.median ? { note } : {}),
    },
    {
      title: '单次兑换 对 同样的行 / one redemption vs the same rows written plainly',
      size,
      ...sameRows,
      goal: { ratio: 2.5 },
      floorLabel: 'the same rows (5 tables, their chain links, balance and stock caches) inserted into twins with the same constraints and indexes, no triggers, one durable transaction',
    },
  ];
}

function dbSizeMb(dataDir: string): number {
  const file = join(dataDir, DB_FILE_NAME);
  const wal = `${file}-wal`;
  let bytes = statSync(file).size;
  try {
    bytes += statSync(wal).size;
  } catch {
    // no WAL after a clean close
  }
  return Math.round(bytes / 1024 / 1024);
}

/**
 * One village grown to 100k, 1M and 3M ledger entries (dates spread over ten
 * years, 1,000 households). At each size: redemption p50/p99 through the
 * dispatcher, the month ranking, the database size, and the web host opened on
 * that folder (time to the login screen, resident memory in its own process).
 * At 1M the redemption is also measured against its floors, interleaved, and
 * the first screen against a bare page — the rows of the main table.
 */
export const redemption: BenchCase = {
  id: 'redemption',
  title: '单次兑换与规模表 / redemption and the scale table',
  async run({ quick, workDir, rendererDir }) {
    const households = quick ? 20 : 1000;
    const sizes = quick ? [1_000, 2_000] : [100_000, 1_000_000, 3_000_000];
    const samples = quick ? 5 : 200;
    const v = await ledgerVillage(workDir, households, 0);
    let core = v.core;
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] });
    const rows: CaseRow[] = [];
    const scale: ScaleRow[] = [];
    let k = 0;
    const next = () => k++;
    try {
      let filled = 0;
      for (const target of sizes) {
        fillLedger(core.db, v.ids, target - filled);
        filled = target;
        const size = `${target.toLocaleString('en')} entries over 10 years, ${households} households, 3 goods`;
        if (target === sizes[1]) rows.push(...(await redemptionRows(core, v.ids, v.goods, next, samples, size)));
        const redeem = await sample(quick ? 5 : 100, () => redeemOnce(core, v.ids, v.goods, next()), 5);
        const ranking = await sample(quick ? 2 : 10, () => periodPoints(core.db, '2026-02', '2026-02'));
        core.db.pragma('wal_checkpoint(TRUNCATE)');
        core.db.close();
        let open: number;
        if (target === sizes[1]) {
          const first = await coldStartRows({
            browser,
            rendererDir,
            dataDir: () => v.dataDir,
            recordDir: v.dataDir,
            button: '登录',
            samples: quick ? 2 : 5,
            title: '网页版冷启动到首屏（100 万条积分记录的村）/ web cold start to first screen, village with 1M entries',
            size,
            goalMs: 1500,
          });
          rows.push(...first.rows);
          open = first.subject.median;
        } else {
          open = (await sample(quick ? 1 : 3, () => openToFirstScreen(browser, rendererDir, v.dataDir, '登录'))).median;
        }
        const rss = await webHostRss(browser, rendererDir, v.dataDir, '登录');
        scale.push({
          entries: target,
          redemptionP50Ms: round(redeem.median),
          redemptionP99Ms: round(redeem.p99 ?? 0),
          monthRankingP50Ms: round(ranking.median),
          townshipDashboardP50Ms: null,
          dbSizeMb: dbSizeMb(v.dataDir),
          webHostRssMb: rss,
          openToFirstScreenMs: round(open),
        });
        core = reopenVillage(v.dataDir);
      }
      return { status: 'measured', rows, scale };
    } finally {
      await browser.close();
      core.db.close();
    }
  },
};
