import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FullConfig, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/**
 * Prints the five slowest tests and writes them to test-artifacts/slowest.txt,
 * so a run on a busy machine (`.ci/run`'s load check) shows how close each came to its timeout.
 */
export default class SlowestReporter implements Reporter {
  private readonly runs: { title: string; ms: number; status: string }[] = [];
  private timeout = 0;

  onBegin(config: FullConfig): void {
    this.timeout = config.projects[0]?.timeout ?? 0;
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    const [, project, ...path] = test.titlePath();
    this.runs.push({ title: `[${project}] ${path.join(' › ')}`, ms: result.duration, status: result.status });
  }

  onEnd(): void {
    const top = [...this.runs].sort((a, b) => b.ms - a.ms).slice(0, 5);
    const lines = top.map((r) => `${String(r.ms).padStart(7)} ms  ${r.status.padEnd(8)} ${r.title}`);
    const text = `Slowest e2e tests (timeout ${this.timeout} ms each):\n${lines.join('\n')}\n`;
    process.stdout.write(`\n${text}`);
    const dir = resolve('test-artifacts');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'slowest.txt'), text);
  }
}
