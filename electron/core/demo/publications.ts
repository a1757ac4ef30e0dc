import type { Core } from '../api/dispatcher.js';
import { UserError } from '../api/errors.js';
import { addDays, mondayOf } from '../publications/periods.js';

/**
 * The demo year's weekly cadre notices, issued through `publications.issue`
 * as the office would: each the Monday after its week, by the reviewer (a
 * 监委会 member signs publications off). Weeks of the open month are left:
 * their cadre entries still wait for review, so the home page reminds.
 * `at` moves the core's clock to the issuing moment.
 */
export async function issueWeeklyNotices(core: Core, firstMonth: string, today: string, at: (iso: string | null) => void): Promise<number> {
  const reviewer = core.db.prepare("SELECT id, name FROM operators WHERE name = '赵监委'").get() as { id: number; name: string } | undefined;
  if (!reviewer) throw new Error('demo: seed the ledger (reviewer) before the weekly notices');
  const session = 'demo-reviewer-weekly-notices';
  core.sessions.set(session, { ...reviewer, roles: ['reviewer'] });
  const openMonth = `${today.slice(0, 7)}-01`;
  let issued = 0;
  try {
    // weeks of the demo year: from the first Monday of its first month
    for (let monday = mondayOf(addDays(`${firstMonth}-01`, 6)); addDays(monday, 6) < openMonth; monday = addDays(monday, 7)) {
      at(`${addDays(monday, 7)}T09:00:00.000+08:00`);
      try {
        await core.call(session, 'publications.issue', { kind: 'dutyWeekly', weekStart: monday });
        issued++;
      } catch (e) {
        // a week without duty records has nothing to publish (the demo's weekly duties make that rare)
        if (!(e instanceof UserError && e.code === 'NOTHING_TO_PUBLISH')) throw e;
      }
    }
  } finally {
    at(null);
    core.sessions.set(session, null);
  }
  return issued;
}
