import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/app.js';
import { DB_FILE_NAME } from '../../electron/core/db/connection.js';
import { ADMIN, frozenClock, tempDir } from '../helpers.js';
import { INVARIANTS } from './crash-ops.js';

const KILLS = 100;

/** Starts the worker, SIGKILLs it at a random moment after it is ready, resolves when it is gone. */
function runAndKill(worker: string, dataDir: string, operatorId: number): Promise<void> {
  return new Promise((ok, fail) => {
    // plain node on a pre-bundled script: a fast start keeps 100 rounds short
    const child = spawn(process.execPath, [worker, dataDir, String(operatorId)], {
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

/** Sets up a village, then kills a worker on it `kills` times, checking after each; returns the audit rows written. */
async function killLane(worker: string, dataDir: string, kills: number): Promise<number> {
  const core = createCore({ dataDir, clock: frozenClock(), log: () => {} });
  const status = await core.call(ADMIN, 'setup.complete', {
    installation: 'village', villageName: '测试村', township: '打安镇', county: '白沙黎族自治县', groups: ['第一村小组'], admin: { name: '王书记', pin: '1234' },
  });
  core.db.close();
  const file = join(dataDir, DB_FILE_NAME);
  for (let round = 1; round <= kills; round++) {
    await runAndKill(worker, dataDir, status.operator!.id);
    const db = new Database(file);
    try {
      expect(db.pragma('quick_check', { simple: true }), `round ${round}`).toBe('ok');
      for (const inv of INVARIANTS) expect(inv.check(db), `round ${round}: ${inv.name}`).toEqual([]);
    } finally {
      db.close();
    }
  }
  const db = new Database(file, { readonly: true });
  const written = db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
  db.close();
  return written;
}

describe('crash safety', () => {
  it(`survives ${KILLS} SIGKILLs mid-write: quick_check passes and every operation is all-or-nothing`, async () => {
    const dir = tempDir();
    const worker = join(dir, 'crash-worker.cjs');
    // one file with every dependency but the native module: Node starts it fastest
    await build({ entryPoints: ['test/safety/crash-worker.ts'], outfile: worker, bundle: true, platform: 'node', format: 'cjs', external: ['better-sqlite3'], logLevel: 'silent' });

    // two independent data folders killed side by side halve the wall time
    const lanes = await Promise.all([1, 2].map((lane) => killLane(worker, join(dir, `data${lane}`), KILLS / 2)));
    // the workers really wrote: the test would prove nothing otherwise
    expect(lanes.reduce((a, b) => a + b, 0)).toBeGreaterThan(KILLS);
  }, 300_000);
});
