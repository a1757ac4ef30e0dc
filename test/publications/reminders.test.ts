import { describe, expect, it } from 'vitest';
import { publicationReminders } from '../../electron/core/publications/reminders.js';

describe('home reminders for publications', () => {
  it('asks for last week’s cadre notice, last month’s notice until the 10th and last quarter’s in its first month', () => {
    const kinds = (issued: { kind: string; period: string }[], today: string, duties = true) => publicationReminders(issued, today, duties).map((r) => `${r.kind}:${r.period}`);
    // Wednesday 2026-04-08: the week of 3月30日 ended, March's and Q1's notices are due
    expect(kinds([], '2026-04-08')).toEqual(['dutyWeekly:2026-03-30', 'monthly:2026-03', 'quarterly:2026-Q1']);
    expect(publicationReminders([], '2026-04-08', true)[1]).toMatchObject({ deadline: '2026-04-10', periodLabel: '2026年3月' });
    // issued ones are not asked for again; after the 10th the month is no longer a reminder
    expect(kinds([{ kind: 'dutyWeekly', period: '2026-03-30' }, { kind: 'quarterly', period: '2026-Q1' }], '2026-04-08')).toEqual(['monthly:2026-03']);
    expect(kinds([], '2026-05-11')).toEqual(['dutyWeekly:2026-05-04']);
    // no duty items with owners yet: no cadre notice to ask for; January asks for last year's Q4
    expect(kinds([], '2027-01-05', false)).toEqual(['monthly:2026-12', 'quarterly:2026-Q4']);
  });
});
