import { describe, expect, it } from 'vitest';
import { ADMIN, closeAfterTest, frozenClock, tempDir } from '../helpers.js';
import { createCore } from '../../electron/core/app.js';

async function township() {
  const core = closeAfterTest(createCore({ dataDir: tempDir(), clock: frozenClock(), log: () => {} }));
  await core.call(ADMIN, 'setup.complete', {
    installation: 'township',
    villageName: '打安镇',
    township: '打安镇',
    county: '白沙黎族自治县',
    groups: [],
    admin: { name: '陈镇长', pin: '1234' },
  });
  return core;
}

describe('township operators', () => {
  it('adds admins only: scoring, review and cashier roles are refused and nothing is saved', async () => {
    const core = await township();
    await expect(core.call(ADMIN, 'operators.create', { name: '林干事', roles: ['clerk'], pin: '2468' })).rejects.toThrow(/乡镇汇总只设管理员/);
    const chen = (await core.call(ADMIN, 'operators.list', {}))[0]!;
    await expect(core.call(ADMIN, 'operators.update', { id: chen.id, name: '陈镇长', roles: ['admin', 'cashier'] })).rejects.toThrow(/乡镇汇总只设管理员/);
    await core.call(ADMIN, 'operators.create', { name: '林干事', roles: ['admin'], pin: '2468' });
    expect((await core.call(ADMIN, 'operators.list', {})).map((o) => [o.name, o.roles])).toEqual([
      ['陈镇长', ['admin']],
      ['林干事', ['admin']],
    ]);
  });
});
