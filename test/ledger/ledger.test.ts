import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyChain } from '../../electron/core/ledger/chain.js';
import { checkBalances, householdBalance, postEntry } from '../../electron/core/ledger/entries.js';
import { ledgerCounts, ledgerVillage } from './fixture.js';

describe('recording and balances', () => {
  it('records one household and a batch; balances follow review', async () => {
    const { core, clerk, reviewer, households, item } = await ledgerVillage();
    const road = item('配合道路拓宽拆除围墙/让出宅基地');
    const single = await core.call(clerk, 'ledger.record', { itemId: item('参加志愿服务').id, date: '2026-03-02', householdIds: [households[0]!] });
    expect(single.points).toBe(15);
    const batch = await core.call(clerk, 'ledger.record', { itemId: road.id, date: '2026-03-03', householdIds: households.slice(0, 4) });
    expect(batch.seqs).toHaveLength(4);
    expect(batch.points).toBe(400);
    expect(householdBalance(core.db, households[0]!)).toEqual({ earned: 0, available: 0, pending: 115 });

    await core.call(reviewer, 'ledger.review', { seqs: [...single.seqs, ...batch.seqs.slice(0, 3)], decision: 'approved' });
    await core.call(reviewer, 'ledger.review', { seqs: [batch.seqs[3]!], decision: 'rejected', reason: '该户未实际让地' });
    expect(householdBalance(core.db, households[0]!)).toEqual({ earned: 115, available: 115, pending: 0 });
    expect(householdBalance(core.db, households[3]!)).toEqual({ earned: 0, available: 0, pending: 0 });
    expect(checkBalances(core.db)).toEqual([]);
    expect(verifyChain(core.db).problem).toBeNull();
  });

  it('uses the grade table and quantity of the item', async () => {
    const { core, clerk, households, item } = await ledgerVillage();
    const inspect = item('人居环境入户巡查评分');
    const r = await core.call(clerk, 'ledger.record', { itemId: inspect.id, date: '2026-03-02', householdIds: [households[0]!], grade: '较差', note: '院内杂物堆放' });
    expect(r.points).toBe(-5);
    await expect(core.call(clerk, 'ledger.record', { itemId: inspect.id, date: '2026-03-02', householdIds: [households[0]!] })).rejects.toThrow('请选择等级');
    const six = await core.call(clerk, 'ledger.record', { itemId: item('“清家六齐”每项达标').id, date: '2026-03-02', householdIds: [households[1]!], quantity: 3 });
    expect(six.points).toBe(6);
  });

  it('keeps the version an entry was recorded under when the item value changes', async () => {
    const { core, admin, clerk, households, item } = await ledgerVillage();
    const volunteer = item('参加志愿服务');
    const before = await core.call(clerk, 'ledger.record', { itemId: volunteer.id, date: '2026-03-02', householdIds: [households[0]!] });
    const edited = await core.call(admin, 'checklist.saveItem', {
      id: volunteer.id,
      checklistId: volunteer.checklistId,
      category: volunteer.category,
      name: volunteer.name,
      values: { points: 5, unit: 'per-time' },
    });
    expect(edited.version).toBe(2);
    const after = await core.call(clerk, 'ledger.record', { itemId: volunteer.id, date: '2026-03-03', householdIds: [households[0]!] });
    expect([before.points, after.points]).toEqual([15, 5]);
    const { rows } = await core.call(clerk, 'ledger.entries', { householdId: households[0]! });
    expect(rows.map((r) => [r.points, r.itemVersion])).toEqual([
      [5, 2],
      [15, 1],
    ]);
  });

  it('credits a cadre on a duty item and shows it on the duty page', async () => {
    const { core, admin, clerk, cadres, item } = await ledgerVillage();
    const mediate = item('调解矛盾纠纷');
    await core.call(admin, 'checklist.assign', { itemId: mediate.id, cadreId: cadres[0]! });
    await core.call(clerk, 'ledger.record', { itemId: mediate.id, date: '2026-03-13', cadreId: cadres[0]!, note: '调解王李两家宅基地纠纷' });
    const duties = await core.call(clerk, 'checklist.duties', { date: '2026-03-15' });
    const li = duties.cadres.find((c) => c.cadreId === cadres[0]);
    expect(li).toMatchObject({ week: 3, month: 3 });
    expect(duties.unassigned.map((u) => u.name)).toContain('组织人居环境大扫除');
    expect(duties.unassigned.map((u) => u.name)).not.toContain('调解矛盾纠纷');
  });
});

