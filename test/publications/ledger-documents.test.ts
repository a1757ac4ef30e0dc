import { describe, expect, it } from 'vitest';
import { PERSONAL_NUMBER } from '../../electron/core/pdf/engine.js';
import { competitionRanks, quarterPeriod, weekPeriod } from '../../electron/core/publications/periods.js';
import { sha256 } from '../../electron/core/publications/pdf-result.js';
import { ledgerVillage } from '../ledger/fixture.js';
import { flat, pageCount, pageOnePng, pdfText, squash } from './pdf-tools.js';

const bytesOf = (r: { file: { dataBase64: string } }) => Buffer.from(r.file.dataBase64, 'base64');

/**
 * 测试村 (clock 2026-03-15; groups alternate, so 户主1 is 01001 and 户主2 02001) with a reviewed
 * March: 户主1 +15 volunteer, 户主2 +100 road,
 * 户主3 −20 gambling, 户主4 +50 见义勇为; 李主任 credited +3 for a mediation on 03-10;
 * one more household whose head has a full ID-card and phone number on the roster.
 */
async function march() {
  const v = await ledgerVillage({ households: 6 });
  const { core, clerk, reviewer, admin, households: h, item, cadres, groups } = v;
  await core.call(admin, 'roster.households.create', {
    groupId: groups[0]!.id,
    members: [{ name: '符海燕', relation: '户主', idCard: '11010519491231002x', phone: '13800138000' }],
  });
  const rec = async (name: string, date: string, householdIds: number[], note = '') =>
    (await core.call(clerk, 'ledger.record', { itemId: item(name).id, date, householdIds, note })).seqs;
  const seqs = [
    ...(await rec('参加志愿服务', '2026-03-02', [h[0]!])),
    ...(await rec('配合道路拓宽拆除围墙/让出宅基地', '2026-03-03', [h[1]!])),
    ...(await rec('参与赌博', '2026-03-04', [h[2]!], '派出所通报，联系电话 13900001111')),
    ...(await rec('见义勇为', '2026-03-05', [h[3]!])),
  ];
  const mediate = item('调解矛盾纠纷');
  await core.call(admin, 'checklist.assign', { itemId: mediate.id, cadreId: cadres[0]! });
  const duty = await core.call(clerk, 'ledger.record', { itemId: mediate.id, date: '2026-03-10', cadreId: cadres[0]!, note: '调解宅基地纠纷' });
  await core.call(reviewer, 'ledger.review', { seqs: [...seqs, ...duty.seqs], decision: 'approved' });
  return { ...v, seqs };
}

describe('periods and ranks', () => {
  it('ranks ties together and skips after them', () => {
    expect(competitionRanks([10, 30, 30, 5, 0])).toEqual([3, 1, 1, 4, 5]);
  });
  it('names quarters and Monday-to-Sunday weeks', () => {
    expect(quarterPeriod('2026-Q1')).toMatchObject({ label: '2026年第一季度', from: '2026-01-01', to: '2026-03-31', months: ['2026-01', '2026-02', '2026-03'] });
    expect(weekPeriod('2026-03-12')).toMatchObject({ from: '2026-03-09', to: '2026-03-15', label: '2026年3月9日至3月15日' });
  });
});

