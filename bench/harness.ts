/**
 * A tiny benchmark harness: each case measures its subject and a floor for
 * the same work in the same run, interleaved sample by sample (A B B A …) so
 * that load from other processes lands on both alike; a figure is read as a
 * ratio, not as an absolute time on a noisy shared machine.
 */

export interface BenchOptions {
  /** Smoke mode: tiny sizes so `npm test` can check the harness without timing anything. */
  quick: boolean;
  workDir: string;
  /** The built renderer the web host serves (`dist/renderer` after `vite build`). */
  rendererDir: string;
}

export interface Measured {
  /** Milliseconds (p50). */
  median: number;
  /** Nearest-rank 99th percentile: the slowest sample when there are fewer than 100. */
  p99: number | null;
  samples: number;
}

/** What a row promises: subject ÷ floor at most `ratio`, or the subject's p50 at most `ms`. */
export type Goal = { ratio: number } | { ms: number };

export interface CaseRow {
  title: string;
  size: string;
  subject: Measured;
  floor: Measured;
  floorLabel: string;
  goal?: Goal;
  /** Why a goal is out of reach, with the measured cost that stands in the way. */
  note?: string;
}

/** One line of the scale table: the same village at a growing ledger. */
export interface ScaleRow {
  entries: number;
  redemptionP50Ms: number;
  redemptionP99Ms: number;
  monthRankingP50Ms: number;
  townshipDashboardP50Ms: number | null;
  dbSizeMb: number;
  webHostRssMb: number | null;
  openToFirstScreenMs: number | null;
}

export type CaseResult =
  | { status: 'measured'; subject: Measured; floor: Measured; floorLabel: string; size: string; goal?: Goal; note?: string }
  | { status: 'measured'; rows: CaseRow[]; scale?: ScaleRow[] }
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
  p50Ms: number | null;
  p99Ms: number | null;
  samples: number | null;
  floorLabel: string;
  floorP50Ms: number | null;
  floorP99Ms: number | null;
  floorSamples: number | null;
  /** Subject p50 ÷ floor p50, to two decimals, or null. */
  ratio: number | null;
  /** `≤ 2.5×` or `≤ 1000 ms`, or null when the row promises nothing. */
  goal: string | null;
  met: boolean | null;
  note: string;
}

