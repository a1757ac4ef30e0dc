import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers.js';
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
    // A stand-in first screen: the smoke test checks the harness, not the renderer, so it must
    // not depend on a `vite build` having run before it.
    const rendererDir = tempDir();
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><meta charset="utf-8"><button>完成设置</button>');
    const rows = await runBench({ quick: true, out: null, rendererDir });
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      if (r.medianMs === null) expect(r.note).toMatch(/not landed/);
      else expect(r.floorMs).not.toBeNull();
    }
  }, 120_000);
});