describe('publications from the ledger', () => {
  it('monthly publication: this month, 累计积分 and rank per household, by group, with the 公示期', async () => {
    const { core, admin } = await march();
    const r = await core.call(admin, 'publications.preview', { kind: 'monthly', month: '2026-03' });
    const text = squash(pdfText(bytesOf(r)));
    pageOnePng(bytesOf(r), 'pdf-ledger-monthly');
    expect(r.pages).toBe(pageCount(bytesOf(r)));
    expect(text).toContain('测试村村民积分月公示');
    expect(flat(text)).toContain('公示期：2026年3月15日至2026年3月21日');
    expect(text).toMatch(/排名 户号 户主 加分 扣分 本月积分 累计积分/);
    expect(text).toMatch(/1 02001 户主2 \+100 0 \+100 100/);
    expect(text).toMatch(/2 02002 户主4 \+50 0 \+50 50/);
    expect(text).toMatch(/3 01001 户主1 \+15 0 \+15 15/);
    expect(text).toMatch(/7 01002 户主3 0 −20 −20 -20/);
    expect(text).toContain('第一村小组（4 户）');
    expect(text).not.toMatch(PERSONAL_NUMBER);
  });

  it('quarterly publication shows the months, the quarter and the cadres', async () => {
    const { core, admin } = await march();
    const r = await core.call(admin, 'publications.preview', { kind: 'quarterly', quarter: '2026-Q1' });
    pageOnePng(bytesOf(r), 'pdf-ledger-quarterly');
    const text = squash(pdfText(bytesOf(r)));
    expect(text).toContain('2026年第一季度');
    expect(text).toMatch(/1 02001 户主2 0 0 \+100 \+100 0 \+100 100/);
    expect(text).toMatch(/李主任 主任 已完成 调解矛盾纠纷 \+3 0\/0 — \+3/);
    expect(text).not.toMatch(PERSONAL_NUMBER);
  });

  it('weekly duty publication lists the cadre items of the week', async () => {
    const { core, admin } = await march();
    const r = await core.call(admin, 'publications.preview', { kind: 'dutyWeekly', weekStart: '2026-03-09' });
    pageOnePng(bytesOf(r), 'pdf-ledger-duty-weekly');
    const text = squash(pdfText(bytesOf(r)));
    expect(text).toMatch(/李主任 主任 已完成 调解矛盾纠纷 \+3 0\/0 — \+3/);
    expect(text).toMatch(/陈委员 委员 本期没有到期事项 0\/0 — 0/);
  });

  it('red board: ranked households and the honoured deed; masked on request', async () => {
    const { core, admin } = await march();
    const r = await core.call(admin, 'publications.preview', { kind: 'redBoard', period: '2026-03', paper: 'A3', top: 10 });
    pageOnePng(bytesOf(r), 'pdf-ledger-red-a3');
    const text = squash(pdfText(bytesOf(r)));
    expect(text).toMatch(/第1名 户主2 第二村小组 100/);
    expect(text).toMatch(/第3名 户主1 第一村小组 15/);
    expect(text).not.toContain('户主3');
    expect(flat(text)).toContain('户主4（第二村小组）：见义勇为');
    const s = await core.call(admin, 'publications.settings', {});
    await core.call(admin, 'publications.saveSettings', { ...s, maskNamesOnBoards: true });
    const masked = squash(pdfText(bytesOf(await core.call(admin, 'publications.preview', { kind: 'redBoard', period: '2026-Q1', paper: 'A4', top: 10 }))));
    expect(masked).toMatch(/第1名 户\*2 第二村小组 100/);
    expect(masked).not.toContain('户主2');
  });

  it('black board: refused while off; when on, masked names and counts, never the reason or note', async () => {
    const { core, admin } = await march();
    const off = await core.invoke(admin, 'publications.preview', { kind: 'blackBoard', period: '2026-03' });
    expect(off).toMatchObject({ ok: false, error: { code: 'BLACK_BOARD_OFF' } });
    const s = await core.call(admin, 'publications.settings', {});
    await core.call(admin, 'publications.saveSettings', { ...s, blackBoardEnabled: true });
    const r = await core.call(admin, 'publications.preview', { kind: 'blackBoard', period: '2026-03' });
    pageOnePng(bytesOf(r), 'pdf-ledger-black');
    const text = squash(pdfText(bytesOf(r)));
    expect(text).toContain('户*3 第一村小组 1');
    expect(text).not.toMatch(/户主3|赌博|派出所/);
    expect(text).not.toMatch(PERSONAL_NUMBER);
  });

  it('statements: one household or all, with running 可用积分', async () => {
    const { core, admin, households } = await march();
    const one = await core.call(admin, 'publications.preview', { kind: 'statement', householdId: households[0]!, year: 2026 });
    pageOnePng(bytesOf(one), 'pdf-ledger-statement');
    const text = squash(pdfText(bytesOf(one)));
    expect(text).toContain('户号：01001');
    expect(text).toMatch(/2026-03-02 参加志愿服务 15 15/);
    expect(one.pages).toBe(1);
    const all = await core.call(admin, 'publications.preview', { kind: 'statement', householdId: null, year: 2026 });
    expect(all.pages).toBe(7);
    const allText = pdfText(bytesOf(all));
    expect(allText).not.toMatch(PERSONAL_NUMBER);
    expect(allText).not.toContain('派出所');
  });

  it('duty list: every cadre item with its responsible person', async () => {
    const { core, admin } = await march();
    const r = await core.call(admin, 'publications.preview', { kind: 'dutyList' });
    pageOnePng(bytesOf(r), 'pdf-ledger-duty-list');
    const text = squash(pdfText(bytesOf(r)));
    expect(text).toMatch(/调解矛盾纠纷 \+3 分（每件） 李主任/);
    expect(text).toContain('未指定');
  });
});

