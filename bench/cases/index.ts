import type { BenchCase } from '../harness.js';
import { coldStart } from './cold-start.js';
import { rosterImport } from './roster-import.js';
import { townshipCase } from './township.js';

const notLanded = (id: string, title: string, reason: string): BenchCase => ({
  id,
  title,
  run: async () => ({ status: 'not-landed', reason }),
});

/** Every row of `npm run bench`, in the order the issue lists them. */
export const cases: BenchCase[] = [
  notLanded('ledger-batch', '批量记分 1,000 条 / record one batch of 1,000 entries', 'ledger not landed yet'),
  notLanded('redemption', '单次兑换 p50/p99（≥100 万条积分记录）/ one redemption at ≥1M ledger rows', 'supermarket not landed yet'),
  notLanded('month-ranking', '1,000 户月度积分与排名 / month balances and ranking', 'ledger not landed yet'),
  notLanded('publication-pdf', '1,000 户月公示 PDF / monthly publication PDF', 'publications not landed yet'),
  rosterImport,
  townshipCase,
  coldStart,
];
