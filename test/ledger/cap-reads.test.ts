import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/connection.js';
import { capReadSql } from '../../electron/core/ledger/record.js';
import { closeDbAfterTest, tempDir } from '../helpers.js';
import { ledgerCounts, ledgerVillage } from './fixture.js';

describe('the cap check reads (migration 017)', () => {
  it('counts pending and approved entries against a monthly cap, never rejected ones', async () => {
    const { core, clerk, reviewer, households, item } = await ledgerVillage();
    const sweep = item('门前屋后清扫');
    const [h] = households;
    const fill = (sweep.capMonth ?? 0) / (sweep.points ?? 1);
    expect(Number.isInteger(fill) && fill > 1).toBe(true);
    const first = await core.call(clerk, 'ledger.record', { itemId: sweep.id, date: '2026-03-02', householdIds: [h!], quantity: fill - 1 });
    const second = await core.call(clerk, 'ledger.record', { itemId: sweep.id, date: '2026-03-03', householdIds: [h!] });
    // at the cap with one pending and one approved entry: one more point is refused and writes nothing
    await core.call(reviewer, 'ledger.review', { seqs: first.seqs, decision: 'approved' });
    const before = ledgerCounts(core.db);
    await expect(core.call(clerk, 'ledger.record', { itemId: sweep.id, date: '2026-03-04', householdIds: [h!] })).rejects.toThrow(
      new RegExp(`每月上限 ${sweep.capMonth} 分：户主1户2026-03 已记 ${sweep.capMonth} 分`),
    );
    expect(ledgerCounts(core.db)).toEqual(before);
    // the rejected entry no longer counts: its points can be recorded again
    await core.call(reviewer, 'ledger.review', { seqs: second.seqs, decision: 'rejected', reason: '当天未清扫' });
    const again = await core.call(clerk, 'ledger.record', { itemId: sweep.id, date: '2026-03-04', householdIds: [h!] });
    expect(again.points).toBe(sweep.points);
    // another household's month is its own
    await core.call(clerk, 'ledger.record', { itemId: sweep.id, date: '2026-03-05', householdIds: [households[1]!], quantity: fill });
  });

  it('moves the household index to the columns the read needs and adds the rejected-decision index, keeping the rows', () => {
    const file = join(tempDir(), 'cunji.sqlite');
    const old = openDatabase(file, { targetVersion: 16 });
    old.prepare("INSERT INTO groups (name, sort) VALUES ('第一村小组', 1)").run();
    old.close();
    const db = closeDbAfterTest(openDatabase(file, { targetVersion: 17 }));
    expect(db.prepare("SELECT name FROM pragma_index_info('entries_household') ORDER BY seqno").pluck().all()).toEqual(['household_id', 'date', 'item_version_id', 'kind', 'points']);
    expect(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'reviews_rejected'").pluck().get()).toMatch(/WHERE decision = 'rejected'/);
    expect(db.prepare('SELECT name FROM groups').pluck().all()).toEqual(['第一村小组']);
    // the household read never touches the entries' rows nor looks up a review per entry
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${capReadSql('household_id')}`).all({ item: 1, ids: '[1]', monthFrom: '', monthTo: '', yearFrom: '', yearTo: '' }) as { detail: string }[])
      .map((r) => r.detail)
      .join('\n');
    expect(plan).toContain('USING COVERING INDEX entries_household');
    expect(plan).toContain('COVERING INDEX reviews_rejected');
    expect(plan).not.toMatch(/CORRELATED/);
  });
});
