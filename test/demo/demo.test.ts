import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/app.js';
import { idCardProblem } from '../../electron/core/contract/identity.js';
import { DB_FILE_NAME } from '../../electron/core/db/connection.js';
import { createDemo } from '../../electron/core/demo/index.js';
import { RARE } from '../../electron/core/demo/roster.js';
import { frozenClock, tempDir } from '../helpers.js';

async function demo(seed: number, households?: number) {
  const dir = tempDir();
  await createDemo(dir, { seed, ...(households ? { households } : {}), clock: frozenClock('2026-03-15T09:00:00+08:00') });
  const db = new Database(join(dir, DB_FILE_NAME), { readonly: true });
  try {
    return {
      dir,
      groups: db.prepare('SELECT name FROM groups ORDER BY sort').pluck().all() as string[],
      households: db.prepare('SELECT number, group_id, address, status, note, head_name FROM households ORDER BY id').all() as { status: string }[],
      members: db.prepare('SELECT household_id, name, relation, gender, birth_year, id_card, phone FROM members ORDER BY id').all() as {
        name: string;
        relation: string;
        id_card: string | null;
        phone: string | null;
      }[],
      cadres: db.prepare('SELECT name, post, phone, from_date, to_date, note FROM cadres ORDER BY id').all() as { post: string; to_date: string | null }[],
      entries: db.prepare('SELECT seq, hash FROM entries ORDER BY seq').all() as { seq: number; hash: string }[],
    };
  } finally {
    db.close();
  }
}

describe('demo village', () => {
  // A small village keeps this quick; every seeder still runs, so the ledger's chain hashes are compared too.
  it('is the same for the same seed and different for another', async () => {
    const { dir: _a, ...a } = await demo(7, 60);
    const { dir: _b, ...b } = await demo(7, 60);
    const { dir: _c, ...c } = await demo(8, 60);
    expect(a.entries.length).toBeGreaterThan(100);
    expect(b).toEqual(a);
    expect(c.members.slice(0, 20)).not.toEqual(a.members.slice(0, 20));
  }, 180_000);

  it('has 6 groups, about 600 households, about 12 cadres, valid IDs and the rare characters', async () => {
    const d = await demo(1);
    expect(d.groups).toHaveLength(6);
    expect(d.households.length).toBeGreaterThanOrEqual(570);
    expect(d.households.length).toBeLessThanOrEqual(630);
    expect(d.households.filter((h) => h.status !== 'active').length).toBeGreaterThan(0);
    expect(d.members.length).toBeGreaterThan(d.households.length * 2);
    expect(d.members.filter((m) => m.relation === '户主')).toHaveLength(d.households.length);

    const ids = d.members.flatMap((m) => m.id_card ?? []);
    expect(ids.length).toBeGreaterThan(d.members.length / 3);
    expect(ids.length).toBeLessThan(d.members.length);
    expect(ids.filter((id) => idCardProblem(id) !== null)).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
    const phones = d.members.flatMap((m) => m.phone ?? []);
    expect(phones.length).toBeGreaterThan(d.households.length / 3);
    expect(phones.every((p) => /^1[3-9]\d{9}$/.test(p))).toBe(true);

    const names = d.members.map((m) => m.name).join('');
    for (const ch of RARE) expect(names).toContain(ch);

    const current = d.cadres.filter((c) => c.to_date === null);
    expect(current).toHaveLength(12);
    expect(current.filter((c) => c.post === '村小组长')).toHaveLength(6);
    expect(current.map((c) => c.post)).toEqual(expect.arrayContaining(['书记', '监委会', '驻村工作队']));

    const core = createCore({ dataDir: d.dir, log: () => {} });
    try {
      const [admin] = await core.call('s', 'auth.operators', {});
      expect(admin?.name).toBe('管理员');
      expect((await core.call('s', 'auth.login', { operatorId: admin!.id, pin: '1234' })).state).toBe('ready');
      expect((await core.call('s', 'roster.households.list', { query: 'wang', status: null })).total).toBeGreaterThan(10);
      // duties by post: the 监委会 member owns the supervision items and nothing else; the 党建 list is the 书记's
      const owned = core.db.prepare('SELECT c.post, i.name, l.code FROM items i JOIN cadres c ON c.id = i.cadre_id JOIN checklists l ON l.id = i.checklist_id').all() as { post: string; name: string; code: string }[];
      expect(owned.filter((o) => o.post === '监委会').map((o) => o.name).sort()).toEqual(
        ['村务监督委员会监督村务公开和财务', '村务监督委员会列席村两委会议', '组织民主评议村委会成员', '监督村级工程项目和集体资产处置'].sort(),
      );
      expect(new Set(owned.filter((o) => o.code === 'party').map((o) => o.post))).toEqual(new Set(['书记']));
      expect(core.db.prepare('SELECT township, county FROM village').get()).toEqual({ township: '石碌镇', county: '昌江黎族自治县' });
    } finally {
      core.db.close();
    }
    expect(d.entries.length).toBeGreaterThan(5000);
  }, 180_000);
});
