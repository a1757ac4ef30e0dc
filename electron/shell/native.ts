import { join } from 'node:path';

/**
 * Where this Electron's better-sqlite3 binary lives. `npm start` and `npm run dist`
 * build it with scripts/native-binding.mjs into `native/<key>/` (same key format);
 * an installed app carries it unpacked beside app.asar, since a native module
 * cannot load from inside the archive.
 */
export function electronBindingPath(appPath: string, packaged: boolean): string {
  const key = `electron-${process.versions.electron}-${process.platform}-${process.arch}`;
  const base = packaged ? appPath.replace(/\.asar$/, '.asar.unpacked') : appPath;
  return join(base, 'native', key, 'better_sqlite3.node');
}
