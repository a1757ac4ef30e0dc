import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/app.js';
import { removeLeftovers } from '../../electron/core/backup/leftovers.js';
import { DB_FILE_NAME } from '../../electron/core/db/connection.js';
import { ADMIN, frozenClock, tempDir } from '../helpers.js';
import { CRASH_DAY, INVARIANTS, KIND_NAMES, roundStart, seedCrashVillage } from './crash-ops.js';

/**
 * Kills per kind and lane; `CUNJI_CRASH_ROUNDS` raises it for a long soak. 8 × 7 kinds × 2 lanes = 112 kills,
 * about 40–50 s of CPU (measured on a shared 2-core machine: 74 s wall, and 187 s at load 13).
 */
const ROUNDS = Math.max(8, Number(process.env.CUNJI_CRASH_ROUNDS ?? 0));
const LANES = 2;
const KILLS = ROUNDS * KIND_NAMES.length * LANES;

/**
 * The worker never makes a PDF or a spreadsheet; leaving those libraries out
 * of its bundle halves its start, which is most of each round.
 */
const withoutDocuments: Plugin = {
  name: 'without-documents',
  setup(b) {
    b.onResolve({ filter: /^(pdfmake|exceljs|fontkit)$/ }, (a) => ({ path: a.path, namespace: 'left-out' }));
    b.onLoad({ filter: /.*/, namespace: 'left-out' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
  },
};

/** Starts the worker on one kind of operation, SIGKILLs it at a random moment after it is ready, resolves when it is gone. */
function runAndKill(worker: string, args: string[]): Promise<void> {
  return new Promise((ok, fail) => {
    // plain node on a pre-bundled script: a fast start keeps the rounds short
    const child = spawn(process.execPath, [worker, ...args], {
      env: { ...process.env, NODE_PATH: resolve('node_modules') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let killed = false;
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      if (killed || !d.toString().includes('ready')) return;
      killed = true;
      setTimeout(() => child.kill('SIGKILL'), Math.random() * 100);
    });
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? ok() : fail(new Error(`worker ended by itself: ${stderr}`))));
  });
}

/** Opens the data folder as the app does after a power cut (leftovers removed first) and checks everything. */
async function checkAfterRestart(dataDir: string, what: string): Promise<void> {
  const core = createCore({ dataDir, clock: frozenClock(`${CRASH_DAY}T23:00:00+08:00`), log: () => {} });
  try {
    core.sessions.set(ADMIN, { id: 1, name: '王书记', roles: ['admin'] });
    expect(core.db.pragma('quick_check', { simple: true }), what).toBe('ok');
    const report = await core.call(ADMIN, 'ledger.verify', {});
    expect([report.chainProblem?.message, ...report.balanceProblems.map((b) => `balance of ${b.number}`), ...report.findings].filter(Boolean), `${what}: 数据校验`).toEqual([]);
    expect(report.ok, what).toBe(true);
    for (const inv of INVARIANTS) expect(inv.check(core.db, dataDir), `${what}: ${inv.name}`).toEqual([]);
  } finally {
    core.db.close();
  }
}

/** Temporary copies and packages found after kills, over all lanes. */
let leftovers = 0;

/** Kills workers on a copy of the seeded village, cycling through every kind; returns the audit rows written by the workers. */
async function killLane(worker: string, template: string, dir: string, lane: number): Promise<number> {
  const dataDir = join(dir, `data${lane}`);
  const stick = join(dir, `stick${lane}`);
  mkdirSync(dataDir);
  mkdirSync(stick);
  copyFileSync(template, join(dataDir, DB_FILE_NAME));
  for (let round = 0; round < ROUNDS * KIND_NAMES.length; round++) {
    const kind = KIND_NAMES[round % KIND_NAMES.length]!;
    await runAndKill(worker, [dataDir, '1', kind, roundStart(round), stick]);
    // what the app will remove at start: counted, so the test shows the kills did land mid-copy
    leftovers += removeLeftovers(dataDir).length;
    await checkAfterRestart(dataDir, `lane ${lane} round ${round} (${kind})`);
  }
  const core = createCore({ dataDir, clock: frozenClock(`${CRASH_DAY}T23:00:00+08:00`), log: () => {} });
  try {
    return core.db.prepare("SELECT count(*) FROM audit_log WHERE at >= ?").pluck().get(CRASH_DAY) as number;
  } finally {
    core.db.close();
  }
}

describe('crash safety', () => {
  it(`survives ${KILLS} SIGKILLs mid-batch, mid-redemption, mid-void, mid-stock-in, mid-backup, mid-export and mid-roster-write`, async () => {
    expect(KILLS).toBeGreaterThanOrEqual(100);
    const dir = tempDir();
    const worker = join(dir, 'crash-worker.cjs');
    await build({
      entryPoints: ['test/safety/crash-worker.ts'],
      outfile: worker,
      // one small file with every dependency but the native module: Node starts it fastest
      bundle: true,
      minify: true,
      platform: 'node',
      format: 'cjs',
      external: ['better-sqlite3'],
      logLevel: 'silent',
      plugins: [withoutDocuments],
    });

    // the village is set up once; each lane starts from a copy of the file
    const templateDir = join(dir, 'template');
    const core = createCore({ dataDir: templateDir, clock: frozenClock('2026-03-15T09:00:00+08:00'), log: () => {} });
    try {
      const status = await core.call(ADMIN, 'setup.complete', {
        installation: 'village', villageName: '测试村', township: '打安镇', county: '白沙黎族自治县', groups: ['第一村小组'], admin: { name: '王书记', pin: '1234' },
      });
      expect(status.operator?.id).toBe(1);
      await seedCrashVillage(core, ADMIN, 1);
    } finally {
      core.db.close();
    }

    // independent data folders killed side by side cut the wall time
    const lanes = await Promise.all(Array.from({ length: LANES }, (_, i) => killLane(worker, join(templateDir, DB_FILE_NAME), dir, i + 1)));
    // the workers really wrote: the test would prove nothing otherwise
    expect(lanes.reduce((a, b) => a + b, 0)).toBeGreaterThan(KILLS);
    expect(leftovers, 'no kill landed inside a backup or an export').toBeGreaterThan(0);
  }, 600_000);
});
