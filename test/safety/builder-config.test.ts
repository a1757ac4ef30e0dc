import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';

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

  it('unpacks and rebuilds the native SQLite module, ships resources and opens .cunji files', async () => {
    const c = await loadConfig();
    expect(c.asar).toBe(true);
    expect(c.asarUnpack).toContain('**/node_modules/better-sqlite3/**');
    expect(c.npmRebuild).toBe(true);
    expect(c.extraResources).toEqual([expect.objectContaining({ from: 'resources', to: 'resources' })]);
    expect(c.fileAssociations).toEqual([expect.objectContaining({ ext: 'cunji' })]);
    for (const built of ['dist/renderer/**', 'dist-electron/**']) expect(JSON.stringify(c.files)).toContain(built);
  });
});
