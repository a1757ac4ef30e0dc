/**
 * A tiny benchmark harness: each case measures its subject and a floor for
 * the same work in the same run, so a figure is read as a ratio, not as an
 * absolute time on a noisy shared machine.
 */

export interface BenchOptions {
  /** Smoke mode: tiny sizes so `npm test` can check the harness without timing anything. */
  quick: boolean;
  workDir: string;
  /** The built renderer the web host serves (`dist/renderer` after `vite build`). */
  rendererDir: string;
}

export interface Measured {
  /** Milliseconds. */
  median: number;
  p99: number | null;
  samples: number;
}

export type CaseResult =
  | { status: 'measured'; subject: Measured; floor: Measured; floorLabel: string; size: string }
  | { status: 'not-landed'; reason: string };

export interface BenchCase {
  id: string;
  title: string;
  run(options: BenchOptions): Promise<CaseResult>;
}

export interface ResultRow {
  id: string;
  title: string;
  size: string;
  medianMs: number | null;
  p99Ms: number | null;
  floorLabel: string;
  floorMs: number | null;
  /** Subject median ÷ floor median, to two decimals, or null. */
  ratio: number | null;
  note: string;
}

/** Times `fn` `n` times after `warmup` unmeasured runs. */
export async function sample(n: number, fn: () => unknown, warmup = 1): Promise<Measured> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return summarize(times);
}

export function summarize(times: number[]): Measured {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { median: at(0.5), p99: sorted.length >= 20 ? at(0.99) : null, samples: sorted.length };
}

const round = (ms: number) => Math.round(ms * 100) / 100;

export function toRow(c: BenchCase, r: CaseResult): ResultRow {
  if (r.status === 'not-landed') {
    return { id: c.id, title: c.title, size: '', medianMs: null, p99Ms: null, floorLabel: '', floorMs: null, ratio: null, note: r.reason };
  }
  return {
    id: c.id,
    title: c.title,
    size: r.size,
    medianMs: round(r.subject.median),
    p99Ms: r.subject.p99 === null ? null : round(r.subject.p99),
    floorLabel: r.floorLabel,
    floorMs: round(r.floor.median),
    ratio: r.floor.median > 0 ? Math.round((r.subject.median / r.floor.median) * 100) / 100 : null,
    note: `${r.subject.samples} samples`,
  };
}

export function formatTable(rows: ResultRow[]): string {
  const head = ['benchmark', 'size', 'median ms', 'p99 ms', 'floor', 'floor ms', 'ratio', 'note'];
  const body = rows.map((r) => [
    r.title,
    r.size,
    r.medianMs?.toString() ?? '—',
    r.p99Ms?.toString() ?? '—',
    r.floorLabel || '—',
    r.floorMs?.toString() ?? '—',
    r.ratio === null ? '—' : `${r.ratio}×`,
    r.note,
  ]);
  const lines = [head, ...body].map((cols) => `| ${cols.join(' | ')} |`);
  lines.splice(1, 0, `| ${head.map(() => '---').join(' | ')} |`);
  return lines.join('\n');
}
