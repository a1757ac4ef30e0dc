import type { z } from 'zod';
import { mergeContracts, type Endpoint } from './endpoint.js';
import { checklistApi } from './checklist.js';
import { dividendApi } from './dividend.js';
import { ledgerApi } from './ledger.js';
import { auditApi } from './audit.js';
import { backupApi } from './backup.js';
import { operatorsApi } from './operators.js';
import { prefsApi } from './prefs.js';
import { publicationsApi } from './publications.js';
import { rosterApi } from './roster.js';
import { shopApi } from './shop.js';
import { statsApi } from './stats.js';
import { systemApi } from './system.js';
import { townshipApi } from './township.js';
import { transferApi } from './transfer.js';

/**
 * The whole API: one map from method name to input schema, access and result
 * type. Both transports serve exactly this map; the renderer's client derives
 * its types from it, so renaming a method breaks the build, not the app.
 */
export const api = mergeContracts(
  systemApi,
  rosterApi,
  checklistApi,
  ledgerApi,
  operatorsApi,
  auditApi,
  backupApi,
  publicationsApi,
  shopApi,
  transferApi,
  townshipApi,
  dividendApi,
  statsApi,
  prefsApi,
);

export type Api = typeof api;
export type Method = keyof Api & string;
export type Input<K extends Method> = z.input<Api[K]['input']>;
export type ParsedInput<K extends Method> = z.output<Api[K]['input']>;
export type Output<K extends Method> = Api[K] extends Endpoint<z.ZodType, infer O> ? O : never;

export type { ApiError, ApiResult, FileResult } from './result.js';
export type { Role, Access, Mode } from './endpoint.js';