describe('bad input gets a Chinese message and writes nothing', () => {
  it('refuses each mistake without a partial write', async () => {
    const { core, clerk, reviewer, households, item } = await ledgerVillage();
    const volunteer = item('参加志愿服务');
    const gamble = item('参与赌博');
    const sweep = item('门前屋后清扫');
    await core.call(clerk, 'ledger.record', { itemId: sweep.id, date: '2026-03-01', householdIds: households.slice(0, 3), quantity: 4 });
    const seq = (await core.call(clerk, 'ledger.record', { itemId: volunteer.id, date: '2026-02-20', householdIds: [households[5]!] })).seqs[0]!;
    await core.call(reviewer, 'ledger.review', { seqs: [seq], decision: 'approved' });
    await core.call(reviewer, 'ledger.closeMonth', { month: '2026-02' });
    const before = ledgerCounts(core.db);

    const cases: [Parameters<typeof core.call<'ledger.record'>>[2], RegExp][] = [
      [{ itemId: volunteer.id, date: '2026-03-02', householdIds: [households[0]!], quantity: -1 }, /数量必须大于 0/],
      [{ itemId: volunteer.id, date: '2026-03-02', householdIds: [households[0]!, 99999] }, /没有找到编号为 99999 的农户/],
      [{ itemId: volunteer.id, date: '2026-02-25', householdIds: [households[0]!] }, /2026-02 已经结账/],
      // the third household is already at 40 of 50; the batch must not write the first two either
      [{ itemId: sweep.id, date: '2026-03-14', householdIds: [households[3]!, households[4]!, households[2]!], quantity: 2 }, /超过“门前屋后清扫”每月上限 50 分/],
      [{ itemId: gamble.id, date: '2026-03-02', householdIds: [households[0]!] }, /必须填写说明/],
      [{ itemId: volunteer.id, date: '2026-03-02', householdIds: [] }, /请选择农户/],
    ];
    for (const [input, message] of cases) {
      await expect(core.call(clerk, 'ledger.record', input)).rejects.toThrow(message);
    }
    expect(ledgerCounts(core.db)).toEqual(before);
  });

  it('names the yearly cap of an item', async () => {
    const { core, clerk, households, item } = await ledgerVillage();
    const base = item('户基础分（每年）');
    await core.call(clerk, 'ledger.record', { itemId: base.id, date: '2026-01-05', householdIds: [households[0]!] });
    await expect(core.call(clerk, 'ledger.record', { itemId: base.id, date: '2026-03-05', householdIds: [households[0]!] })).rejects.toThrow(
      /每年上限 100 分：户主1户2026 年已记 100 分/,
    );
  });
});

describe('evidence', () => {
  it('requires a photo where the item says so and copies it into the data folder', async () => {
    const { core, clerk, households, item, dataDir } = await ledgerVillage();
    const filial = item('孝顺父母（照片为证）');
    await expect(core.call(clerk, 'ledger.record', { itemId: filial.id, date: '2026-03-02', householdIds: [households[0]!], note: '照顾卧床母亲' })).rejects.toThrow('必须附照片');
    await expect(
      core.call(clerk, 'ledger.record', { itemId: filial.id, date: '2026-03-02', householdIds: [households[0]!], note: '照顾卧床母亲', photo: { fileName: 'a.exe', dataBase64: 'AAAA' } }),
    ).rejects.toThrow('照片只能是');
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]).toString('base64');
    await core.call(clerk, 'ledger.record', { itemId: filial.id, date: '2026-03-02', householdIds: [households[0]!], note: '照顾卧床母亲', photo: { fileName: '照片.JPG', dataBase64: jpeg } });
    const { rows } = await core.call(clerk, 'ledger.entries', { householdId: households[0]! });
    expect(rows[0]!.hasPhoto).toBe(true);
    const stored = (core.db.prepare('SELECT photo FROM entries WHERE seq = ?').get(rows[0]!.seq) as { photo: string }).photo;
    expect(readFileSync(join(dataDir, stored)).toString('base64')).toBe(jpeg);
  });
});

