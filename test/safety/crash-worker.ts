/**
 * Child process of the crash test: opens the data folder and repeats the
 * operations until it is killed. Prints `ready` after the first operation, so
 * the kill lands while it is writing rather than while Node is still starting.
 */
import { createCore } from '../../electron/core/app.js';
import { OPERATIONS } from './crash-ops.js';

const [dataDir, operatorId] = process.argv.slice(2);
if (!dataDir || !operatorId) throw new Error('usage: crash-worker <dataDir> <operatorId>');
const core = createCore({ dataDir, log: () => {} });
const session = 'crash-worker-session-01';
core.sessions.set(session, { id: Number(operatorId), name: '王书记', roles: ['admin'] });
// no top-level await: the test bundles this as CommonJS so NODE_PATH finds the native module
async function loop(): Promise<never> {
  for (let n = Math.floor(Math.random() * 1e6), first = true; ; n++, first = false) {
    await OPERATIONS[n % OPERATIONS.length]!.run(core, session, n);
    if (first) process.stdout.write('ready\n');
  }
}
void loop();
