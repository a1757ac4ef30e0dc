/**
 * `npm run web` — the app in a browser on this PC only (127.0.0.1).
 * Flags: --data-dir DIR (default ./.data), --port N (default: a free port).
 * When the database will not open, a recovery page is served first.
 */
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createCore } from '../electron/core/app.js';
import type { Core } from '../electron/core/api/dispatcher.js';
import { startRecoveryHost } from '../electron/core/backup/recovery-host.js';
import { scheduledBackup } from '../electron/core/backup/store.js';
import { DatabaseOpenError } from '../electron/core/db/connection.js';
import { startWebHost } from '../electron/core/transport/web-host.js';

const { values } = parseArgs({
  options: { 'data-dir': { type: 'string', default: '.data' }, port: { type: 'string' }, secret: { type: 'string' } },
});
const dataDir = resolve(values['data-dir']);
const secret = values.secret ?? randomBytes(24).toString('base64url');
let port = values.port ? Number(values.port) : undefined;

let core: Core;
try {
  // the first screen does not wait for quick_check; writes wait for it (core/api/integrity-gate.ts)
  core = createCore({ dataDir, deferIntegrityCheck: true });
} catch (error) {
  if (!(error instanceof DatabaseOpenError)) throw error;
  const recovery = await startRecoveryHost({ dataDir, error, secret, ...(port ? { port } : {}) });
  console.log(`数据库无法打开：${error.message}\n请在浏览器中打开恢复页面：${recovery.url}`);
  await recovery.recovered;
  port = recovery.port;
  core = createCore({ dataDir });
}

const backup = (force: boolean) => {
  try {
    scheduledBackup(core.db, dataDir, new Date(), force);
  } catch (error) {
    console.error('自动备份失败', error);
  }
};
backup(false);
// left running overnight, the first check of a new day takes that day's backup
setInterval(() => backup(false), 60 * 60 * 1000).unref();

const host = await startWebHost({ core, staticDir: resolve(import.meta.dirname, '../dist/renderer'), secret, ...(port ? { port } : {}) });
console.log(`cunji 网页版已启动（仅本机可访问）\n数据目录：${dataDir}\n请在浏览器中打开：${host.url}`);
const stop = () => {
  void host.close().then(() => {
    backup(true);
    core.db.close();
    process.exit(0);
  });
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
