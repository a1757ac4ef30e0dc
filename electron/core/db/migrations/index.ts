import { foundation } from './001-foundation.js';
import { ledger } from './002-ledger.js';
import { audit } from './003-audit.js';
import { shop } from './004-shop.js';
import { publications } from './005-publications.js';
import { dividends } from './006-dividends.js';
import { township } from './007-township.js';
import { integrity } from './008-integrity.js';
import { cadre } from './009-cadre.js';
import { dates } from './011-dates.js';
import { usability } from './012-usability.js';
import { townshipRhythm } from './013-township-rhythm.js';
import { households } from './016-households.js';
import { capReads } from './017-cap-reads.js';
import type { Migration } from './types.js';

/** Every schema version in order; append only — never edit a released migration. */
export const migrations: readonly Migration[] = [
  foundation,
  ledger,
  audit,
  shop,
  publications,
  dividends,
  township,
  integrity,
  cadre,
  dates,
  usability,
  townshipRhythm,
  households,
  capReads,
];

export const LATEST_VERSION = migrations.length === 0 ? 0 : (migrations[migrations.length - 1] as Migration).version;