describe('paper for the households', () => {
  it('monthly and quarterly publications show a deduction that the net hides, in the 加分 and 扣分 columns', async () => {
    const { core, admin, clerk, reviewer, households: h, item } = await march();
    const rec = await core.call(clerk, 'ledger.record', { itemId: item('参与赌博').id, date: '2026-03-06', householdIds: [h[1]!], note: '村口聚赌' });
    await core.call(reviewer, 'ledger.review', { seqs: rec.seqs, decision: 'approved' });
    const text = squash(pdfText(bytesOf(await core.call(admin, 'publications.preview', { kind: 'monthly', month: '2026-03' }))));
    expect(text).toMatch(/1 02001 户主2 \+100 −20 \+80 80/);
    const quarter = squash(pdfText(bytesOf(await core.call(admin, 'publications.preview', { kind: 'quarterly', quarter: '2026-Q1' }))));
    expect(quarter).toMatch(/加分 扣分/);
    // January, February, March, then the quarter's 加分, 扣分 and net, and 累计积分.
    expect(quarter).toMatch(/1 02001 户主2 0 0 \+80 \+100 −20 \+80 80/);
  });

  it('扣分告知单: the deduction, its item, the note masked and where to object, on A5 or a receipt roll', async () => {
    const { core, admin, seqs } = await march();
    const a5 = await core.call(admin, 'publications.preview', { kind: 'deductionSlip', seq: seqs[2]! });
    pageOnePng(bytesOf(a5), 'pdf-deduction-slip-a5');
    const text = squash(pdfText(bytesOf(a5)));
    expect(a5.pages).toBe(1);
    expect(text).toContain('测试村');
    expect(text).toContain('扣分告知单');
    expect(text).toContain('户号：01002');
    expect(text).toContain('户主：户主3');
    expect(text).toContain('扣分事项：参与赌博');
    expect(flat(text)).toContain('扣分：−20分');
    expect(flat(text)).toContain('情况说明：派出所通报，联系电话139****1111');
    expect(flat(text)).toContain('请在收到本告知单之日起7日内向村务监督委员会（村委会办公室）提出');
    expect(text).not.toMatch(PERSONAL_NUMBER);
    const roll = await core.call(admin, 'publications.preview', { kind: 'deductionSlip', seq: seqs[2]!, paper: 'roll80' });
    pageOnePng(bytesOf(roll), 'pdf-deduction-slip-roll80');
    expect(flat(pdfText(bytesOf(roll)))).toContain('扣分：−20分');
  });

  it('扣分告知单 is refused for an award', async () => {
    const { core, admin, seqs } = await march();
    const r = await core.invoke(admin, 'publications.preview', { kind: 'deductionSlip', seq: seqs[0]! });
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_A_DEDUCTION' } });
  });

  it('the passbook offers the slip on the deduction rows only, as the slip itself decides', async () => {
    const { core, admin, households: h, seqs, reviewer, clerk, item } = await march();
    // a deduction rejected in review is not told: no slip
    const rejected = await core.call(clerk, 'ledger.record', { itemId: item('参与赌博').id, date: '2026-03-07', householdIds: [h[2]!], note: '核实有误' });
    await core.call(reviewer, 'ledger.review', { seqs: rejected.seqs, decision: 'rejected', reason: '不是本户' });
    const book = await core.call(admin, 'ledger.passbook', { householdId: h[2]!, year: 2026 });
    expect(book.rows.map((r) => [r.seq, r.deduction])).toEqual([
      [seqs[2], true],
      [rejected.seqs[0], false],
    ]);
    const award = await core.call(admin, 'ledger.passbook', { householdId: h[0]!, year: 2026 });
    expect(award.rows.map((r) => r.deduction)).toEqual([false]);
    for (const r of [...book.rows, ...award.rows]) {
      const slip = await core.invoke(admin, 'publications.preview', { kind: 'deductionSlip', seq: r.seq });
      expect(slip.ok, `第 ${r.seq} 号`).toBe(r.deduction);
    }
  });

  it('户积分告知单: a slip per household by group with the month, balances, upcoming activities and cut lines', async () => {
    const { core, admin, clerk, item, cadres } = await march();
    await core.call(clerk, 'ledger.activity.create', { name: '清明植树', date: '2026-03-28', itemId: item('参加志愿服务').id, cadreId: cadres[0]! });
    const r = await core.call(admin, 'publications.preview', { kind: 'householdSlips', month: '2026-03' });
    pageOnePng(bytesOf(r), 'pdf-household-slips');
    const text = squash(pdfText(bytesOf(r)));
    expect(text).toContain('第一村小组 · 户积分告知单（4 户，由组长分发）');
    expect(text).toContain('第二村小组 · 户积分告知单（3 户，由组长分发）');
    // One slip per household, each ending in a cut line.
    expect(text.split('测试村户积分告知单').length - 1).toBe(7);
    expect(text.split('沿虚线剪开').length - 1).toBe(7);
    expect(text).toMatch(/户号：01002 户主：户主3 第一村小组/);
    expect(text).toMatch(/3月4日 参与赌博 −20/);
    expect(flat(text)).toContain('本月加分0，扣分−20，合计−20；月末可用积分-20，累计积分-20。');
    expect(flat(text)).toContain('近期活动：3月28日清明植树（参加+15分）');
    expect(text).not.toMatch(PERSONAL_NUMBER);
    // The second group starts on its own page, for its own leader.
    expect(r.pages).toBeGreaterThanOrEqual(2);
  });

  it('活动通知: one page per group in large type', async () => {
    const { core, admin, clerk, item, cadres, groups } = await march();
    await core.call(clerk, 'ledger.activity.create', { name: '清明植树', date: '2026-03-28', itemId: item('参加志愿服务').id, cadreId: cadres[0]! });
    const all = await core.call(admin, 'publications.preview', { kind: 'activityNotice' });
    pageOnePng(bytesOf(all), 'pdf-activity-notice');
    expect(all.pages).toBe(groups.length);
    const one = squash(pdfText(bytesOf(await core.call(admin, 'publications.preview', { kind: 'activityNotice', groupId: groups[1]!.id }))));
    expect(one).toContain('测试村第二村小组');
    expect(flat(one)).toContain('2026年3月28日（星期六）');
    expect(one).toContain('清明植树');
  });
});

