import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cadenceSpan, cadreDuties, dueSpans } from '../../electron/core/checklist/cadence.js';
import { CHECKLIST_CODES, type ItemRow } from '../../electron/core/contract/checklist.js';
import { openDatabase } from '../../electron/core/db/connection.js';
import { ledgerCounts, MEETING } from '../ledger/fixture.js';
import { pdfText, squash } from '../publications/pdf-tools.js';
import { insertOperator } from '../../electron/core/operators/operators.js';
import { hashPin } from '../../electron/core/operators/pin.js';
import { frozenClock, setUpVillage, tempDir } from '../helpers.js';

/** 测试村 on Sunday 2026-03-15 with every shipped list adopted in one step, two cadres and two households. */
async function village() {
  const clock = frozenClock('2026-03-15T09:00:00+08:00');
  const v = await setUpVillage({ clock });
  const { core, session } = v;
  const lists = await core.call(session, 'checklist.loadTemplates', { codes: [...CHECKLIST_CODES], meeting: MEETING });
  const items = lists.flatMap((l) => l.items);
  const item = (name: string): ItemRow => {
    const found = items.find((i) => i.name === name);
    if (!found) throw new Error(`no item ${name}`);
    return found;
  };
  const secretary = await core.call(session, 'roster.cadres.save', { name: '王书记', post: '书记', fromDate: '2024-01-01' });
  const supervisor = await core.call(session, 'roster.cadres.save', { name: '符监委', post: '监委会', fromDate: '2024-01-01' });
  const groups = await core.call(session, 'roster.groups.list', {});
  const party = await core.call(session, 'roster.households.create', { groupId: groups[0]!.id, members: [{ name: '黄党员', relation: '户主', partyMember: true }] });
  const plain = await core.call(session, 'roster.households.create', { groupId: groups[0]!.id, members: [{ name: '吴群众', relation: '户主' }] });
  return { ...v, lists, item, secretary: secretary.id, supervisor: supervisor.id, party: party.id, plain: plain.id };
}

