import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// the matcher electron-builder itself applies to `files`, `asarUnpack` and filters
const { minimatch } = createRequire(createRequire(import.meta.url).resolve('app-builder-lib'))('minimatch') as { minimatch: (path: string, pattern: string) => boolean };

/** The loader turns `files: [..]` into `[{ filter: [..] }]`. */
const patternsOf = (files: unknown) => (files as (string | { filter: string[] })[]).flatMap((f) => (typeof f === 'string' ? [f] : f.filter));

/** The installer config as electron-builder itself loads and validates it (building needs internet; this does not). */
async function loadConfig() {
  const config = await getConfig(process.cwd(), 'electron-builder.yml', null);
  await validateConfiguration(config, new DebugLogger(false));
  return config;
}

const targetsOf = (t: unknown) => (t as { target: string; arch: string[] }[]).map((x) => `${x.target}:${x.arch.join(',')}`);

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own schema and names the app in Chinese', async () => {
    const c = await loadConfig();
    expect(c.productName).toBe('村级清单积分管理系统');
    expect(c.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/);
  });

  it('sets every hardening fuse', async () => {
    expect((await loadConfig()).electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
    });
  });

  it('builds NSIS (zh-CN, folder choice, desktop shortcut) and portable for Windows x64, AppImage and deb for Linux', async () => {
    const c = await loadConfig();
    expect(targetsOf(c.win?.target)).toEqual(['nsis:x64', 'portable:x64']);
    expect(targetsOf(c.linux?.target)).toEqual(['AppImage:x64', 'deb:x64']);
    expect(c.nsis).toMatchObject({ oneClick: false, allowToChangeInstallationDirectory: true, createDesktopShortcut: true, installerLanguages: ['zh_CN'], language: '2052' });
  });

  it('packages Electron’s own SQLite binding unpacked and never rebuilds node_modules', async () => {
    const c = await loadConfig();
    expect(c.asar).toBe(true);
    // rebuilding node_modules for Electron would break `npm test` and `npm run web` afterwards
    expect(c.npmRebuild).toBe(false);
    const binding = 'native/electron-45.5.0-win32-x64/better_sqlite3.node';
    const files = patternsOf(c.files).filter((f) => !f.startsWith('!'));
    expect(files.some((f) => minimatch(binding, f)), 'files include the binding').toBe(true);
    expect(patternsOf(c.asarUnpack).some((f) => minimatch(binding, f)), 'asarUnpack covers the binding').toBe(true);
    for (const built of ['dist/renderer/**', 'dist-electron/**']) expect(files).toContain(built);
    expect(c.fileAssociations).toEqual([expect.objectContaining({ ext: 'cunji' })]);
  });

  it('ships the PDF fonts and the checklist templates as resources', async () => {
    const extra = (await loadConfig()).extraResources as { from: string; to: string; filter: string[] }[];
    const shipped = (file: string) => extra.some((e) => file.startsWith(`${e.from}/`) && e.filter.some((f) => minimatch(file.slice(e.from.length + 1), f)));
    expect(shipped('resources/fonts/NotoSansSC-Regular.otf')).toBe(true);
    expect(shipped('resources/fonts/LICENSE-NotoSansSC.txt')).toBe(true);
    for (const template of readdirSync('resources/checklists').filter((f) => f.endsWith('.json'))) expect(shipped(`resources/checklists/${template}`), template).toBe(true);
    expect(shipped('resources/checklists/README.md')).toBe(false);
    // where electron/core/pdf/fonts.ts looks in the installed app
    expect(extra.find((e) => e.from === 'resources/fonts')?.to).toBe('resources/fonts');
  });

  it('has the deb metadata a Linux build needs: homepage and maintainer with e-mail', async () => {
    const c = await loadConfig();
    const meta = c.extraMetadata as { homepage?: string; author?: { name?: string; email?: string } };
    expect(meta.homepage).toMatch(/^https:\/\/\S+$/);
    expect(meta.author?.email).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/);
    expect(c.linux?.maintainer).toMatch(/^.+ <[^@\s]+@[^@\s]+>$/);
  });
});
