import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { runBench } from '../../bench/run.js';
import { summarize } from '../../bench/harness.js';

describe('bench harness (smoke, tiny sizes, no timing asserted)', () => {
  it('summarises samples into median and p99', () => {
    const m = summarize(Array.from({ length: 100 }, (_, i) => i + 1));
    expect(m.median).toBe(51);
    expect(m.p99).toBe(100);
    expect(summarize([3, 1, 2]).p99).toBeNull();
  });

  it('runs every case in quick mode and reports a row for each', async () => {
    // `npm test` builds the renderer before vitest; the cold-start case needs it.
    expect(existsSync('dist/renderer/index.html')).toBe(true);
    const rows = await runBench({ quick: true, out: null });
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      if (r.medianMs === null) expect(r.note).toMatch(/not landed/);
      else expect(r.floorMs).not.toBeNull();
    }
  }, 120_000);
});
