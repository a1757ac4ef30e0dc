import { describe, expect, it } from 'vitest';
import { api, type Method } from '../../electron/core/contract/index.js';
import { ROLES, type Endpoint, type Role } from '../../electron/core/contract/endpoint.js';
import { setUpVillage } from '../helpers.js';

/** Public endpoints are the door before login; a new one must be added here on purpose. */
// prefs.get: this PC's printer and paper only (no village data), read before anyone logs in.
const PUBLIC: readonly string[] = ['system.status', 'setup.complete', 'auth.operators', 'auth.login', 'prefs.get'];

const endpoints = Object.entries(api) as [Method, Endpoint][];

async function auditCount(core: Awaited<ReturnType<typeof setUpVillage>>['core']) {
  return core.db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
}

describe('role enforcement over every method of the contract', () => {
  it('has no public endpoint beyond the login door', () => {
    const publicMethods = endpoints.filter(([, ep]) => ep.access === 'public').map(([m]) => m);
    expect(publicMethods.sort()).toEqual([...PUBLIC].sort());
  });

  it('refuses every role-restricted method to an operator holding none of its roles', async () => {
    const { core, session } = await setUpVillage();
    const restricted = endpoints.filter(([, ep]) => Array.isArray(ep.access));
    expect(restricted.length).toBeGreaterThan(5);
    // one operator (and session) per set of roles that some endpoint does not allow
    const sessions = new Map<string, string>();
    for (const [, ep] of restricted) {
      const others = ROLES.filter((r) => !(ep.access as readonly Role[]).includes(r));
      const key = others.join('+');
      if (others.length === 0 || sessions.has(key)) continue;
      const name = `操作员${sessions.size + 1}`;
      const list = await core.call(session, 'operators.create', { name, roles: others, pin: '5678' });
      const op = list.find((o) => o.name === name)!;
      const opSession = `roles-test-session-${op.id}-000000`;
      await core.call(opSession, 'auth.login', { operatorId: op.id, pin: '5678' });
      sessions.set(key, opSession);
    }
    const before = await auditCount(core);
    let checked = 0;
    for (const [method, ep] of restricted) {
      const others = ROLES.filter((r) => !(ep.access as readonly Role[]).includes(r));
      if (others.length === 0) continue;
      const result = await core.invoke(sessions.get(others.join('+'))!, method, {});
      expect(result, method).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      if (!result.ok) expect(result.error.message).toContain(ep.label);
      checked++;
    }
    expect(checked).toBeGreaterThan(5);
    expect(await auditCount(core)).toBe(before);
  });

  it('refuses every non-public method without a logged-in operator', async () => {
    const { core } = await setUpVillage();
    for (const [method, ep] of endpoints) {
      if (ep.access === 'public') continue;
      const result = await core.invoke('nobody-logged-in-here-0001', method, {});
      expect(result, method).toMatchObject({ ok: false, error: { code: 'NOT_LOGGED_IN' } });
    }
  });

  it('drops the rights of an operator who is deactivated or loses a role, at the next call', async () => {
    const { core, session } = await setUpVillage();
    await core.call(session, 'operators.create', { name: '李文书', roles: ['clerk', 'admin'], pin: '1111' });
    const li = (await core.call(session, 'operators.list', {})).find((o) => o.name === '李文书')!;
    await core.call('li-session-000000000001', 'auth.login', { operatorId: li.id, pin: '1111' });
    expect((await core.call('li-session-000000000001', 'operators.list', {})).length).toBe(2);
    await core.call(session, 'operators.update', { id: li.id, name: '李文书', roles: ['clerk'] });
    expect(await core.invoke('li-session-000000000001', 'operators.list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await core.call(session, 'operators.setActive', { id: li.id, active: false });
    expect(await core.invoke('li-session-000000000001', 'roster.groups.list', {})).toMatchObject({ ok: false, error: { code: 'NOT_LOGGED_IN' } });
  });
});