describe('cadence', () => {
  it('finds the week, month, quarter and year a date belongs to', () => {
    expect(cadenceSpan('weekly', '2026-03-15')).toEqual({ from: '2026-03-09', to: '2026-03-15' });
    expect(cadenceSpan('monthly', '2026-02-10')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(cadenceSpan('quarterly', '2026-05-20')).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(cadenceSpan('yearly', '2026-05-20')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(cadenceSpan('per-time', '2026-05-20')).toBeNull();
  });

  it('makes an item due only in the notice that covers the end of its period', () => {
    const week = { from: '2026-03-09', to: '2026-03-15' };
    expect(dueSpans('weekly', week)).toEqual([week]);
    expect(dueSpans('monthly', week)).toEqual([]);
    expect(dueSpans('yearly', week)).toEqual([]);
    expect(dueSpans('per-time', week)).toEqual([]);
    expect(dueSpans('monthly', { from: '2026-03-30', to: '2026-04-05' })).toEqual([{ from: '2026-03-01', to: '2026-03-31' }]);
    expect(dueSpans('yearly', { from: '2026-12-28', to: '2027-01-03' })).toEqual([{ from: '2026-01-01', to: '2026-12-31' }]);
    // a quarter's notice: each of its 13 weeks that end inside it, three months, the quarter itself
    const q1 = { from: '2026-01-01', to: '2026-03-31' };
    expect(dueSpans('weekly', q1)).toHaveLength(13);
    expect(dueSpans('monthly', q1)).toHaveLength(3);
    expect(dueSpans('quarterly', q1)).toEqual([q1]);
  });
});

describe('shipped lists', () => {
  it('a fresh village adopts every list in one step and has about 88 cadre items, each with a cadence', async () => {
    const { lists } = await village();
    const cadreItems = lists.flatMap((l) => l.items).filter((i) => i.subject === 'cadre');
    expect(cadreItems.length).toBeGreaterThanOrEqual(85);
    expect(cadreItems.length).toBeLessThanOrEqual(92);
    expect(new Set(cadreItems.map((i) => i.checklistCode))).toEqual(new Set(['party', 'service', 'development', 'duty', 'assist']));
    expect(cadreItems.filter((i) => i.cadence !== 'per-time').length).toBeGreaterThan(50);
    const conduct = lists.find((l) => l.code === 'conduct')!.items;
    expect(conduct.map((i) => i.category)).toEqual(expect.arrayContaining(['平安建设', '禁毒', '反诈', '产业与技能']));
  });
});

describe('who may be scored', () => {
  it('党员带头 items only for households with a party member; a mixed batch writes nothing', async () => {
    const { core, session, item, party, plain } = await village();
    const lead = item('党员带头参加志愿服务');
    expect(lead.partyOnly).toBe(true);
    const before = ledgerCounts(core.db);
    await expect(core.call(session, 'ledger.record', { itemId: lead.id, date: '2026-03-10', householdIds: [party, plain] })).rejects.toMatchObject({
      code: 'NOT_PARTY_HOUSEHOLD',
      message: expect.stringContaining('吴群众'),
    });
    expect(ledgerCounts(core.db)).toEqual(before);
    expect((await core.call(session, 'ledger.record', { itemId: lead.id, date: '2026-03-10', householdIds: [party] })).points).toBe(2);
    // an ordinary conduct item is open to every household
    expect((await core.call(session, 'ledger.record', { itemId: item('参加禁毒宣传活动').id, date: '2026-03-10', householdIds: [plain] })).points).toBe(1);
  });

  it('scoring a cadre on an item another cadre owns needs confirmation; co-owners do not', async () => {
    const { core, session, item, secretary, supervisor } = await village();
    const study = item('组织党员集中学习');
    await core.call(session, 'checklist.assign', { itemId: study.id, cadreId: secretary });
    const before = ledgerCounts(core.db);
    await expect(core.call(session, 'ledger.record', { itemId: study.id, date: '2026-03-10', cadreId: supervisor })).rejects.toMatchObject({
      code: 'OTHER_OWNER',
      message: expect.stringContaining('责任人是王书记'),
    });
    expect(ledgerCounts(core.db)).toEqual(before);
    await core.call(session, 'ledger.record', { itemId: study.id, date: '2026-03-10', cadreId: supervisor, confirmOtherOwner: true });
    const assigned = await core.call(session, 'checklist.assign', { itemId: study.id, cadreId: secretary, coOwnerIds: [supervisor] });
    expect(assigned.coOwners).toEqual([{ id: supervisor, name: '符监委' }]);
    await core.call(session, 'ledger.record', { itemId: study.id, date: '2026-03-11', cadreId: supervisor });
  });
});

describe('weekly cadre notice', () => {
  it('lists each cadre’s due items done or open with a rate, and is refused while the week has pending cadre entries', async () => {
    const { core, session, item, secretary, supervisor } = await village();
    const assign = (name: string, cadreId: number) => core.call(session, 'checklist.assign', { itemId: item(name).id, cadreId });
    await assign('组织党员集中学习', secretary); // weekly, done
    await assign('党员责任区和党员先锋岗履职', secretary); // weekly, open
    await assign('按时完成村务公开（每月10日前）', secretary); // monthly: not due until the week March ends
    await assign('村务监督委员会监督村务公开和财务', supervisor); // monthly, done this week: due later, already done
    const r1 = await core.call(session, 'ledger.record', { itemId: item('组织党员集中学习').id, date: '2026-03-10', cadreId: secretary });
    const r2 = await core.call(session, 'ledger.record', { itemId: item('村务监督委员会监督村务公开和财务').id, date: '2026-03-12', cadreId: supervisor });

    await expect(core.call(session, 'publications.issue', { kind: 'dutyWeekly', weekStart: '2026-03-09' })).rejects.toMatchObject({ code: 'PENDING_ENTRIES' });
    const reviewerId = core.db.transaction(() => insertOperator(core.db, '赵审核', hashPin('1234'), ['reviewer'], '2026-01-01T00:00:00+08:00'))();
    core.sessions.set('reviewer', { id: reviewerId, name: '赵审核', roles: ['reviewer'] });
    await core.call('reviewer', 'ledger.review', { seqs: [...r1.seqs, ...r2.seqs], decision: 'approved' });
    const issued = await core.call(session, 'publications.issue', { kind: 'dutyWeekly', weekStart: '2026-03-09' });
    const text = squash(pdfText(Buffer.from(issued.file.dataBase64, 'base64')));
    expect(text).toMatch(/王书记 书记 已完成 组织党员集中学习 \+1 1\/2 50% \+1/);
    expect(text).toContain('未完成 党员责任区和党员先锋岗履职');
    expect(text).not.toContain('按时完成村务公开');
    // the long item name wraps its points onto the next line
    expect(text).toMatch(/符监委 监委会 已完成 村务监督委员会监督村务公开和财务 0\/0 — \+2\s+\+2/);
    expect(text).toContain('全村本周应完成 2 项，已完成 1 项，完成率 50%');

    // the week March ends: the monthly items fall due; the supervisor's is done, the secretary's open
    const end = cadreDuties(core.db, { from: '2026-03-30', to: '2026-04-05' });
    const byName = new Map(end.map((c) => [c.name, c]));
    expect(byName.get('王书记')?.items.find((i) => i.cadence === 'monthly')).toMatchObject({ due: 1, done: 0 });
    expect(byName.get('符监委')).toMatchObject({ due: 1, done: 1, rate: 100 });
  });
});

describe('monthly and quarterly notices', () => {
  it('carry the weekly notice’s per-cadre block: items due in the month or quarter, done or open, and the rate', async () => {
    const { core, session, item, secretary, supervisor } = await village();
    const assign = (name: string, cadreId: number) => core.call(session, 'checklist.assign', { itemId: item(name).id, cadreId });
    await assign('组织党员集中学习', secretary); // weekly: five weeks end in March, one done
    await assign('按时完成村务公开（每月10日前）', secretary); // monthly, open
    await assign('村务监督委员会监督村务公开和财务', supervisor); // monthly, done
    await core.call(session, 'ledger.record', { itemId: item('组织党员集中学习').id, date: '2026-03-10', cadreId: secretary });
    await core.call(session, 'ledger.record', { itemId: item('村务监督委员会监督村务公开和财务').id, date: '2026-03-12', cadreId: supervisor });
    const text = async (input: { kind: 'monthly'; month: string } | { kind: 'quarterly'; quarter: string }) =>
      squash(pdfText(Buffer.from((await core.call(session, 'publications.preview', input)).file.dataBase64, 'base64')));

    const month = await text({ kind: 'monthly', month: '2026-03' });
    expect(month).toMatch(/序号 姓名 职务 应完成事项（按周期） 完成率 本月积分/);
    // points in the last column are approved ones; these two entries still wait for review
    expect(month).toMatch(/王书记 书记 已完成 组织党员集中学习 1\/5 \+1 1\/6 16% 0/);
    expect(month).toContain('未完成 按时完成村务公开（每月10日前）');
    expect(month).toMatch(/符监委 监委会 已完成 村务监督委员会监督村务公开和财务 1\/1 100% 0\s+\+2/);

    const quarter = await text({ kind: 'quarterly', quarter: '2026-Q1' });
    expect(quarter).toMatch(/完成率 本季积分/);
    // the quarter: 13 weeks and three months fall due
    expect(quarter).toMatch(/王书记 书记 已完成 组织党员集中学习 1\/13 \+1 1\/16 6% 0/);
    expect(quarter).toMatch(/符监委 监委会 已完成 村务监督委员会监督村务公开和财务 1\/3 33% 0\s+1\/3 \+2/);
  });
});

describe('migration 009 (cadre)', () => {
  it('adds cadence, party-only, co-owners and the 党员 flag to a version-7 database', () => {
    const file = join(tempDir(), 'cunji.sqlite');
    const v7 = openDatabase(file, { targetVersion: 7 });
    v7.prepare("INSERT INTO groups (name, sort) VALUES ('一组', 1)").run();
    v7.prepare("INSERT INTO households (number, group_id, created_at, updated_at) VALUES ('01001', 1, 'x', 'x')").run();
    v7.prepare("INSERT INTO members (household_id, name, relation) VALUES (1, '张三', '户主')").run();
    v7.close();
    const db = openDatabase(file);
    expect(db.prepare('SELECT party_member FROM members').get()).toEqual({ party_member: 0 });
    const cols = (db.prepare('PRAGMA table_info(items)').all() as { name: string }[]).map((c) => c.name);
    expect(cols).toEqual(expect.arrayContaining(['cadence', 'party_only', 'evidence']));
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE name = 'item_co_owners'").get()).toBeTruthy();
    db.close();
  });
});
