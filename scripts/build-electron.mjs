// Bundles the Electron main process and preload. Dependencies stay external:
// better-sqlite3 loads the Electron build of its binary through `nativeBinding`
// (scripts/native-binding.mjs), never a rebuilt node_modules. The preload is
// CommonJS because sandboxed preloads cannot load ES modules.
// test/shell/startup.test.ts builds with the same function into its own folder.
import { build } from 'esbuild';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export async function buildElectron(outDir = 'dist-electron', logLevel = 'info') {
  const common = { bundle: true, platform: 'node', target: 'node22', sourcemap: true, logLevel };
  await build({
    ...common,
    entryPoints: ['electron/main.ts'],
    outfile: join(outDir, 'main.cjs'),
    format: 'cjs',
    packages: 'external',
    define: { 'import.meta.dirname': '__dirname' },
  });
  await build({ ...common, entryPoints: ['electron/preload.ts'], outfile: join(outDir, 'preload.cjs'), format: 'cjs', external: ['electron'] });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await buildElectron();
