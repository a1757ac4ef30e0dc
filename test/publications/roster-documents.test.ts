import { describe, expect, it } from 'vitest';
import { PERSONAL_NUMBER, renderPdf } from '../../electron/core/pdf/engine.js';
import { monthlyPublication } from '../../electron/core/pdf/documents/householdPoints.js';
import { countPages, sha256 } from '../../electron/core/publications/pdf-result.js';
import { recordPublication } from '../../electron/core/publications/register.js';
import { idCardCheckChar, setUpVillage } from '../helpers.js';
import * as fx from './fixtures.js';
import { pageCount, pageOnePng, pdfText } from './pdf-tools.js';

const idCard = (seq: number) => {
  const first = `46003019800101${String(seq).padStart(3, '0')}`;
  return first + idCardCheckChar(first);
};

/** A village whose roster carries full ID-card and phone numbers, as the office's does. */
async function village(households = 10) {
  const v = await setUpVillage();
  const groups = await v.core.call(v.session, 'roster.groups.list', {});
  for (let i = 0; i < households; i++) {
    await v.core.call(v.session, 'roster.households.create', {
      groupId: groups[i % groups.length]!.id,
      members: [
        { name: `${['张', '李', '符'][i % 3]}户主${i}`, relation: '户主', idCard: idCard(i), phone: `1380013${String(8000 + i)}` },
        { name: `家属${i}`, relation: '配偶' },
      ],
    });
  }
  return v;
}

const bytesOf = (r: { file: { dataBase64: string } }) => Buffer.from(r.file.dataBase64, 'base64');

describe('household card sheet (from the roster)', () => {
  it('prints 8 cards per A4 page with 户号 and head, and no ID-card or phone number', async () => {
    const v = await village(10);
    const r = await v.core.call(v.session, 'publications.cards', {});
    const pdf = bytesOf(r);
    expect(r.file.mime).toBe('application/pdf');
    expect(r.file.fileName).toBe('测试村农户积分卡-2026-03-15.pdf');
    expect(r.pages).toBe(2);
    expect(pageCount(pdf)).toBe(2);
    expect(r.missing).toEqual([]);
    const text = pdfText(pdf);
    for (let i = 0; i < 10; i++) expect(text).toContain(`户主${i}`);
    expect(text).toContain('01001');
    expect(text).toContain('03003');
    expect(text).not.toMatch(PERSONAL_NUMBER);
    pageOnePng(pdf, 'pdf-cards-roster');
  });

  it('prints one group or chosen households only, and refuses an empty selection', async () => {
    const v = await village(6);
    const groups = await v.core.call(v.session, 'roster.groups.list', {});
    const r = await v.core.call(v.session, 'publications.cards', { groupId: groups[1]!.id });
    const text = pdfText(bytesOf(r));
    expect(text).toContain('户主1');
    expect(text).toContain('户主4');
    expect(text).not.toContain('户主0');
    const list = await v.core.call(v.session, 'roster.households.list', { query: '户主2' });
    const one = await v.core.call(v.session, 'publications.cards', { householdIds: [list.rows[0]!.id] });
    expect(pdfText(bytesOf(one))).toContain('户主2');
    expect(pdfText(bytesOf(one))).not.toContain('户主3');
    const empty = await v.core.invoke(v.session, 'publications.cards', { householdIds: [9999] });
    expect(empty).toMatchObject({ ok: false, error: { code: 'NOTHING_TO_PRINT' } });
  });

  it('lists names the font cannot draw before printing', async () => {
    const v = await village(1);
    const groups = await v.core.call(v.session, 'roster.groups.list', {});
    await v.core.call(v.session, 'roster.households.create', { groupId: groups[0]!.id, members: [{ name: '𠮷大成', relation: '户主' }] });
    expect(await v.core.call(v.session, 'publications.rareNames', {})).toEqual([{ name: '𠮷大成', characters: ['𠮷'] }]);
    const r = await v.core.call(v.session, 'publications.cards', {});
    expect(r.missing).toEqual([{ name: '𠮷大成', characters: ['𠮷'] }]);
  });
});

