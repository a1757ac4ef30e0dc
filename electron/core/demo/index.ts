import type { Database } from 'better-sqlite3';
import { createCore } from '../app.js';
import { systemClock, type Clock } from '../api/context.js';
import { isoWithOffset, localDate } from '../api/time.js';
import { forkRng, type Rng } from './rng.js';
import { seedRoster } from './roster.js';
import { monthsUpTo, seedLedger } from './ledger.js';
import { issueWeeklyNotices } from './publications.js';
import { seedShop } from './shop.js';

export interface DemoOptions {
  seed: number;
  /** Households to make, spread over the groups (~600). */
  households: number;
  today: string;
  now: string;
}

export type Seeder = (db: Database, rng: Rng, opts: DemoOptions) => void;

/**
 * Every domain's demo seeder, in the order they run (later ones may use what
 * earlier ones made). A new domain adds one line. Each runs in its own
 * transaction with its own random stream.
 */
const SEEDERS: [name: string, seeder: Seeder][] = [
  ['roster', seedRoster],
  ['ledger', (db, rng, opts) => seedLedger(db, rng.next, opts)],
  ['shop', (db, rng, opts) => seedShop(db, rng.next, opts)],
];

export const DEMO_VILLAGE = {
  installation: 'village',
  villageName: '山竹沟村',
  // 山竹沟村 of the article: 石碌镇, 昌江黎族自治县, 海南省
  township: '石碌镇',
  county: '昌江黎族自治县',
  groups: ['第一村小组', '第二村小组', '第三村小组', '第四村小组', '第五村小组', '第六村小组'],
  admin: { name: '管理员', pin: '1234' },
} as const;

/**
 * Sets a fresh data folder up as the demo village with its admin operator,
 * runs every seeder and, with `weeklyNotices`, issues the year's weekly cadre
 * notices through the publications handler (the clock moved to each issuing
 * day). `npm run demo` asks for them; tests that only need the data leave
 * them out, as rendering ~48 PDFs takes tens of seconds on a loaded machine.
 */
export async function createDemo(dataDir: string, options: { seed: number; households?: number; clock?: Clock; weeklyNotices?: boolean }): Promise<void> {
  const base = options.clock ?? systemClock;
  let moved: Date | null = null;
  const clock: Clock = { now: () => moved ?? base.now() };
  const core = createCore({ dataDir, clock });
  try {
    await core.call('demo', 'setup.complete', { ...DEMO_VILLAGE, groups: [...DEMO_VILLAGE.groups] });
    const at = core.clock.now();
    const opts: DemoOptions = { seed: options.seed, households: options.households ?? 600, today: localDate(at), now: isoWithOffset(at) };
    for (const [name, seeder] of SEEDERS) core.db.transaction(() => seeder(core.db, forkRng(options.seed, name), opts)).immediate();
    if (options.weeklyNotices) await issueWeeklyNotices(core, monthsUpTo(opts.today, 12)[0] as string, opts.today, (iso) => (moved = iso === null ? null : new Date(iso)));
  } finally {
    core.db.close();
  }
}
