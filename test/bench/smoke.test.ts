import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers.js';
import { runBench } from '../../bench/run.js';
import { interleave, summarize, toRows } from '../../bench/harness.js';
import { renderTables, replaceTables } from '../../bench/readme.js';

describe('bench harness (smoke, tiny sizes, no timing asserted)', () => {
  it('summarises samples into p50 and a nearest-rank p99', () => {
    const m = summarize(Array.from({ length: 100 }, (_, i) => i + 1));
    expect(m.median).toBe(50);
    expect(m.p99).toBe(99);
    expect(summarize([3, 1, 2])).toEqual({ median: 2, p99: 3, samples: 3 });
  });

  it('interleaves subject and floor A B B A after the warm-up, timing only the measured rounds', async () => {
    const order: string[] = [];
    const r = await interleave(3, { before: () => order.push('a-before'), run: () => order.push('a') }, { run: () => order.push('b') }, 1);
    // one warm-up round, then three measured: A B | B A | A B | B A
    expect(order.join(' ')).toBe('a-before a b b a-before a a-before a b b a-before a');
    expect([r.subject.samples, r.floor.samples]).toEqual([3, 3]);
  });

  it('judges a goal: a ratio against the floor, or milliseconds', () => {
    const m = (ms: number) => ({ median: ms, p99: ms, samples: 5 });
    const c = { id: 'x', title: 'x', run: async () => ({ status: 'not-landed' as const, reason: '' }) };
    const row = (goal: { ratio: number } | { ms: number }, subject: number) =>
      toRows(c, { status: 'measured', subject: m(subject), floor: m(10), floorLabel: 'f', size: 's', goal }).rows[0]!;
    expect(row({ ratio: 2.5 }, 25)).toMatchObject({ ratio: 2.5, met: true, goal: '≤ 2.5×' });
    expect(row({ ratio: 2.5 }, 26)).toMatchObject({ ratio: 2.6, met: false });
    expect(row({ ms: 1000 }, 1001)).toMatchObject({ met: false, goal: '≤ 1000 ms' });
  });

  it('regenerates only the marked part of the README', () => {
    const tables = renderTables({ machine: 'm', quick: false, rows: [], scale: [] });
    const readme = 'before\n<!-- bench:begin old -->\nold table\n<!-- bench:end -->\nafter\n';
    const out = replaceTables(readme, tables);
    expect(out.startsWith('before\n<!-- bench:begin')).toBe(true);
    expect(out.endsWith('<!-- bench:end -->\nafter\n')).toBe(true);
    expect(out).not.toContain('old table');
    expect(() => replaceTables('no markers', tables)).toThrow(/markers/);
  });

  it('runs every case in quick mode and reports a row for each', async () => {
    // A stand-in first screen: the smoke test checks the harness, not the renderer, so it must
    // not depend on a `vite build` having run before it.
    const rendererDir = tempDir();
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><meta charset="utf-8"><button>完成设置</button><button>登录</button>');
    const { rows } = await runBench({ quick: true, rendererDir });
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      if (r.p50Ms === null) expect(r.note).toMatch(/not landed/);
      else expect(r.floorP50Ms).not.toBeNull();
    }
  }, 300_000);
});
