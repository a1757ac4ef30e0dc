import type { BenchCase } from '../harness.js';
import { coldStart } from './cold-start.js';
import { publicationPdf } from './publication-pdf.js';
import { rosterImport } from './roster-import.js';
import { redemption } from './redemption.js';
import { townshipCase } from './township.js';

const notLanded = (id: string, title: string, reason: string): BenchCase => ({
  id,
  title,
  run: async () => ({ status: 'not-landed', reason }),
});

/** Every row of `npm run bench`, in the order the issue lists them. */
export const cases: BenchCase[] = [
  notLanded('ledger-batch', '批量记分 1,000 条 / record one batch of 1,000 entries', 'ledger not landed yet'),
  redemption,
  notLanded('month-ranking', '1,000 户月度积分与排名 / month balances and ranking', 'ledger not landed yet'),
  publicationPdf,
  rosterImport,
  townshipCase,
  coldStart,
];