describe('separation of duties', () => {
  it('does not let the recorder approve their own entry unless the village allows it', async () => {
    const { core, admin, households, item } = await ledgerVillage();
    const r = await core.call(admin, 'ledger.record', { itemId: item('参加志愿服务').id, date: '2026-03-02', householdIds: [households[0]!] });
    await expect(core.call(admin, 'ledger.review', { seqs: r.seqs, decision: 'approved' })).rejects.toThrow('不能由您审核');
    await core.call(admin, 'ledger.saveSettings', { allowSelfApproval: true, clearingDay: null, yearCap: null });
    await core.call(admin, 'ledger.review', { seqs: r.seqs, decision: 'approved' });
    expect(householdBalance(core.db, households[0]!).available).toBe(15);
  });

  it('requires the reviewer role to review and clerk or admin to record', async () => {
    const { core, clerk, reviewer, households, item } = await ledgerVillage();
    const r = await core.call(clerk, 'ledger.record', { itemId: item('参加志愿服务').id, date: '2026-03-02', householdIds: [households[0]!] });
    await expect(core.call(clerk, 'ledger.review', { seqs: r.seqs, decision: 'approved' })).rejects.toThrow('没有“审核积分记录”的权限');
    await expect(core.call(reviewer, 'ledger.record', { itemId: item('参加志愿服务').id, date: '2026-03-02', householdIds: [households[0]!] })).rejects.toThrow(
      '没有“记录积分”的权限',
    );
    await expect(core.call(reviewer, 'ledger.review', { seqs: r.seqs, decision: 'rejected', reason: '  ' })).rejects.toThrow('必须填写理由');
  });
});

describe('monthly review, closing and corrections', () => {
  it('closes a month only when nothing is pending; then refuses entries and review changes', async () => {
    const { core, clock, clerk, reviewer, households, item } = await ledgerVillage();
    const r = await core.call(clerk, 'ledger.record', { itemId: item('参加志愿服务').id, date: '2026-03-02', householdIds: households.slice(0, 2) });
    clock.set('2026-04-01T09:00:00+08:00');
    await expect(core.call(reviewer, 'ledger.closeMonth', { month: '2026-03' })).rejects.toThrow('还有 2 条待审核');
    await core.call(reviewer, 'ledger.review', { seqs: r.seqs, decision: 'approved' });
    await core.call(reviewer, 'ledger.closeMonth', { month: '2026-03' });
    await expect(core.call(reviewer, 'ledger.closeMonth', { month: '2026-05' })).rejects.toThrow('还没有到');
    const months = await core.call(reviewer, 'ledger.months', {});
    expect(months[0]).toMatchObject({ month: '2026-03', approved: 2, pending: 0, closed: true });
  });

  it('corrects an approved entry once, by a new entry in an open month', async () => {
    const { core, clock, clerk, reviewer, households, item } = await ledgerVillage();
    const r = await core.call(clerk, 'ledger.record', { itemId: item('参加志愿服务').id, date: '2026-03-02', householdIds: [households[0]!] });
    const seq = r.seqs[0]!;
    await expect(core.call(clerk, 'ledger.correct', { seq, points: 5, reason: '只参加半天', date: '2026-03-14' })).rejects.toThrow('还在待审核');
    await core.call(reviewer, 'ledger.review', { seqs: [seq], decision: 'approved' });
    clock.set('2026-04-03T10:00:00+08:00');
    await core.call(reviewer, 'ledger.closeMonth', { month: '2026-03' });
    await expect(core.call(clerk, 'ledger.correct', { seq, points: 5, reason: '只参加半天', date: '2026-03-20' })).rejects.toThrow('已经结账');
    const c = await core.call(clerk, 'ledger.correct', { seq, points: 5, reason: '只参加半天', date: '2026-04-03' });
    expect(c.points).toBe(-10);
    await expect(core.call(clerk, 'ledger.correct', { seq, points: 0, reason: '再改', date: '2026-04-03' })).rejects.toThrow('只能更正一次');
    // a rejected correction does not use up the one correction
    await core.call(reviewer, 'ledger.review', { seqs: c.seqs, decision: 'rejected', reason: '核实为全天参加' });
    const again = await core.call(clerk, 'ledger.correct', { seq, points: 10, reason: '核实参加大半天', date: '2026-04-03' });
    await core.call(reviewer, 'ledger.review', { seqs: again.seqs, decision: 'approved' });
    expect(householdBalance(core.db, households[0]!)).toEqual({ earned: 10, available: 10, pending: 0 });
    const book = await core.call(clerk, 'ledger.passbook', { householdId: households[0]!, year: 2026 });
    expect(book.rows.map((x) => [x.points, x.status, x.available])).toEqual([
      [15, 'approved', 15],
      [-10, 'rejected', 15],
      [-5, 'approved', 10],
    ]);
  });

  it('clears 可用积分 yearly as entries, leaving 累计积分', async () => {
    const { core, admin, clerk, reviewer, households, item, clock } = await ledgerVillage();
    const r = await core.call(clerk, 'ledger.record', { itemId: item('参加志愿服务').id, date: '2026-03-02', householdIds: households.slice(0, 2) });
    await core.call(reviewer, 'ledger.review', { seqs: r.seqs, decision: 'approved' });
    await core.call(admin, 'ledger.saveSettings', { allowSelfApproval: false, clearingDay: '12-31', yearCap: null });
    expect((await core.call(admin, 'ledger.settings', {})).clearingDue).toBeNull();
    clock.set('2026-12-31T17:00:00+08:00');
    expect((await core.call(admin, 'ledger.settings', {})).clearingDue).toBe('2026-12-31');
    const cleared = await core.call(admin, 'ledger.clear', { date: '2026-12-31' });
    expect(cleared).toMatchObject({ points: -30 });
    expect(householdBalance(core.db, households[0]!)).toEqual({ earned: 15, available: 0, pending: 0 });
    await expect(core.call(admin, 'ledger.clear', { date: '2026-12-31' })).rejects.toThrow('已经清零过');
    expect((await core.call(admin, 'ledger.settings', {})).clearingDue).toBeNull();
    expect(checkBalances(core.db)).toEqual([]);
  });
});

