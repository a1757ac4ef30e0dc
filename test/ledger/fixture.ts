import type { Role } from '../../electron/core/contract/endpoint.js';
import type { ItemRow } from '../../electron/core/contract/checklist.js';
import { insertOperator } from '../../electron/core/operators/operators.js';
import { hashPin } from '../../electron/core/operators/pin.js';
import { frozenClock, setUpVillage } from '../helpers.js';

export const MEETING = { kind: 'representatives', date: '2026-01-10', attendance: 45, note: '村民代表大会表决通过' } as const;

/**
 * 测试村 with households in two groups, two cadres, the conduct and service
 * lists loaded, and separate clerk and reviewer sessions (the setup admin
 * holds every role).
 */
export async function ledgerVillage(opts: { households?: number } = {}) {
  const clock = frozenClock('2026-03-15T09:00:00+08:00');
  const v = await setUpVillage({ groups: ['第一村小组', '第二村小组'], clock });
  const { core, session: admin } = v;
  const groups = await core.call(admin, 'roster.groups.list', {});
  const households: number[] = [];
  const n = opts.households ?? 6;
  for (let i = 0; i < n; i++) {
    const h = await core.call(admin, 'roster.households.create', {
      groupId: groups[i % 2]!.id,
      members: [{ name: `户主${i + 1}`, relation: '户主' }, { name: `配偶${i + 1}`, relation: '配偶' }],
    });
    households.push(h.id);
  }
  const cadreA = await core.call(admin, 'roster.cadres.save', { name: '李主任', post: '主任', fromDate: '2024-01-01' });
  const cadreB = await core.call(admin, 'roster.cadres.save', { name: '陈委员', post: '委员', fromDate: '2024-01-01' });
  const lists = await core.call(admin, 'checklist.loadTemplates', { codes: ['conduct', 'service'], meeting: MEETING });
  const items = lists.flatMap((l) => l.items);
  const item = (name: string): ItemRow => {
    const found = items.find((i) => i.name === name);
    if (!found) throw new Error(`no item ${name}`);
    return found;
  };
  const login = (key: string, name: string, roles: Role[]) => {
    const id = core.db.transaction(() => insertOperator(core.db, name, hashPin('1234'), roles, '2026-01-01T00:00:00+08:00'))();
    core.sessions.set(key, { id, name, roles });
    return key;
  };
  const clerk = login('clerk-session', '张文书', ['clerk']);
  const reviewer = login('reviewer-session', '赵监委', ['reviewer']);
  return { ...v, clock, groups, households, cadres: [cadreA.id, cadreB.id], item, clerk, reviewer, admin };
}

/** Counts of every ledger table: "writes nothing" means these do not move. */
export function ledgerCounts(db: import('better-sqlite3').Database) {
  const n = (t: string) => (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
  return { entries: n('entries'), reviews: n('reviews'), closures: n('month_closures'), balances: JSON.stringify(db.prepare('SELECT * FROM household_balances ORDER BY household_id').all()) };
}
