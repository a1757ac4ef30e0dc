import type { BenchCase } from '../harness.js';
import { coldStart } from './cold-start.js';
import { publicationPdf } from './publication-pdf.js';
import { rosterImport } from './roster-import.js';
import { redemption } from './redemption.js';
import { townshipCase } from './township.js';
import { townshipDashboard } from './township-dashboard.js';
import { ledgerBatch } from './ledger-batch.js';
import { monthRanking } from './month-ranking.js';

/** Every row of `npm run bench`, in the order the issue lists them. */
export const cases: BenchCase[] = [
  ledgerBatch,
  redemption,
  monthRanking,
  publicationPdf,
  rosterImport,
  townshipCase,
  townshipDashboard,
  coldStart,
];
