/**
 * `npm run bench` — realistic data, each figure beside a floor measured in the
 * same run. Writes bench/results.json. `--quick` runs tiny sizes (the smoke
 * test in `npm test` uses it so the harness cannot rot). `--only id,id`.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { cases } from './cases/index.js';
import { formatTable, toRow, type ResultRow } from './harness.js';

export async function runBench(opts: { quick: boolean; only?: string[]; out?: string | null; rendererDir?: string }): Promise<ResultRow[]> {
  const workDir = mkdtempSync(join(tmpdir(), 'cunji-bench-'));
  const rows: ResultRow[] = [];
  try {
    for (const c of cases) {
      if (opts.only && !opts.only.includes(c.id)) continue;
      const dir = join(workDir, c.id);
      mkdirSync(dir, { recursive: true });
      const row = toRow(c, await c.run({ quick: opts.quick, workDir: dir, rendererDir: opts.rendererDir ?? resolve('dist/renderer') }));
      rows.push(row);
      if (opts.out !== null) console.log(`${row.title}: ${row.medianMs ?? '—'} ms (floor ${row.floorMs ?? '—'} ms) ${row.note}`);
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
  if (opts.out) {
    const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`;
    writeFileSync(opts.out, JSON.stringify({ machine, quick: opts.quick, rows }, null, 2));
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, only: { type: 'string' } } });
  const out = join(import.meta.dirname, 'results.json');
  const rows = await runBench({ quick: values.quick, ...(values.only ? { only: values.only.split(',') } : {}), out });
  console.log(`\n${formatTable(rows)}\n\nwritten: ${out}`);
}
