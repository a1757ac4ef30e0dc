import { describe, expect, it } from 'vitest';
import { isoWithOffset } from '../../electron/core/api/time.js';
import { readableSummary } from '../../electron/core/audit/log.js';
import { setUpVillage } from '../helpers.js';

type Core = Awaited<ReturnType<typeof setUpVillage>>['core'];
const allAudit = (core: Core) => core.db.prepare('SELECT * FROM audit_log ORDER BY id').all() as Record<string, unknown>[];

describe('audit log', () => {
  it('records setup, writes and logins with who, when, which action and a summary', async () => {
    const { core, session, clock } = await setUpVillage();
    await core.call(session, 'roster.groups.add', { name: '第四村小组' });
    await core.call(session, 'operators.create', { name: '李文书', roles: ['clerk'], pin: '8642' });
    const rows = allAudit(core);
    expect(rows.map((r) => r['label'])).toEqual(['初始设置', '新增村小组', '新增操作员']);
    expect(rows[0]).toMatchObject({ operator_name: '王书记', method: 'setup.complete', at: isoWithOffset(clock.now()) });
    expect(rows[1]).toMatchObject({ operator_name: '王书记', summary: '名称：第四村小组' });
    expect(rows[2]?.['summary']).toBe('新增操作员 李文书（录入员）');
  });

  it('says each action in Chinese, never raw keys or code values', async () => {
    const { core, session } = await setUpVillage();
    await core.call(session, 'ledger.saveSettings', { allowSelfApproval: true, clearingDay: '12-31', yearCap: 300 });
    const last = allAudit(core).at(-1)!;
    expect(last).toMatchObject({ label: '修改积分设置', summary: '允许本人审核：是，清零日期：12-31，年度上限：300' });
    expect(String(last['summary'])).not.toMatch(/[A-Za-z]/);
  });

  it('shows rows written before summaries were Chinese in Chinese', () => {
    expect(readableSummary('decision=approved，itemId=32，present=true，seqs: 3 项')).toBe('审核结论：通过，清单事项：32，到场：是，记录 3 项');
    expect(readableSummary('新增操作员 李文书（录入员）')).toBe('新增操作员 李文书（录入员）');
  });

  it('never stores a PIN, ID-card or phone number', async () => {
    const { core, session } = await setUpVillage();
    await core.call(session, 'operators.create', { name: '李文书', roles: ['clerk'], pin: '864209' });
    const li = (await core.call(session, 'operators.list', {})).find((o) => o.name === '李文书')!;
    await core.call(session, 'operators.resetPin', { id: li.id, pin: '753190' });
    await core.invoke('li-session-0000000000001', 'auth.login', { operatorId: li.id, pin: '111999' });
    await core.call(session, 'roster.cadres.save', { name: '赵主任', post: '主任', phone: '13800138000', fromDate: '2026-01-01' });
    const text = JSON.stringify(allAudit(core)) + JSON.stringify(await core.call(session, 'audit.list', {}));
    for (const secret of ['864209', '753190', '111999', '2580', '13800138000']) expect(text).not.toContain(secret);
    expect(text).toContain('登录时 PIN 错误');
  });

  it('writes no row for a refused or failed write, nor for a read', async () => {
    const { core, session } = await setUpVillage();
    const before = allAudit(core).length;
    await core.invoke(session, 'roster.groups.add', { name: '第一村小组' }); // duplicate: UserError
    await core.invoke(session, 'roster.groups.add', { name: '' }); // invalid input
    await core.call(session, 'roster.groups.list', {});
    await core.call(session, 'audit.list', {});
    expect(allAudit(core).length).toBe(before);
  });

  it('rolls back a write that fails half-way together with its audit row', async () => {
    const { core, session } = await setUpVillage();
    const before = allAudit(core).length;
    // the update is applied, then the last-admin check refuses it inside the same transaction
    const result = await core.invoke(session, 'operators.update', { id: 1, name: '王书记', roles: ['clerk'] });
    expect(result).toMatchObject({ ok: false, error: { code: 'LAST_ADMIN' } });
    expect((await core.call(session, 'operators.list', {}))[0]?.roles).toEqual(['admin', 'clerk', 'reviewer', 'cashier']);
    expect(allAudit(core).length).toBe(before);
  });

  it('is append-only: the database itself refuses UPDATE and DELETE', async () => {
    const { core } = await setUpVillage();
    expect(() => core.db.prepare("UPDATE audit_log SET operator_name = '别人'").run()).toThrow('操作日志只能追加，不能修改');
    expect(() => core.db.prepare('DELETE FROM audit_log').run()).toThrow('操作日志只能追加，不能删除');
    expect(allAudit(core)[0]?.['operator_name']).toBe('王书记');
  });

  it('filters by operator, text and date, newest first', async () => {
    const { core, session, clock } = await setUpVillage();
    await core.call(session, 'operators.create', { name: '李文书', roles: ['clerk'], pin: '8642' });
    const li = (await core.call(session, 'operators.list', {})).find((o) => o.name === '李文书')!;
    clock.set('2026-03-16T10:00:00+08:00');
    await core.call('li-0000000000000000001', 'auth.login', { operatorId: li.id, pin: '8642' });
    await core.call('li-0000000000000000001', 'roster.households.create', { groupId: 1, members: [{ name: '张三', relation: '户主' }] });
    const mine = await core.call(session, 'audit.list', { operatorId: li.id });
    expect(mine.rows.map((r) => r.label)).toEqual(['新增农户', '登录']);
    expect((await core.call(session, 'audit.list', { text: '农户' })).total).toBe(1);
    expect((await core.call(session, 'audit.list', { from: '2026-03-16' })).total).toBe(2);
    expect((await core.call(session, 'audit.list', { to: '2026-03-15' })).rows.map((r) => r.label)).toEqual(['新增操作员', '初始设置']);
    expect(mine.operators.map((o) => o.name)).toEqual(['王书记', '李文书']);
  });

  it('an async handler’s ctx.tx writes its audit row in the same transaction', async () => {
    const { core, session } = await setUpVillage();
    await core.call(session, 'operators.create', { name: '李文书', roles: ['clerk'], pin: '8642' });
    const li = (await core.call(session, 'operators.list', {})).find((o) => o.name === '李文书')!;
    await core.invoke('li-0000000000000000001', 'auth.login', { operatorId: li.id, pin: '0000' });
    const last = allAudit(core).at(-1)!;
    expect(last).toMatchObject({ method: 'auth.login', summary: '李文书 登录时 PIN 错误（连续第 1 次）' });
    const failed = core.db.prepare('SELECT failed_attempts FROM operators WHERE id = ?').pluck().get(li.id);
    expect(failed).toBe(1);
  });
});
