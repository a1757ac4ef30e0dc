import { join } from 'node:path';
import { Core, type CoreOptions } from './api/dispatcher.js';
import { DB_FILE_NAME, openDatabase } from './db/connection.js';
import { handlers } from './handlers.js';

/** Opens the data folder's database and returns the core both transports serve. */
export function createCore(options: CoreOptions): Core {
  const db = openDatabase(join(options.dataDir, DB_FILE_NAME), { quickCheck: options.deferIntegrityCheck ? 'later' : 'now' });
  return new Core(db, handlers, options);
}
