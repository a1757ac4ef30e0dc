import type { BenchCase } from '../harness.js';
import { coldStart } from './cold-start.js';
import { rosterImport } from './roster-import.js';
import { redemption } from './redemption.js';
import { ledgerBatch } from './ledger-batch.js';
import { monthRanking } from './month-ranking.js';

const notLanded = (id: string, title: string, reason: string): BenchCase => ({
  id,
  title,
  run: async () => ({ status: 'not-landed', reason }),
});

/** Every row of `npm run bench`, in the order the issue lists them. */
export const cases: BenchCase[] = [
  ledgerBatch,
  redemption,
  monthRanking,
  notLanded('publication-pdf', '1,000 户月公示 PDF / monthly publication PDF', 'publications not landed yet'),
  rosterImport,
  notLanded('township', '导出包与乡镇导入 80 村 / export package and township import of 80 villages', 'township transfer not landed yet'),
  coldStart,
];
