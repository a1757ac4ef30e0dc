// Runs every bench/*.bench.ts (each exports `run(): Promise<Record<string, number | string>>`)
// and writes the figures to bench/results.json. Speed lives here, never in a timed test.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = import.meta.dirname;
const results: Record<string, Record<string, number | string>> = {};
for (const file of readdirSync(dir).filter((f) => f.endsWith('.bench.ts')).sort()) {
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { run(): Promise<Record<string, number | string>> };
  const figures = await mod.run();
  results[file.replace(/\.bench\.ts$/, '')] = figures;
  console.log(file, figures);
}
writeFileSync(join(dir, 'results.json'), `${JSON.stringify({ at: new Date().toISOString(), results }, null, 2)}\n`);
