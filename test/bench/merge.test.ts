import { describe, expect, it } from 'vitest';
import type { ResultRow } from '../../bench/harness.js';
import { mergeResults } from '../../bench/run.js';

const row = (id: string, ratio: number) => ({ id, ratio }) as unknown as ResultRow;

describe('bench results of an --only run', () => {
  it('replace the rows of the cases that ran, even when one case id begins with another', () => {
    const previous = { machine: 'm', quick: false, rows: [row('township', 3), row('township-dashboard', 0.1), row('township-dashboard-2', 2.4)], scale: [] };
    const merged = mergeResults(previous, ['township-dashboard'], { rows: [row('township-dashboard', 0.02), row('township-dashboard-2', 1.9)], scale: [] }, 'm');
    expect(merged.rows.map((r) => [r.id, r.ratio])).toEqual([
      ['township', 3],
      ['township-dashboard', 0.02],
      ['township-dashboard-2', 1.9],
    ]);
  });
});
