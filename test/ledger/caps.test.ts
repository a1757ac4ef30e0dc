import { describe, expect, it } from 'vitest';
import { ledgerCounts, ledgerVillage } from './fixture.js';

describe('caps read in one pass per household', () => {
  it("the village's yearly cap counts earned points of every item this year, not rejected ones, deductions, other years or other households", async () => {
    const { core, clerk, reviewer, admin, households, item } = await ledgerVillage();
    const volunteer = item('参加志愿服务');
    const gamble = item('参与赌博');
    const [a, b] = [households[0]!, households[1]!];
    await core.call(admin, 'ledger.saveSettings', { allowSelfApproval: true, clearingDay: null, yearCap: 3 * volunteer.points!, backfillFrom: '2025-01-01' });
    // last year's points and another household's do not count
    await core.call(clerk, 'ledger.record', { itemId: volunteer.id, date: '2025-12-20', householdIds: [a, b] });
    await core.call(clerk, 'ledger.record', { itemId: volunteer.id, date: '2026-01-10', householdIds: [a, b] });
    await core.call(clerk, 'ledger.record', { itemId: volunteer.id, date: '2026-01-11', householdIds: [b] });
    await core.call(clerk, 'ledger.record', { itemId: volunteer.id, date: '2026-02-11', householdIds: [b] });
    // a rejected entry and a deduction do not use up the cap
    const rejected = (await core.call(clerk, 'ledger.record', { itemId: volunteer.id, date: '2026-01-12', householdIds: [a] })).seqs;
    await core.call(reviewer, 'ledger.review', { seqs: rejected, decision: 'rejected', reason: '当天未到场' });
    await core.call(clerk, 'ledger.record', { itemId: gamble.id, date: '2026-01-13', householdIds: [a], note: '聚众赌博' });
    await core.call(clerk, 'ledger.record', { itemId: volunteer.id, date: '2026-03-02', householdIds: [a] });
    const before = ledgerCounts(core.db);
    // a is at 2 of 3, b at 3 of 3: the batch is refused as a whole, naming b
    await expect(core.call(clerk, 'ledger.record', { itemId: volunteer.id, date: '2026-03-03', householdIds: [a, b] })).rejects.toThrow(
      new RegExp(`全村每户每年加分上限 ${3 * volunteer.points!} 分：户主2户2026 年已加 ${3 * volunteer.points!} 分`),
    );
    expect(ledgerCounts(core.db)).toEqual(before);
    await core.call(clerk, 'ledger.record', { itemId: volunteer.id, date: '2026-03-03', householdIds: [a] });
    await expect(core.call(clerk, 'ledger.record', { itemId: volunteer.id, date: '2026-03-04', householdIds: [a] })).rejects.toThrow(/户主1户2026 年已加/);
  });
});
