import { describe, expect, it } from 'vitest';
import { setUpVillage } from '../helpers.js';

describe('disk full', () => {
  it('answers 磁盘空间不足 and loses nothing when the database cannot grow', async () => {
    const { core, session } = await setUpVillage();
    await core.call(session, 'roster.households.create', { groupId: 1, members: [{ name: '张三', relation: '户主' }] });
    const count = (sql: string) => core.db.prepare(sql).pluck().get() as number;
    const before = { households: count('SELECT count(*) FROM households'), members: count('SELECT count(*) FROM members'), audit: count('SELECT count(*) FROM audit_log') };

    // a size-limited database: it may not grow beyond the pages it has now
    const pages = core.db.pragma('page_count', { simple: true }) as number;
    core.db.pragma(`max_page_count = ${pages}`);
    const big = Array.from({ length: 30 }, (_, i) => ({ name: `成员${i}`, relation: i === 0 ? '户主' : '其他' }));
    let result;
    for (let i = 0; i < 50; i++) {
      result = await core.invoke(session, 'roster.households.create', { groupId: 1, note: '很长的备注'.repeat(90), members: big });
      if (!result.ok) break;
    }
    expect(result).toMatchObject({ ok: false, error: { code: 'DISK_FULL', message: expect.stringContaining('磁盘空间不足') } });

    const after = { households: count('SELECT count(*) FROM households'), members: count('SELECT count(*) FROM members'), audit: count('SELECT count(*) FROM audit_log') };
    // whatever fitted was saved whole (household, its members and its audit row together); the failed one left nothing
    const fitted = after.households - before.households;
    expect(after.members - before.members).toBe(fitted * big.length);
    expect(after.audit - before.audit).toBe(fitted);
    expect(core.db.prepare('SELECT head_name FROM households ORDER BY id LIMIT 1').pluck().get()).toBe('张三');
    expect(core.db.pragma('quick_check', { simple: true })).toBe('ok');

    // space again: the same call now succeeds
    core.db.pragma('max_page_count = 1073741823');
    expect((await core.invoke(session, 'roster.households.create', { groupId: 1, members: big })).ok).toBe(true);
  });
});
