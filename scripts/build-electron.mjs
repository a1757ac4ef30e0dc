// Bundles the Electron main process and preload. Dependencies stay external
// (native better-sqlite3 is rebuilt for Electron by electron-builder); the
// preload is CommonJS because sandboxed preloads cannot load ES modules.
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node22', sourcemap: true, logLevel: 'info' };
await build({
  ...common,
  entryPoints: ['electron/main.ts'],
  outfile: 'dist-electron/main.cjs',
  format: 'cjs',
  packages: 'external',
  define: { 'import.meta.dirname': '__dirname' },
});
await build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist-electron/preload.cjs', format: 'cjs', external: ['electron'] });