describe('publication settings', () => {
  it('keep the black board off and names unmasked until the admin decides', async () => {
    const v = await setUpVillage();
    const s = await v.core.call(v.session, 'publications.settings', {});
    expect(s).toMatchObject({ blackBoardEnabled: false, maskNamesOnBoards: false, publicityDays: 7 });
    const saved = await v.core.call(v.session, 'publications.saveSettings', { ...s, blackBoardEnabled: true, blackBoardMode: 'countsOnly' });
    expect(saved).toMatchObject({ blackBoardEnabled: true, blackBoardMode: 'countsOnly' });
    const bad = await v.core.invoke(v.session, 'publications.saveSettings', { ...s, publicityDays: 1 });
    expect(bad).toMatchObject({ ok: false, error: { message: '公示期至少 3 天' } });
  });
});

describe('register and objections', () => {
  async function issued() {
    const v = await village(3);
    const pdf = await renderPdf(monthlyPublication(fx.pointsData(6), fx.OPTIONS));
    const operatorId = (v.core.db.prepare('SELECT id FROM operators').get() as { id: number }).id;
    const p = recordPublication(v.core.db, {
      kind: 'monthly',
      period: '2026-03',
      periodLabel: '2026年3月',
      title: '村民积分月公示',
      params: { kind: 'monthly', month: '2026-03' },
      paper: 'A4',
      publicity: { from: '2026-04-01', to: '2026-04-07' },
      operatorId,
      issuedAt: '2026-04-01T09:00:00.000+08:00',
      fileName: 'x.pdf',
      pages: countPages(pdf),
      pdf,
    });
    const households = (await v.core.call(v.session, 'roster.households.list', {})).rows;
    return { ...v, p, pdf, households };
  }

  it('keeps the exact bytes: a reprint has the same SHA-256, and rows cannot be changed', async () => {
    const { core, session, p, pdf } = await issued();
    expect(p.sha256).toBe(sha256(pdf));
    expect(p.openObjections).toBe(0);
    const again = await core.call(session, 'publications.reprint', { id: p.id });
    expect(sha256(bytesOf(again))).toBe(p.sha256);
    expect(again.pages).toBe(pageCount(pdf));
    expect((await core.call(session, 'publications.register', {}))[0]).toMatchObject({ id: p.id, operatorName: '王书记', title: '村民积分月公示' });
    expect(() => core.db.prepare("UPDATE publications SET title = 'x'").run()).toThrow(/append-only/);
    expect(() => core.db.prepare('DELETE FROM publications').run()).toThrow(/append-only/);
  });

  it('records an objection only within the 公示期, and resolves it once with a reason', async () => {
    const { core, session, p, households } = await issued();
    const base = { publicationId: p.id, householdId: households[0]!.id, raisedBy: '张户主0', content: '3月8日义务劳动没有记分', entrySeqs: [] };
    const late = await core.invoke(session, 'objections.record', { ...base, raisedOn: '2026-04-08' });
    expect(late).toMatchObject({ ok: false, error: { code: 'OUTSIDE_PUBLICITY' } });
    const o = await core.call(session, 'objections.record', { ...base, raisedOn: '2026-04-03' });
    expect(o).toMatchObject({ status: 'open', householdNumber: households[0]!.number, recordedBy: '王书记' });
    expect((await core.call(session, 'publications.register', {}))[0]!.openObjections).toBe(1);
    expect(await core.call(session, 'objections.list', { status: 'open' })).toHaveLength(1);

    const d = await core.call(session, 'objections.dismiss', { id: o.id, reason: '经核实当日未参加' });
    expect(d).toMatchObject({ status: 'dismissed', resolution: '经核实当日未参加', resolvedBy: '王书记' });
    expect(await core.call(session, 'objections.list', { status: 'open' })).toHaveLength(0);
    const twice = await core.invoke(session, 'objections.dismiss', { id: o.id, reason: '再次' });
    expect(twice).toMatchObject({ ok: false, error: { code: 'OBJECTION_CLOSED' } });
    expect(() => core.db.prepare('DELETE FROM objection_resolutions').run()).toThrow(/append-only/);
  });
});
