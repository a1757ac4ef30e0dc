import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { nativeBindingPath } from './sqlite.js';

// Plain CommonJS evaluated in the worker, so the same text runs from source (tsx), the web host and the Electron bundle.
const SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
const db = new Database(workerData.file, { readonly: true, fileMustExist: true, ...(workerData.nativeBinding ? { nativeBinding: workerData.nativeBinding } : {}) });
try {
  parentPort.postMessage(db.pragma('quick_check', { simple: true }) === 'ok');
} finally {
  db.close();
}`;

/**
 * SQLite's `quick_check` on its own read-only connection in a worker thread:
 * it reads every page (seconds at millions of entries), and on the main
 * thread it would stall the web host's and the app:// protocol's answers —
 * the first screen would wait for it after all. Rejects when the worker
 * itself cannot run (then the caller checks on the main thread).
 */
export function quickCheckOffThread(file: string): Promise<boolean> {
  const module = createRequire(join(import.meta.dirname, 'index.js')).resolve('better-sqlite3');
  return new Promise((resolve, reject) => {
    const worker = new Worker(SOURCE, { eval: true, workerData: { module, file, nativeBinding: nativeBindingPath() } });
    worker.unref();
    let answer: boolean | undefined;
    let failure: unknown;
    worker.once('message', (ok: unknown) => (answer = ok === true));
    worker.once('error', (error) => (failure = error));
    // settles on exit, not on the answer: the worker's read-only connection then is closed, so
    // whoever waits for the check (a closing app, a test clearing its folder) finds nothing of it
    // still touching the file or making its -wal/-shm
    worker.once('exit', (code) => (answer === undefined ? reject(failure ?? new Error(`quick_check worker exited with ${code}`)) : resolve(answer)));
  });
}
