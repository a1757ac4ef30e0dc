/**
 * The web host alone in its own process, for the scale table's memory figure:
 * opens the data folder given as the first argument, serves the renderer
 * folder given as the second, prints its URL and waits to be killed. (scripts/web.ts would also
 * take the day's backup first, which is not what the figure is about.)
 */
import { resolve } from 'node:path';
import { createCore } from '../electron/core/app.js';
import { startWebHost } from '../electron/core/transport/web-host.js';

const core = createCore({ dataDir: resolve(process.argv[2]!), log: () => {}, deferIntegrityCheck: true });
const host = await startWebHost({ core, staticDir: resolve(process.argv[3]!) });
console.log(host.url);
