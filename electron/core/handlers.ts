import type { HandlerMap } from './api/dispatcher.js';
import { checklistHandlers } from './checklist/handlers.js';
import { dividendHandlers } from './dividend/handlers.js';
import { ledgerHandlers } from './ledger/handlers.js';
import { prefsHandlers } from './prefs/handlers.js';
import { publicationsHandlers } from './publications/handlers.js';
import { rosterHandlers } from './roster/handlers.js';
import { auditHandlers } from './audit/handlers.js';
import { backupHandlers } from './backup/handlers.js';
import { operatorHandlers } from './operators/handlers.js';
import { shopHandlers } from './shop/handlers.js';
import { statsHandlers } from './stats/handlers.js';
import { systemHandlers } from './village/handlers.js';
import { townshipHandlers } from './township/handlers.js';
import { transferHandlers } from './transfer/handlers.js';

/** Every domain's handlers; the type makes a missing or extra method a build error. */
export const handlers: HandlerMap = {
  ...systemHandlers,
  ...rosterHandlers,
  ...checklistHandlers,
  ...ledgerHandlers,
  ...operatorHandlers,
  ...auditHandlers,
  ...backupHandlers,
  ...publicationsHandlers,
  ...shopHandlers,
  ...transferHandlers,
  ...townshipHandlers,
  ...dividendHandlers,
  ...statsHandlers,
  ...prefsHandlers,
};
