/**
 * `npm run web` — the app in a browser on this PC only (127.0.0.1).
 * Flags: --data-dir DIR (default ./.data), --port N (default: a free port).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createCore } from '../electron/core/app.js';
import { startWebHost } from '../electron/core/transport/web-host.js';

const { values } = parseArgs({
  options: { 'data-dir': { type: 'string', default: '.data' }, port: { type: 'string' }, secret: { type: 'string' } },
});
const dataDir = resolve(values['data-dir']);
const core = createCore({ dataDir });
const host = await startWebHost({
  core,
  staticDir: resolve(import.meta.dirname, '../dist/renderer'),
  ...(values.port ? { port: Number(values.port) } : {}),
  ...(values.secret ? { secret: values.secret } : {}),
});
console.log(`cunji 网页版已启动（仅本机可访问）\n数据目录：${dataDir}\n请在浏览器中打开：${host.url}`);
const stop = () => {
  void host.close().then(() => {
    core.db.close();
    process.exit(0);
  });
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
