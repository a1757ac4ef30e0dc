import type { HandlerMap } from './api/dispatcher.js';
import { publicationsHandlers } from './publications/handlers.js';
import { rosterHandlers } from './roster/handlers.js';
import { systemHandlers } from './village/handlers.js';

/** Every domain's handlers; the type makes a missing or extra method a build error. */
export const handlers: HandlerMap = {
  ...systemHandlers,
  ...rosterHandlers,
  ...publicationsHandlers,
};