export interface Results {
  machine: string;
  quick: boolean;
  rows: ResultRow[];
  scale: ScaleRow[];
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

export interface Side {
  run: () => unknown;
  /** Untimed preparation before each run (e.g. a fresh copy of an input the run consumes). */
  before?: () => unknown;
}

/**
 * Subject and floor `n` times each, alternating A B B A so neither always goes
 * first, after `warmup` unmeasured rounds of both.
 */
export async function interleave(n: number, subject: Side, floor: Side, warmup = 1): Promise<{ subject: Measured; floor: Measured }> {
  const { subject: s, floors } = await interleaveAll(n, subject, [floor], warmup);
  return { subject: s, floor: floors[0]! };
}

/**
 * One subject against several floors in the same rounds (A B C … then … C B A), so every comparison
 * and every ratio between floors is taken on the same state of the database and the machine.
 */
export async function interleaveAll(n: number, subject: Side, floors: readonly Side[], warmup = 1): Promise<{ subject: Measured; floors: Measured[] }> {
  const sides = [subject, ...floors];
  const times = sides.map(() => [] as number[]);
  for (let i = 0; i < warmup + n; i++) {
    const order = sides.map((_, k) => k);
    if (i % 2 === 1) order.reverse();
    for (const k of order) {
      await sides[k]!.before?.();
      const t0 = performance.now();
      await sides[k]!.run();
      if (i >= warmup) times[k]!.push(performance.now() - t0);
    }
  }
  const [own, ...rest] = times.map(summarize);
  return { subject: own!, floors: rest };
}

export function summarize(times: number[]): Measured {
  const sorted = [...times].sort((a, b) => a - b);
  const rank = (q: number) => sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? 0;
  return { median: rank(0.5), p99: sorted.length > 0 ? rank(0.99) : null, samples: sorted.length };
}

/** Milliseconds to two decimals, as every printed figure. */
export const round = (ms: number) => Math.round(ms * 100) / 100;

/**
 * A missed goal's note from its measured parts: irreducible when the work that may not be skipped, done
 * plainly, already costs more than the goal allows (`ratio` above `goal`); otherwise the rest is named.
 */
export const breakdownNote = (parts: string, ratio: number, goal: number, rest: string) =>
  ratio > goal ? `不可再省的代价：${parts}，已超过目标` : `已测：${parts}；${rest}`;

function goalText(goal: Goal | undefined): string | null {
  if (!goal) return null;
  return 'ratio' in goal ? `≤ ${goal.ratio}×` : `≤ ${goal.ms} ms`;
}

function toResultRow(id: string, r: CaseRow): ResultRow {
  const ratio = r.floor.median > 0 ? Math.round((r.subject.median / r.floor.median) * 100) / 100 : null;
  const met = !r.goal ? null : 'ratio' in r.goal ? ratio !== null && ratio <= r.goal.ratio : r.subject.median <= r.goal.ms;
  return {
    id,
    title: r.title,
    size: r.size,
    p50Ms: round(r.subject.median),
    p99Ms: r.subject.p99 === null ? null : round(r.subject.p99),
    samples: r.subject.samples,
    floorLabel: r.floorLabel,
    floorP50Ms: round(r.floor.median),
    floorP99Ms: r.floor.p99 === null ? null : round(r.floor.p99),
    floorSamples: r.floor.samples,
    ratio,
    goal: goalText(r.goal),
    met,
    note: r.note ?? '',
  };
}

/** A case's rows (one, or several when a case measures one subject against more than one floor) and its scale lines. */
export function toRows(c: BenchCase, r: CaseResult): { rows: ResultRow[]; scale: ScaleRow[] } {
  if (r.status === 'not-landed') {
    const empty = { p50Ms: null, p99Ms: null, samples: null, floorLabel: '', floorP50Ms: null, floorP99Ms: null, floorSamples: null, ratio: null, goal: null, met: null };
    return { rows: [{ id: c.id, title: c.title, size: '', ...empty, note: r.reason }], scale: [] };
  }
  if ('rows' in r) return { rows: r.rows.map((row, i) => toResultRow(i === 0 ? c.id : `${c.id}-${i + 1}`, row)), scale: r.scale ?? [] };
  return { rows: [toResultRow(c.id, { ...r, title: c.title })], scale: [] };
}

const num = (v: number | null, digits = 2) => (v === null ? '—' : v.toLocaleString('en', { maximumFractionDigits: digits }));

export function formatTable(rows: ResultRow[]): string {
  const head = ['项目 / benchmark', '规模 / size', 'p50 ms', 'p99 ms', 'n', '下限 / floor', '下限 p50', '下限 p99', '比值 / ratio', '目标 / goal', ''];
  const body = rows.map((r) => [
    r.title,
    r.size,
    num(r.p50Ms),
    num(r.p99Ms),
    r.samples?.toString() ?? '—',
    r.floorLabel || '—',
    num(r.floorP50Ms),
    num(r.floorP99Ms),
    r.ratio === null ? '—' : `${r.ratio}×`,
    r.goal ?? '—',
    r.met === null ? r.note : `${r.met ? '达到' : '未达到'}${r.note ? `：${r.note}` : ''}`,
  ]);
  return markdown(head, body);
}

export function formatScale(scale: ScaleRow[]): string {
  const head = ['积分记录 / entries', '兑换 p50 ms', '兑换 p99 ms', '月度排名 p50 ms', '乡镇汇总页 p50 ms', '数据库 MB', '网页版内存 RSS MB', '打开到首屏 ms'];
  const body = scale.map((s) => [
    s.entries.toLocaleString('en'),
    num(s.redemptionP50Ms),
    num(s.redemptionP99Ms),
    num(s.monthRankingP50Ms),
    num(s.townshipDashboardP50Ms),
    num(s.dbSizeMb, 0),
    num(s.webHostRssMb, 0),
    num(s.openToFirstScreenMs, 0),
  ]);
  return markdown(head, body);
}

function markdown(head: string[], body: string[][]): string {
  const lines = [head, ...body].map((cols) => `| ${cols.map((c) => c.replaceAll('|', '\\|')).join(' | ')} |`);
  lines.splice(1, 0, `| ${head.map(() => '---').join(' | ')} |`);
  return lines.join('\n');
}
