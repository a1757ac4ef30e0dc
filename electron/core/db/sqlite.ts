import Database from 'better-sqlite3';

/**
 * Which compiled better-sqlite3 binary every connection loads. Plain Node (tests,
 * web host, CLI) uses the one `npm install` built in node_modules; the Electron
 * shell points this at its own build (scripts/native-binding.mjs) before opening
 * anything, so the two runtimes never fight over one file.
 */
let nativeBinding: string | undefined;

export function useNativeBinding(path: string | undefined): void {
  nativeBinding = path;
}

export const nativeBindingPath = (): string | undefined => nativeBinding;

/** Opens a SQLite file with the process's binding. */
export function openSqlite(file: string, options: Database.Options = {}): Database.Database {
  return new Database(file, nativeBinding ? { ...options, nativeBinding } : options);
}
