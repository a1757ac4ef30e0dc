import { describe, expect, it } from 'vitest';
import { anchorFingerprint, readAnchor } from '../../electron/core/db/anchor-fingerprint.js';
import { ledgerVillage } from '../ledger/fixture.js';
import { flat, pageOnePng, pdfText } from './pdf-tools.js';

const bytesOf = (r: { file: { dataBase64: string } }) => Buffer.from(r.file.dataBase64, 'base64');
const printed = (text: string) => /数据指纹(?:（\d+月结账）)?([0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4})/.exec(flat(text))?.[1] ?? null;

/** 测试村 with March reviewed (one award), the clock on 2 April so March can be closed. */
async function reviewedMarch() {
  const v = await ledgerVillage({ households: 2 });
  const { seqs } = await v.core.call(v.clerk, 'ledger.record', { itemId: v.item('参加志愿服务').id, date: '2026-03-02', householdIds: [v.households[0]!], note: '' });
  await v.core.call(v.reviewer, 'ledger.review', { seqs, decision: 'approved' });
  v.clock.set('2026-04-02T09:00:00+08:00');
  return v;
}

describe('数据指纹 of a month closure', () => {
  it('is four groups of four hex, independent of row order, and changes with any head', () => {
    const heads = [
      { register: 'entries', seq: 3, hash: 'a'.repeat(64) },
      { register: 'audit_log', seq: 9, hash: 'b'.repeat(64) },
    ];
    const fp = anchorFingerprint(heads);
    expect(fp).toMatch(/^[0-9a-f]{4}(-[0-9a-f]{4}){3}$/);
    expect(anchorFingerprint([...heads].reverse())).toBe(fp);
    expect(anchorFingerprint([heads[0]!, { ...heads[1]!, seq: 10 }])).not.toBe(fp);
    expect(anchorFingerprint([heads[0]!, { ...heads[1]!, hash: `c${'b'.repeat(63)}` }])).not.toBe(fp);
  });

  it('is printed in the monthly publication of a closed month, equal to the anchor and to 数据校验', async () => {
    const { core, admin, reviewer } = await reviewedMarch();
    const open = await core.call(admin, 'publications.preview', { kind: 'monthly', month: '2026-03' });
    expect(printed(pdfText(bytesOf(open)))).toBeNull();

    await core.call(reviewer, 'ledger.closeMonth', { month: '2026-03' });
    const march = anchorFingerprint(readAnchor(core.db, '2026-03'));
    const entriesHead = readAnchor(core.db, '2026-03').find((h) => h.register === 'entries')!.hash;
    const pdf = bytesOf(await core.call(admin, 'publications.preview', { kind: 'monthly', month: '2026-03' }));
    pageOnePng(pdf, 'pdf-monthly-fingerprint');
    const closed = pdfText(pdf);
    expect(printed(closed)).toBe(march);
    const report = await core.call(admin, 'ledger.verify', {});
    expect(report.lastClosure).toEqual({ month: '2026-03', fingerprint: march });

    // An anchor edited by hand (its trigger dropped) prints another fingerprint, and 数据校验 names it.
    core.db.exec('DROP TRIGGER closure_anchors_no_update');
    core.db.prepare("UPDATE closure_anchors SET hash = ? WHERE month = '2026-03' AND register = 'entries'").run('f'.repeat(64));
    const edited = pdfText(bytesOf(await core.call(admin, 'publications.preview', { kind: 'monthly', month: '2026-03' })));
    expect(printed(edited)).not.toBe(march);
    expect(printed(edited)).toBe(anchorFingerprint(readAnchor(core.db, '2026-03')));
    expect((await core.call(admin, 'ledger.verify', {})).findings.join('\n')).toContain('2026-03 月结账时记下的积分记录');
    core.db.prepare("UPDATE closure_anchors SET hash = ? WHERE month = '2026-03' AND register = 'entries'").run(entriesHead);

    // The quarter prints its last closed month's anchor, named.
    const quarter = flat(pdfText(bytesOf(await core.call(admin, 'publications.preview', { kind: 'quarterly', quarter: '2026-Q1' }))));
    expect(quarter).toContain(`数据指纹（3月结账）${march}`);
  });

  it('differs when the anchor differs: a later closure with more history has its own', async () => {
    const { core, clerk, reviewer, admin, item, households, clock } = await reviewedMarch();
    await core.call(reviewer, 'ledger.closeMonth', { month: '2026-03' });
    const { seqs } = await core.call(clerk, 'ledger.record', { itemId: item('参加志愿服务').id, date: '2026-04-01', householdIds: [households[1]!], note: '' });
    await core.call(reviewer, 'ledger.review', { seqs, decision: 'approved' });
    clock.set('2026-05-02T09:00:00+08:00');
    await core.call(reviewer, 'ledger.closeMonth', { month: '2026-04' });
    const april = printed(pdfText(bytesOf(await core.call(admin, 'publications.preview', { kind: 'monthly', month: '2026-04' }))));
    expect(april).toBe(anchorFingerprint(readAnchor(core.db, '2026-04')));
    expect(april).not.toBe(anchorFingerprint(readAnchor(core.db, '2026-03')));
    expect((await core.call(admin, 'ledger.verify', {})).lastClosure?.month).toBe('2026-04');
  });
});
