import { describe, expect, it } from 'vitest';
import { testClock, testDay } from '../../e2e/clock.js';

describe('the e2e test day', () => {
  it('sees last month across a year boundary and month ends', () => {
    expect(testDay('2027-01-15')).toMatchObject({ year: 2027, month: 1, thisMonth: '2027-01', lastMonth: '2026-12' });
    expect(testDay('2027-01-15').monthsAgo(1, 10)).toBe('2026-12-10');
    expect(testDay('2026-12-31').monthsAgo(-1, 1)).toBe('2027-01-01');
    expect(testDay('2026-03-31').lastMonth).toBe('2026-02');
  });

  it('refuses a date that is not one, rather than testing on the wrong day', () => {
    for (const bad of ['2026-6-18', '18.06.2026', 'today']) expect(() => testDay(bad)).toThrow(/CUNJI_TEST_DATE/);
  });

  it('starts at 10:00 local on the day and jumps to 09:00 on another', () => {
    const clock = testClock('2026-12-31');
    const start = clock.now();
    expect([start.getFullYear(), start.getMonth(), start.getDate(), start.getHours()]).toEqual([2026, 11, 31, 10]);
    const jumped = clock.jumpTo('2027-01-01');
    expect([jumped.getFullYear(), jumped.getMonth(), jumped.getDate(), jumped.getHours()]).toEqual([2027, 0, 1, 9]);
    expect(clock.now().getTime()).toBeGreaterThanOrEqual(jumped.getTime());
  });
});
