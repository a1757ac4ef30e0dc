import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without types
import { bindingKey, ensureElectronBinding } from '../../scripts/native-binding.mjs';
import { tempDir } from '../helpers.js';

interface RebuildCall {
  buildDir: string;
  moduleDir: string;
  electronVersion: string;
}

/** A project folder whose node_modules/better-sqlite3 is a copy we can watch, never the shared one. */
function fakeProject(sqliteVersion = '12.11.1') {
  const root = tempDir('cunji-native-');
  const mod = join(root, 'node_modules/better-sqlite3');
  mkdirSync(join(mod, 'build/Release'), { recursive: true });
  writeFileSync(join(mod, 'package.json'), JSON.stringify({ name: 'better-sqlite3', version: sqliteVersion }));
  writeFileSync(join(mod, 'binding.gyp'), '{}');
  writeFileSync(join(mod, 'build/Release/better_sqlite3.node'), 'NODE-ABI');
  mkdirSync(join(root, 'node_modules/electron'), { recursive: true });
  writeFileSync(join(root, 'node_modules/electron/package.json'), JSON.stringify({ version: '45.5.0' }));
  return { root, nodeBinary: join(mod, 'build/Release/better_sqlite3.node') };
}

/** Stands in for @electron/rebuild: "compiles" the copy it is given. */
function recordingRebuild(calls: RebuildCall[]) {
  return async (job: RebuildCall) => {
    calls.push(job);
    expect(existsSync(join(job.moduleDir, 'build')), 'the Node build must not be copied').toBe(false);
    mkdirSync(join(job.moduleDir, 'build/Release'), { recursive: true });
    writeFileSync(join(job.moduleDir, 'build/Release/better_sqlite3.node'), `ELECTRON-ABI ${job.electronVersion}`);
  };
}

describe('npm start’s native step: one better-sqlite3 binding per runtime, side by side', () => {
  it('builds a missing Electron binding into native/electron-<version>-<platform>-<arch>/, leaving node_modules alone', async () => {
    const { root, nodeBinary } = fakeProject();
    const calls: RebuildCall[] = [];
    const lines: string[] = [];
    const result = await ensureElectronBinding({ root, platform: 'linux', arch: 'x64', rebuild: recordingRebuild(calls), log: (l: string) => lines.push(l) });
    const target = join(root, 'native', 'electron-45.5.0-linux-x64', 'better_sqlite3.node');
    expect(result).toEqual({ status: 'built', path: target });
    expect(readFileSync(target, 'utf8')).toBe('ELECTRON-ABI 45.5.0');
    expect(readFileSync(nodeBinary, 'utf8')).toBe('NODE-ABI');
    expect(calls).toHaveLength(1);
    expect(calls[0]!.moduleDir.startsWith(join(root, 'native'))).toBe(true);
    // the scratch copy is gone afterwards
    expect(existsSync(calls[0]!.buildDir)).toBe(false);
    expect(lines.join('\n')).toMatch(/首次启动：正在为桌面程序（Electron 45\.5\.0）编译数据库组件/);
    expect(lines.join('\n')).toMatch(/Building the SQLite binding for Electron 45\.5\.0 \(missing\)/);
    expect(lines.at(-1)).toMatch(/数据库组件编译完成/);
  });

  it('reuses a current binding without rebuilding, and rebuilds when Electron or better-sqlite3 changed', async () => {
    const { root } = fakeProject();
    const calls: RebuildCall[] = [];
    const opts = { root, platform: 'linux', arch: 'x64', rebuild: recordingRebuild(calls), log: () => {} };
    await ensureElectronBinding(opts);
    expect((await ensureElectronBinding(opts)).status).toBe('fresh');
    expect(calls).toHaveLength(1);
    // a newer Electron gets its own folder; the old one stays for the old version
    const lines: string[] = [];
    const next = await ensureElectronBinding({ ...opts, electronVersion: '46.0.0', log: (l: string) => lines.push(l) });
    expect(next.path).toBe(join(root, 'native', 'electron-46.0.0-linux-x64', 'better_sqlite3.node'));
    expect(calls).toHaveLength(2);
    // better-sqlite3 upgraded by npm install: same folder, stale stamp, rebuilt
    writeFileSync(join(root, 'node_modules/better-sqlite3/package.json'), JSON.stringify({ name: 'better-sqlite3', version: '12.12.0' }));
    const stale: string[] = [];
    expect((await ensureElectronBinding({ ...opts, log: (l: string) => stale.push(l) })).status).toBe('built');
    expect(stale.join('\n')).toMatch(/数据库组件已过期.*\n.*\(stale\)/);
    expect(calls).toHaveLength(3);
  });

  it('keeps no binding and no stamp when the rebuild fails, so the next start tries again', async () => {
    const { root } = fakeProject();
    const failing = async () => {
      throw new Error('无法下载 Electron 头文件');
    };
    await expect(ensureElectronBinding({ root, platform: 'linux', arch: 'x64', rebuild: failing, log: () => {} })).rejects.toThrow(/头文件/);
    expect(existsSync(join(root, 'native', 'electron-45.5.0-linux-x64', 'better_sqlite3.node'))).toBe(false);
    expect(existsSync(join(root, 'native', 'electron-45.5.0-linux-x64', 'stamp.json'))).toBe(false);
  });

  it('names one folder per Electron version, platform and architecture (the shell builds the same name)', () => {
    expect(bindingKey('45.5.0', 'win32', 'x64')).toBe('electron-45.5.0-win32-x64');
    expect(bindingKey('45.5.0', 'linux', 'arm64')).toBe('electron-45.5.0-linux-arm64');
  });
});
