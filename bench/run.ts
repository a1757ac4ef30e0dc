/**
 * `npm run bench` — realistic data, each figure beside a floor measured in the
 * same run. Writes bench/results.json and regenerates the README tables from
 * it. `--quick` runs tiny sizes (the smoke test in `npm test` uses it so the
 * harness cannot rot) and writes nothing. `--only id,id` runs those cases and
 * replaces only their rows in an existing results.json.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { cases } from './cases/index.js';
import { formatScale, formatTable, toRows, type Results, type ResultRow, type ScaleRow } from './harness.js';
import { updateReadme } from './readme.js';

export async function runBench(opts: { quick: boolean; only?: string[]; log?: boolean; rendererDir?: string }): Promise<{ rows: ResultRow[]; scale: ScaleRow[] }> {
  const workDir = mkdtempSync(join(tmpdir(), 'cunji-bench-'));
  const rows: ResultRow[] = [];
  const scale: ScaleRow[] = [];
  try {
    for (const c of cases) {
      if (opts.only && !opts.only.includes(c.id)) continue;
      const dir = join(workDir, c.id);
      mkdirSync(dir, { recursive: true });
      const t0 = performance.now();
      const out = toRows(c, await c.run({ quick: opts.quick, workDir: dir, rendererDir: opts.rendererDir ?? resolve('dist/renderer') }));
      rows.push(...out.rows);
      scale.push(...out.scale);
      if (opts.log) {
        for (const r of out.rows) console.log(`${r.title}: p50 ${r.p50Ms ?? '—'} ms, floor ${r.floorP50Ms ?? '—'} ms, ratio ${r.ratio ?? '—'} ${r.note}`);
        console.log(`  (${c.id}: ${Math.round((performance.now() - t0) / 1000)} s)`);
      }
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
  return { rows, scale };
}

/** Replaces the rows of the cases that ran; keeps the others (a `--only` run) in case order. */
export function mergeResults(previous: Results | null, ran: string[], fresh: { rows: ResultRow[]; scale: ScaleRow[] }, machine: string): Results {
  // a row id is its case id, or the case id and "-n": the longest such case id wins ("township-dashboard-2" is not "township")
  const caseOf = (rowId: string) =>
    cases
      .filter((c) => rowId === c.id || rowId.startsWith(`${c.id}-`))
      .sort((a, b) => b.id.length - a.id.length)[0]?.id ?? rowId;
  const kept = (previous?.rows ?? []).filter((r) => !ran.includes(caseOf(r.id)));
  const order = (r: ResultRow) => cases.findIndex((c) => c.id === caseOf(r.id));
  const rows = [...kept, ...fresh.rows].sort((a, b) => order(a) - order(b) || a.id.localeCompare(b.id, 'en', { numeric: true }));
  const scale = fresh.scale.length > 0 || ran.includes('scale') ? fresh.scale : (previous?.scale ?? []);
  return { machine, quick: false, rows, scale };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, only: { type: 'string' } } });
  const only = values.only?.split(',');
  const t0 = performance.now();
  const fresh = await runBench({ quick: values.quick, ...(only ? { only } : {}), log: true });
  console.log(`\n${formatTable(fresh.rows)}\n\n${formatScale(fresh.scale)}\n\ntotal ${Math.round((performance.now() - t0) / 1000)} s`);
  if (!values.quick) {
    const out = join(import.meta.dirname, 'results.json');
    const previous = only && existsSync(out) ? (JSON.parse(readFileSync(out, 'utf8')) as Results) : null;
    const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`;
    const ran = only ?? cases.map((c) => c.id);
    writeFileSync(out, `${JSON.stringify(mergeResults(previous, ran, fresh, machine), null, 2)}\n`);
    updateReadme();
    console.log(`written: ${out}; README.md tables regenerated`);
  }
}
