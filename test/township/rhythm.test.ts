import { describe, expect, it } from 'vitest';
import { anchorFingerprint } from '../../electron/core/db/anchor-fingerprint.js';
import { ledgerVillage } from '../ledger/fixture.js';
import { ADMIN, tempDir } from '../helpers.js';
import { exportTo, importFile, setUpTownship } from '../transfer/helpers.js';

/** A village with approved household entries in March 2026, its clock then moved to `closeOn` to close March. */
async function villageClosingMarch(closeOn: string, publish: boolean) {
  const v = await ledgerVillage();
  const record = await v.core.call(v.clerk, 'ledger.record', { itemId: v.item('参加志愿服务').id, date: '2026-03-02', householdIds: v.households.slice(0, 2) });
  await v.core.call(v.reviewer, 'ledger.review', { seqs: record.seqs, decision: 'approved' });
  v.clock.set(`${closeOn}T09:00:00+08:00`);
  await v.core.call(ADMIN, 'ledger.closeMonth', { month: '2026-03' });
  if (publish) await v.core.call(ADMIN, 'publications.issue', { kind: 'monthly', month: '2026-03' });
  return v;
}

describe('the package carries the rhythm (一月一审核、一季一公示)', () => {
  it('closures with their anchors and the publications register arrive; a late village is flagged', async () => {
    const punctual = await villageClosingMarch('2026-04-08', true);
    const late = await villageClosingMarch('2026-04-20', false);
    const t = await setUpTownship();
    t.clock.set('2026-04-25T09:00:00+08:00');
    for (const v of [punctual, late]) expect((await importFile(t.core, (await exportTo(v.core, tempDir())).path!)).status).toBe('imported');

    const uid = (v: typeof punctual) => (v.core.db.prepare('SELECT uid FROM village').pluck().get() as string);
    const d = await t.core.call(ADMIN, 'township.dashboard', { period: '2026-03' });
    const of = (v: typeof punctual) => d.villages.find((x) => x.uid === uid(v))!;
    expect(of(punctual).rhythm).toEqual({ monthsDue: 1, monthsOnTime: 1, noticesDue: 1, noticesOnTime: 1, late: [] });
    expect(of(late).rhythm).toEqual({ monthsDue: 1, monthsOnTime: 0, noticesDue: 1, noticesOnTime: 0, late: ['2026年3月结账逾期', '2026年3月月公示未完成'] });
    expect(d.totals.late).toBe(1);

    const detail = await t.core.call(ADMIN, 'township.village', { uid: uid(punctual), period: '2026' });
    const anchor = punctual.core.db.prepare("SELECT register, seq, hash FROM closure_anchors WHERE month = '2026-03'").all() as { register: string; seq: number; hash: string }[];
    expect(anchor.length).toBeGreaterThan(3);
    expect(detail.closures).toEqual([{ month: '2026-03', closedOn: '2026-04-08', onTime: true, fingerprint: anchorFingerprint(anchor) }]);
    const published = t.core.db.prepare('SELECT kind, period, substr(issued_at, 1, 10) AS issued, sha256 FROM township_publications WHERE village_uid = ?').all(uid(punctual));
    const sha = punctual.core.db.prepare('SELECT sha256 FROM publications').pluck().get();
    expect(published).toEqual([{ kind: 'monthly', period: '2026-03', issued: '2026-04-08', sha256: sha }]);
  });

  it('a month not yet due does not count; an unclosed month past its deadline is flagged', async () => {
    const v = await ledgerVillage();
    const record = await v.core.call(v.clerk, 'ledger.record', { itemId: v.item('参加志愿服务').id, date: '2026-03-02', householdIds: v.households.slice(0, 1) });
    await v.core.call(v.reviewer, 'ledger.review', { seqs: record.seqs, decision: 'approved' });
    const t = await setUpTownship();
    await importFile(t.core, (await exportTo(v.core, tempDir())).path!);
    t.clock.set('2026-04-10T18:00:00+08:00');
    expect((await t.core.call(ADMIN, 'township.dashboard', { period: '2026-03' })).villages[0]!.rhythm).toMatchObject({ monthsDue: 0, noticesDue: 0, late: [] });
    t.clock.set('2026-04-11T09:00:00+08:00');
    expect((await t.core.call(ADMIN, 'township.dashboard', { period: '2026-03' })).villages[0]!.rhythm).toMatchObject({
      monthsDue: 1,
      monthsOnTime: 0,
      late: ['2026年3月结账未完成', '2026年3月月公示未完成'],
    });
  });

  it('a weekly cadre notice is on time within its week; a re-issue counts from the first', async () => {
    const v = await ledgerVillage();
    const record = await v.core.call(v.clerk, 'ledger.record', { itemId: v.item('参加志愿服务').id, date: '2026-03-02', householdIds: v.households.slice(0, 1) });
    await v.core.call(v.reviewer, 'ledger.review', { seqs: record.seqs, decision: 'approved' });
    const t = await setUpTownship();
    await importFile(t.core, (await exportTo(v.core, tempDir())).path!);
    const uid = t.core.db.prepare('SELECT uid FROM township_villages').pluck().get();
    const issue = t.core.db.prepare("INSERT INTO township_publications (village_uid, id, kind, period, issued_at, sha256) VALUES (?, ?, 'dutyWeekly', ?, ?, 'x')");
    issue.run(uid, 1, '2026-03-02', '2026-03-08T17:00:00.000+08:00');
    issue.run(uid, 2, '2026-03-09', '2026-03-16T09:00:00.000+08:00');
    issue.run(uid, 3, '2026-03-02', '2026-03-18T09:00:00.000+08:00');
    t.clock.set('2026-03-20T09:00:00+08:00');
    expect((await t.core.call(ADMIN, 'township.dashboard', { period: '2026-03' })).villages[0]!.rhythm).toEqual({
      monthsDue: 0,
      monthsOnTime: 0,
      noticesDue: 2,
      noticesOnTime: 1,
      late: ['2026年3月9日至3月15日干部周公示逾期'],
    });
  });
});
