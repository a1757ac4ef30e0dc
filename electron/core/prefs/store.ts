import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { prefsSchema, type Prefs } from '../contract/prefs.js';

/** The web build's preferences file, in its data folder. */
export const PREFS_FILE_NAME = 'prefs.json';

/** Where this PC's preferences live; the shell backs it with electron-store, Node with a JSON file. */
export interface PrefsStore {
  read(): Prefs;
  write(patch: Partial<Prefs>): Prefs;
}

/** Whatever was stored, as valid preferences: unknown keys dropped, damaged values back to defaults. */
export function parsePrefs(raw: unknown): Prefs {
  const value = raw !== null && typeof raw === 'object' ? raw : {};
  return prefsSchema.parse(value);
}

/** A store over any whole-object key/value backend (electron-store's `store` property). */
export function objectPrefsStore(backend: { store: Record<string, unknown> }): PrefsStore {
  return {
    read: () => parsePrefs(backend.store),
    write(patch) {
      const next = parsePrefs({ ...parsePrefs(backend.store), ...patch });
      backend.store = next;
      return next;
    },
  };
}

/** The web build's and the tests' store: one JSON file, replaced by rename so a crash never leaves half a file. */
export function filePrefsStore(file: string): PrefsStore {
  let current: Record<string, unknown> | undefined;
  return objectPrefsStore({
    get store() {
      if (current) return current;
      try {
        current = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
      } catch {
        current = {};
      }
      return current;
    },
    set store(value) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(`${file}.tmp`, JSON.stringify(value, null, 2));
      renameSync(`${file}.tmp`, file);
      current = value;
    },
  });
}