describe('the database itself guards the ledger', () => {
  it('refuses UPDATE and DELETE on entries and reviews, and inserts into a closed month', async () => {
    const { core, clock, clerk, reviewer, households, item } = await ledgerVillage();
    const r = await core.call(clerk, 'ledger.record', { itemId: item('参加志愿服务').id, date: '2026-03-02', householdIds: [households[0]!] });
    await core.call(reviewer, 'ledger.review', { seqs: r.seqs, decision: 'approved' });
    clock.set('2026-04-01T09:00:00+08:00');
    expect(() => core.db.prepare('UPDATE entries SET points = 1000').run()).toThrow('积分记录只能追加，不能修改');
    expect(() => core.db.prepare('DELETE FROM entries').run()).toThrow('积分记录只能追加，不能删除');
    expect(() => core.db.prepare("UPDATE reviews SET decision = 'rejected'").run()).toThrow('审核记录只能追加');
    await core.call(reviewer, 'ledger.closeMonth', { month: '2026-03' });
    expect(() => core.db.prepare('DELETE FROM month_closures').run()).toThrow('不能删除');
    expect(core.db.prepare('SELECT month FROM month_closures').pluck().all()).toEqual(['2026-03']);
    const row = core.db.prepare('SELECT * FROM entries WHERE seq = 1').get() as Record<string, unknown>;
    const cols = Object.keys(row);
    const raw = core.db.prepare(`INSERT INTO entries (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`);
    expect(() => raw.run({ ...row, seq: 2 })).toThrow('该月已结账');
    expect(() => raw.run({ ...row, seq: 5, date: '2026-04-01' })).toThrow('序号必须连续');
    // postEntry (what other domains call) refuses too, in Chinese
    expect(() =>
      core.db.transaction(() =>
        postEntry(core.db, { date: '2026-03-30', subject: 'household', householdId: households[0]!, points: -5, kind: 'spend', sourceType: 'redemption', status: 'approved', operatorId: 1, createdAt: 'x' }),
      )(),
    ).toThrow('2026-03 已经结账');
  });

  it('postEntry refuses a spend below zero 可用积分', async () => {
    const { core, households } = await ledgerVillage();
    const post = (points: number) =>
      core.db.transaction(() =>
        postEntry(core.db, { date: '2026-03-15', subject: 'household', householdId: households[0]!, points, kind: 'spend', sourceType: 'redemption', sourceId: 7, status: 'approved', operatorId: 1, createdAt: '2026-03-15T09:00:00+08:00' }),
      )();
    expect(() => post(-1)).toThrow('可用积分 0 分，不够扣 1 分');
  });

  it('verifyChain names the first tampered sequence number', async () => {
    const { core, clerk, households, item } = await ledgerVillage();
    await core.call(clerk, 'ledger.record', { itemId: item('参加志愿服务').id, date: '2026-03-02', householdIds: households });
    expect(verifyChain(core.db)).toMatchObject({ entries: 6, problem: null });
    // Someone with a SQLite tool drops the guard and edits entry 3.
    core.db.exec('DROP TRIGGER entries_no_update');
    core.db.prepare('UPDATE entries SET points = 150 WHERE seq = 3').run();
    expect(verifyChain(core.db).problem).toMatchObject({ table: 'entries', seq: 3 });
    const report = await core.call(clerk, 'ledger.verify', {});
    expect(report.ok).toBe(false);
    expect(report.chainProblem?.message).toContain('第 3 号');
    expect(report.balanceProblems.map((p) => p.householdId)).toEqual([households[2]]);
  });
});
