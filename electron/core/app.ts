import { join } from 'node:path';
import { Core, type CoreOptions } from './api/dispatcher.js';
import { removeLeftovers } from './backup/leftovers.js';
import { DB_FILE_NAME, openDatabase } from './db/connection.js';
import { handlers } from './handlers.js';

/** Clears what a killed backup/export left, opens the data folder's database and returns the core both transports serve. */
export function createCore(options: CoreOptions): Core {
  removeLeftovers(options.dataDir);
  const db = openDatabase(join(options.dataDir, DB_FILE_NAME));
  return new Core(db, handlers, options);
}