describe('issuing, reprinting and objections', () => {
  it('refuses to issue while entries of the period await review; then records it with its hash', async () => {
    const { core, admin, clerk, reviewer, households, item } = await march();
    const late = await core.call(clerk, 'ledger.record', { itemId: item('参加志愿服务').id, date: '2026-03-12', householdIds: [households[4]!] });
    const refused = await core.invoke(admin, 'publications.issue', { kind: 'monthly', month: '2026-03' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'PENDING_ENTRIES' } });
    expect(await core.call(admin, 'publications.register', {})).toEqual([]);
    await core.call(reviewer, 'ledger.review', { seqs: late.seqs, decision: 'approved' });

    const issued = await core.call(admin, 'publications.issue', { kind: 'monthly', month: '2026-03' });
    expect(issued.publication).toMatchObject({ kind: 'monthly', period: '2026-03', periodLabel: '2026年3月', publicityFrom: '2026-03-15', publicityTo: '2026-03-21', operatorName: '王书记' });
    expect(issued.publication.sha256).toBe(sha256(bytesOf(issued)));
    const again = await core.call(admin, 'publications.reprint', { id: issued.publication.id });
    expect(again.file.dataBase64).toBe(issued.file.dataBase64);
  });

  it('an objection during the 公示期 is resolved by a correction through the ledger', async () => {
    const { core, admin, reviewer, households, seqs, clock } = await march();
    const { publication } = await core.call(admin, 'publications.issue', { kind: 'monthly', month: '2026-03' });
    clock.set('2026-03-17T10:00:00+08:00');
    const o = await core.call(admin, 'objections.record', {
      publicationId: publication.id,
      householdId: households[0]!,
      raisedBy: '户主1',
      raisedOn: '2026-03-17',
      content: '志愿服务做了两次，只记了一次',
      entrySeqs: [seqs[0]!],
    });
    expect(o.entrySeqs).toEqual([seqs[0]]);
    const wrong = await core.invoke(reviewer, 'objections.correct', { id: o.id, seq: seqs[1]!, points: 30, reason: '核实' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'NOT_THIS_HOUSEHOLD' } });
    const fixed = await core.call(reviewer, 'objections.correct', { id: o.id, seq: seqs[0]!, points: 30, reason: '经核实参加两次' });
    expect(fixed).toMatchObject({ status: 'corrected', resolvedBy: '赵监委' });
    expect(fixed.correctionSeqs).toHaveLength(1);
    const entries = await core.call(admin, 'ledger.entries', { householdId: households[0]! });
    const correction = entries.rows.find((e) => e.seq === fixed.correctionSeqs[0]);
    expect(correction).toMatchObject({ points: 15, correctsSeq: seqs[0], status: 'pending', date: '2026-03-17' });
    expect(correction?.note).toContain('异议更正');
    const closed = await core.invoke(reviewer, 'objections.dismiss', { id: o.id, reason: '重复' });
    expect(closed).toMatchObject({ ok: false, error: { code: 'OBJECTION_CLOSED' } });
  });
});
