/**
 * Child process of the crash test: opens the data folder and repeats one kind
 * of operation until it is killed. Prints `ready` after the first one, so the
 * kill lands while it is writing rather than while Node is still starting.
 */
import { createCore } from '../../electron/core/app.js';
import { KINDS, stepClock } from './crash-ops.js';

const [dataDir, operatorId, kind, start, stick] = process.argv.slice(2);
const ops = KINDS[kind ?? ''];
if (!dataDir || !operatorId || !ops || !start || !stick) throw new Error('usage: crash-worker <dataDir> <operatorId> <kind> <start ISO> <stick>');
const clock = stepClock(start);
const core = createCore({ dataDir, clock, log: () => {} });
const session = 'crash-worker-session-01';
core.sessions.set(session, { id: Number(operatorId), name: '王书记', roles: ['admin'] });
// no top-level await: the test bundles this as CommonJS so NODE_PATH finds the native module
async function loop(): Promise<never> {
  for (let n = Math.floor(Math.random() * 1e6), first = true; ; n++, first = false) {
    clock.step();
    await ops![n % ops!.length]!({ core, session, stick: stick! }, n);
    if (first) process.stdout.write('ready\n');
  }
}
void loop();
