import { describe, expect, it } from 'vitest';
import type { DocumentInput } from '../../electron/core/contract/publications.js';
import { seedLedger } from '../../electron/core/demo/ledger.js';
import { PERSONAL_NUMBER } from '../../electron/core/pdf/engine.js';
import { idCardCheckChar, setUpVillage } from '../helpers.js';
import { pdfText } from './pdf-tools.js';

function lcg(seed: number): () => number {
  let s = seed;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296;
}

describe('privacy of every public document of a demo village', () => {
  // A year of demo scoring and eight documents: slow on a busy machine, so a generous limit (not a timing check).
  it('finds no ID-card or mobile number in any of them, though the roster holds both for every household', { timeout: 300_000 }, async () => {
    const { core, session } = await setUpVillage();
    const groups = await core.call(session, 'roster.groups.list', {});
    for (let i = 0; i < 24; i++) {
      const first = `46003019750101${String(100 + i)}`;
      await core.call(session, 'roster.households.create', {
        groupId: groups[i % 3]!.id,
        members: [
          { name: `${'王李张符'[i % 4]}户主${i}`, relation: '户主', idCard: first + idCardCheckChar(first), phone: `1390000${String(1000 + i)}` },
          { name: `家属${i}`, relation: '配偶', phone: `1370000${String(1000 + i)}` },
        ],
      });
    }
    for (const name of ['王书记', '李主任', '陈委员']) await core.call(session, 'roster.cadres.save', { name, post: '委员', fromDate: '2020-01-01', phone: '13512345678' });
    core.db.transaction(() => seedLedger(core.db, lcg(3), { today: '2026-03-15', now: '2026-03-15T09:00:00.000+08:00' }))();
    const s = await core.call(session, 'publications.settings', {});
    await core.call(session, 'publications.saveSettings', { ...s, blackBoardEnabled: true });

    const documents: DocumentInput[] = [
      { kind: 'monthly', month: '2026-02' },
      { kind: 'quarterly', quarter: '2026-Q1' },
      { kind: 'dutyWeekly', weekStart: '2026-03-09' },
      { kind: 'redBoard', period: '2026-Q1' },
      { kind: 'blackBoard', period: '2026-Q1' },
      { kind: 'statement', householdId: null, year: 2026 },
      { kind: 'dutyList' },
    ];
    const texts = [];
    for (const d of documents) texts.push(pdfText(Buffer.from((await core.call(session, 'publications.preview', d)).file.dataBase64, 'base64')));
    texts.push(pdfText(Buffer.from((await core.call(session, 'publications.cards', {})).file.dataBase64, 'base64')));
    for (const [i, text] of texts.entries()) {
      expect(text.length, `document ${i}`).toBeGreaterThan(100);
      expect(text, `document ${i}`).not.toMatch(PERSONAL_NUMBER);
    }
    // the statements carry every household, so the scan covered all of them
    for (let i = 0; i < 24; i++) expect(texts[5]).toContain(`户主${i}`);
  });
});
