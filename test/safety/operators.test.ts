import { describe, expect, it } from 'vitest';
import { setUpVillage } from '../helpers.js';

async function withClerk() {
  const v = await setUpVillage();
  await v.core.call(v.session, 'operators.create', { name: '李文书', roles: ['clerk', 'cashier'], pin: '2468' });
  const li = (await v.core.call(v.session, 'operators.list', {})).find((o) => o.name === '李文书')!;
  return { ...v, li };
}

describe('operators', () => {
  it('adds an operator with several roles who can then log in', async () => {
    const { core, li } = await withClerk();
    expect(li).toMatchObject({ roles: ['clerk', 'cashier'], active: true });
    const status = await core.call('li-session-00000000001', 'auth.login', { operatorId: li.id, pin: '2468' });
    expect(status.operator).toEqual({ id: li.id, name: '李文书', roles: ['clerk', 'cashier'] });
  });

  it('refuses a duplicate name and an empty role list', async () => {
    const { core, session } = await withClerk();
    await expect(core.call(session, 'operators.create', { name: '李文书', roles: ['clerk'], pin: '1357' })).rejects.toThrow(/已有名为/);
    await expect(core.call(session, 'operators.create', { name: '赵六', roles: [], pin: '1357' })).rejects.toThrow(/至少选择一个角色/);
  });

  it('keeps the last active admin: cannot be deactivated or lose the admin role', async () => {
    const { core, session, li } = await withClerk();
    const admin = (await core.call(session, 'operators.list', {})).find((o) => o.name === '王书记')!;
    await expect(core.call(session, 'operators.update', { id: admin.id, name: '王书记', roles: ['clerk'] })).rejects.toThrow(/至少要保留一名启用的管理员/);
    // with a second admin, the first may step down — and then the second is the last one
    await core.call(session, 'operators.update', { id: li.id, name: '李文书', roles: ['admin'] });
    await core.call(session, 'operators.update', { id: admin.id, name: '王书记', roles: ['clerk'] });
    await core.call('li-session-00000000001', 'auth.login', { operatorId: li.id, pin: '2468' });
    await expect(core.call('li-session-00000000001', 'operators.update', { id: li.id, name: '李文书', roles: ['cashier'] })).rejects.toThrow(/最后一名管理员/);
    await expect(core.call('li-session-00000000001', 'operators.setActive', { id: li.id, active: false })).rejects.toThrow(/不能停用自己/);
    expect((await core.call('li-session-00000000001', 'operators.list', {})).find((o) => o.id === li.id)?.roles).toEqual(['admin']);
  });

  it('a deactivated operator cannot log in and is left off the login list', async () => {
    const { core, session, li } = await withClerk();
    await core.call(session, 'operators.setActive', { id: li.id, active: false });
    expect((await core.call(session, 'auth.operators', {})).map((o) => o.name)).toEqual(['王书记']);
    await expect(core.call('li-session-00000000001', 'auth.login', { operatorId: li.id, pin: '2468' })).rejects.toThrow(/已停用/);
  });

  it('locks out after 5 wrong PINs for one minute, even for the right PIN; an admin reset unlocks', async () => {
    const { core, session, clock, li } = await withClerk();
    const s = 'li-session-00000000001';
    for (let i = 1; i <= 4; i++) await expect(core.call(s, 'auth.login', { operatorId: li.id, pin: '0000' })).rejects.toThrow(`还可以再试 ${5 - i} 次`);
    await expect(core.call(s, 'auth.login', { operatorId: li.id, pin: '0000' })).rejects.toThrow(/已锁定 1 分钟/);
    await expect(core.call(s, 'auth.login', { operatorId: li.id, pin: '2468' })).rejects.toThrow(/请 1 分钟后再试/);
    clock.advance(59_000);
    await expect(core.call(s, 'auth.login', { operatorId: li.id, pin: '2468' })).rejects.toThrow(/请 1 分钟后再试/);
    clock.advance(2_000);
    expect((await core.call(s, 'auth.login', { operatorId: li.id, pin: '2468' })).state).toBe('ready');

    for (let i = 0; i < 5; i++) await core.invoke(s, 'auth.login', { operatorId: li.id, pin: '9999' });
    await core.call(session, 'operators.resetPin', { id: li.id, pin: '1122' });
    expect((await core.call(s, 'auth.login', { operatorId: li.id, pin: '1122' })).state).toBe('ready');
  });

  it('locks out for longer each time (1, 5, 30 minutes), per operator; changeOwnPin counts; an admin unlocks with their own PIN; all audited', async () => {
    const { core, session, clock, li } = await withClerk();
    const s = 'li-session-00000000001';
    await core.call(s, 'auth.login', { operatorId: li.id, pin: '2468' });
    const fiveWrong = async () => {
      for (let i = 0; i < 4; i++) await core.invoke(s, 'operators.changeOwnPin', { oldPin: '0000', newPin: '8642' });
      return core.call(s, 'auth.login', { operatorId: li.id, pin: '0000' });
    };
    for (const minutes of [1, 5, 30]) {
      await expect(fiveWrong()).rejects.toThrow(`已锁定 ${minutes} 分钟`);
      // the admin is a different operator: not locked by 李文书's tries
      expect((await core.call('admin-again', 'auth.login', { operatorId: 1, pin: '1234' })).state).toBe('ready');
      clock.advance(minutes * 60_000 - 1_000);
      await expect(core.call(s, 'auth.login', { operatorId: li.id, pin: '2468' })).rejects.toThrow('请 1 分钟后再试');
      await expect(core.call(s, 'operators.changeOwnPin', { oldPin: '2468', newPin: '8642' })).rejects.toThrow('已锁定');
      clock.advance(2_000);
    }
    await expect(fiveWrong()).rejects.toThrow('已锁定 2 小时');
    await expect(core.call(session, 'operators.unlock', { id: li.id, adminPin: '9999' })).rejects.toThrow('PIN 不正确，还可以再试 4 次');
    await core.call(session, 'operators.unlock', { id: li.id, adminPin: '1234' });
    expect((await core.call(s, 'auth.login', { operatorId: li.id, pin: '2468' })).state).toBe('ready');
    // after a correct PIN the next lockout is short again
    await expect(fiveWrong()).rejects.toThrow('已锁定 1 分钟');
    const audit = core.db.prepare('SELECT summary FROM audit_log').pluck().all() as string[];
    expect(audit.filter((a) => a.includes('已锁定 30 分钟（第 3 次锁定）'))).toHaveLength(1);
    expect(audit.filter((a) => a.includes('王书记 解除了 李文书 的 PIN 锁定'))).toHaveLength(1);
  });

  it('changes one’s own PIN only with the old one', async () => {
    const { core, li } = await withClerk();
    const s = 'li-session-00000000001';
    await core.call(s, 'auth.login', { operatorId: li.id, pin: '2468' });
    await expect(core.call(s, 'operators.changeOwnPin', { oldPin: '1111', newPin: '8642' })).rejects.toThrow(/原 PIN 不正确/);
    await core.call(s, 'operators.changeOwnPin', { oldPin: '2468', newPin: '8642' });
    await expect(core.call(s, 'auth.login', { operatorId: li.id, pin: '2468' })).rejects.toThrow(/PIN 不正确/);
    expect((await core.call(s, 'auth.login', { operatorId: li.id, pin: '8642' })).state).toBe('ready');
  });

  it('stores the idle auto-lock minutes as a village setting', async () => {
    const { core, session, li } = await withClerk();
    expect(await core.call(session, 'security.settings.get', {})).toEqual({ autoLockMinutes: 10 });
    await core.call(session, 'security.settings.save', { autoLockMinutes: 3 });
    const s = 'li-session-00000000001';
    await core.call(s, 'auth.login', { operatorId: li.id, pin: '2468' });
    expect(await core.call(s, 'security.settings.get', {})).toEqual({ autoLockMinutes: 3 });
    await expect(core.call(session, 'security.settings.save', { autoLockMinutes: 500 })).rejects.toThrow(/240/);
  });
});
