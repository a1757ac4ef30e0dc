import { join } from 'node:path';
import { createCore } from '../../electron/core/app.js';
import type { Core } from '../../electron/core/api/dispatcher.js';

export const SESSION = 'bench-admin';

/**
 * A village of `households` households over six groups (heads named by
 * `headName`), the conduct list
 * loaded and self-approval allowed (one bench operator records and reviews),
 * on a clock frozen at `now`. Everything goes through the core, as the app does.
 */
export async function pointsVillage(
  workDir: string,
  households: number,
  now: string,
  headName: (i: number) => string = (i) => `户主${i + 1}`,
): Promise<{ core: Core; ids: number[]; itemId: number }> {
  const clock = { now: () => new Date(now) };
  const core = createCore({ dataDir: join(workDir, 'village'), clock, log: () => {} });
  await core.call(SESSION, 'setup.complete', {
    installation: 'village',
    villageName: '山竹沟村',
    township: '打安镇',
    county: '白沙黎族自治县',
    groups: ['第一村小组', '第二村小组', '第三村小组', '第四村小组', '第五村小组', '第六村小组'],
    admin: { name: '管理员', pin: '1234' },
  });
  const groups = await core.call(SESSION, 'roster.groups.list', {});
  const ids: number[] = [];
  for (let i = 0; i < households; i++) {
    const h = await core.call(SESSION, 'roster.households.create', { groupId: groups[i % groups.length]!.id, members: [{ name: headName(i), relation: '户主' }] });
    ids.push(h.id);
  }
  // its records reach back before the set-up day, as a village entering its paper records does
  await core.call(SESSION, 'ledger.saveSettings', { allowSelfApproval: true, clearingDay: null, yearCap: null, backfillFrom: '2020-01-01' });
  const lists = await core.call(SESSION, 'checklist.loadTemplates', {
    codes: ['conduct'],
    meeting: { kind: 'representatives', date: '2025-01-05', attendance: 40 },
  });
  const item = lists[0]!.items.find((i) => i.name === '参加志愿服务')!;
  return { core, ids, itemId: item.id };
}
