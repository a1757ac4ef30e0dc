/**
 * The desktop shell's start-up, run under plain Node: dist-electron/main.cjs is
 * built exactly as `npm run build:electron` builds it, then loaded with the
 * `electron` module resolved to test/shell/electron-stub (for require() and for
 * import(), which electron-store uses). The stub records what the shell asks of
 * Electron; the core underneath is the real one on a real SQLite file.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import Module, { createRequire, register } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createCore } from '../../electron/core/app.js';
import { createBackup, backupsDir } from '../../electron/core/backup/store.js';
import { frozenClock, tempDir } from '../helpers.js';
// @ts-expect-error: a plain .mjs build script without types
import { buildElectron } from '../../scripts/build-electron.mjs';

const require = createRequire(import.meta.url);
const STUB = resolve('test/shell/electron-stub/index.cjs');
const OUT = resolve('test-artifacts/shell-startup/dist-electron');
const MAIN = join(OUT, 'main.cjs');
const ELECTRON_VERSION = '45.5.0';

interface Call {
  name: string;
  args: unknown[];
}
interface StubWindow {
  options: Record<string, unknown> & { webPreferences: Record<string, unknown> };
  webContents: { id: number };
  close(): void;
  maximized: boolean;
}
interface Stub {
  state: {
    gotLock: boolean;
    userData: string;
    appPath: string;
    isPackaged: boolean;
    messageBoxResponse: number;
    calls: Call[];
    windows: StubWindow[];
    ipc: Map<string, (event: unknown, ...args: unknown[]) => unknown>;
    protocolHandlers: Map<string, (request: Request) => Promise<Response>>;
    privilegedSchemes: { scheme: string; privileges: Record<string, boolean> }[];
    menu: { items: { label: string }[] } | undefined;
  };
  emitReady(): void;
  resetStub(): void;
}
const stub = (require(STUB) as { __stub: Stub }).__stub;

beforeAll(async () => {
  await buildElectron(OUT, 'silent');
  // require('electron') from the bundle …
  const original = (Module as unknown as { _resolveFilename: (r: string, ...rest: unknown[]) => string })._resolveFilename;
  (Module as unknown as { _resolveFilename: typeof original })._resolveFilename = function (request, ...rest) {
    return request === 'electron' ? STUB : original.call(this, request, ...rest);
  };
  // … and `import electron from 'electron'` inside electron-store
  const hook = `export async function resolve(s, c, next) { return s === 'electron' ? { url: ${JSON.stringify(pathToFileURL(STUB).href)}, shortCircuit: true } : next(s, c); }`;
  register(`data:text/javascript,${encodeURIComponent(hook)}`);
  Object.defineProperty(process.versions, 'electron', { value: ELECTRON_VERSION, configurable: true });
});

const bindingDir = (appPath: string) => join(appPath, 'native', `electron-${ELECTRON_VERSION}-${process.platform}-${process.arch}`);

/** An app folder as `npm start` leaves it: built renderer and the Electron binding (here a copy of Node's, so it loads). */
function appFolder(withBinding = true) {
  const appPath = tempDir('cunji-app-');
  mkdirSync(join(appPath, 'dist/renderer'), { recursive: true });
  writeFileSync(join(appPath, 'dist/renderer/index.html'), '<!doctype html><title>村级清单积分管理系统</title>');
  if (withBinding) {
    mkdirSync(bindingDir(appPath), { recursive: true });
    copyFileSync(require.resolve('better-sqlite3/build/Release/better_sqlite3.node'), join(bindingDir(appPath), 'better_sqlite3.node'));
  }
  return appPath;
}

/** Loads main.cjs afresh, as Electron does at launch, and fires 'ready'. */
async function launch(opts: { appPath?: string; userData?: string; gotLock?: boolean; messageBoxResponse?: number } = {}) {
  stub.resetStub();
  const { state } = stub;
  state.appPath = opts.appPath ?? appFolder();
  state.userData = opts.userData ?? tempDir('cunji-userdata-');
  state.gotLock = opts.gotLock ?? true;
  state.messageBoxResponse = opts.messageBoxResponse ?? 0;
  delete require.cache[MAIN];
  require(MAIN);
  stub.emitReady();
  await vi.waitFor(() => expect(state.windows.length > 0 || state.calls.some((c) => c.name === 'quit')).toBe(true), { timeout: 60_000, interval: 20 });
  return state;
}

const called = (name: string) => stub.state.calls.filter((c) => c.name === name);

/** The IPC event Electron would pass for a frame at `url`. */
function ipcEvent(url: string, opts: { subframe?: boolean; sender?: unknown } = {}) {
  const win = stub.state.windows[0];
  return { senderFrame: { url, parent: opts.subframe ? {} : null }, sender: opts.sender ?? win?.webContents ?? { id: 99 } };
}

/**
 * Waits for the deferred quick_check (a reopened file is checked in a worker thread
 * after the window opens) before closing, as the check is done with the folder only then:
 * a worker still opening the file while the test deletes the folder makes its -wal/-shm there.
 */
async function closeAll() {
  const invoke = stub.state.ipc.get('cunji:invoke');
  if (invoke) {
    await vi.waitFor(async () => expect(await invoke(ipcEvent('app://cunji/index.html'), 'system.status', {})).toMatchObject({ ok: true, value: { integrity: 'ok' } }), {
      timeout: 60_000,
      interval: 20,
    });
  }
  for (const w of [...stub.state.windows]) w.close();
}

describe('Electron shell start-up under a stubbed electron module', () => {
  it('a second copy of the program only hands over to the first: lock refused → quit, no window, no database', async () => {
    const userData = tempDir('cunji-userdata-');
    const state = await launch({ userData, gotLock: false });
    expect(called('requestSingleInstanceLock')).toHaveLength(1);
    expect(called('quit')).toHaveLength(1);
    expect(state.windows).toHaveLength(0);
    expect(state.ipc.size).toBe(0);
    expect(existsSync(join(userData, 'cunji.sqlite'))).toBe(false);
  });

  it('opens one locked-down window with Electron’s own SQLite binding and a Chinese menu', async () => {
    const appPath = appFolder();
    const state = await launch({ appPath });
    expect(called('enableSandbox')).toHaveLength(1);
    const [win] = state.windows;
    expect(win!.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false, webviewTag: false });
    expect(win!.options.webPreferences.preload).toBe(join(OUT, 'preload.cjs'));
    expect(win!.options).toMatchObject({ width: 1280, height: 800, title: '村级清单积分管理系统' });
    expect(called('loadURL').map((c) => c.args[0])).toEqual(['app://cunji/index.html']);
    // the binary in native/electron-<version>-<platform>-<arch>/ is the one loaded, not node_modules'
    const binding = join(bindingDir(appPath), 'better_sqlite3.node');
    expect(Object.keys(require.cache)).toContain(binding);
    expect(state.menu?.items.map((i) => i.label)).toEqual(['文件', '编辑', '视图', '窗口', '帮助']);
    await closeAll();
  });

  it('serves app:// from the renderer folder only, with its CSP, and refuses everything else', async () => {
    const state = await launch();
    expect(state.privilegedSchemes).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    const serve = state.protocolHandlers.get('app')!;
    const ok = await serve(new Request('app://cunji/index.html'));
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('村级清单积分管理系统');
    expect(ok.headers.get('Content-Security-Policy')).toMatch(/default-src 'self'/);
    // PDFs are drawn by pdf.js (worker from the app itself): no plugin, no embedded frames
    expect(ok.headers.get('Content-Security-Policy')).toMatch(/worker-src 'self'; frame-src 'none'; object-src 'none'/);
    for (const evil of ['app://cunji/%2e%2e/%2e%2e/package.json', 'app://cunji/..%2f..%2fpackage.json', 'app://cunji/a%00.js']) {
      expect((await serve(new Request(evil))).status, evil).toBe(404);
    }
    expect((await serve(new Request('app://cunji/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
    await closeAll();
  });

  it('answers IPC only for its own top-level page', async () => {
    const state = await launch();
    const invoke = state.ipc.get('cunji:invoke')!;
    expect(await invoke(ipcEvent('app://cunji/index.html'), 'system.status', {})).toMatchObject({ ok: true, value: { state: 'setup' } });
    const refused = { ok: false, error: { code: 'FORBIDDEN', message: '拒绝访问' } };
    expect(await invoke(ipcEvent('https://evil.example/'), 'system.status', {})).toEqual(refused);
    expect(await invoke(ipcEvent('app://cunji/index.html', { subframe: true }), 'system.status', {})).toEqual(refused);
    expect(await invoke(ipcEvent('app://cunji.evil/'), 'system.status', {})).toEqual(refused);
    expect(await invoke(ipcEvent('app://cunji/index.html'), 42, {})).toEqual(refused);
    expect(await state.ipc.get('cunji:print')!(ipcEvent('https://evil.example/'), { kind: 'document', landscape: false })).toEqual({ ok: false, message: '拒绝访问' });
    expect(called('print')).toHaveLength(0);
    await closeAll();
  });

  it('prints with the printer and paper stored for this PC; receipts go silently to the receipt printer', async () => {
    const userData = tempDir('cunji-userdata-');
    writeFileSync(join(userData, 'prefs.json'), JSON.stringify({ printer: '办公室 HP LaserJet', paperSize: 'A3', receiptPrinter: 'XP-58' }));
    const state = await launch({ userData });
    const print = state.ipc.get('cunji:print')!;
    expect(await print(ipcEvent('app://cunji/index.html'), { kind: 'document', landscape: true })).toEqual({ ok: true });
    expect(called('print')[0]!.args[0]).toMatchObject({ silent: false, deviceName: '办公室 HP LaserJet', pageSize: 'A3', landscape: true });
    await print(ipcEvent('app://cunji/index.html'), { kind: 'receipt', landscape: false });
    expect(called('print')[1]!.args[0]).toMatchObject({ silent: true, deviceName: 'XP-58' });
    // a change of printer applies to the next print without a restart
    writeFileSync(join(userData, 'prefs.json'), JSON.stringify({ printer: '二楼打印机', paperSize: 'A4' }));
    await print(ipcEvent('app://cunji/index.html'), { kind: 'receipt', landscape: false });
    expect(called('print')[2]!.args[0]).toMatchObject({ silent: false, deviceName: '二楼打印机', pageSize: 'A4' });
    await closeAll();
  });

  it('remembers the window’s size and place for the next start', async () => {
    const userData = tempDir('cunji-userdata-');
    const first = await launch({ userData });
    const win = first.windows[0] as unknown as { setBounds(b: object): void; maximize(): void; close(): void };
    win.setBounds({ x: 40, y: 30, width: 1366, height: 700 });
    win.close();
    expect(JSON.parse(readFileSync(join(userData, 'prefs.json'), 'utf8')).window).toEqual({ x: 40, y: 30, width: 1366, height: 700, maximized: false });
    const second = await launch({ userData });
    expect(second.windows[0]!.options).toMatchObject({ x: 40, y: 30, width: 1366, height: 700 });
    await closeAll();
  });

  it('on a damaged database offers the newest verified backup, keeps the damaged file and opens the restored data', async () => {
    const userData = tempDir('cunji-userdata-');
    const core = createCore({ dataDir: userData, clock: frozenClock(), log: () => {} });
    createBackup(core.db, backupsDir(userData), 'manual', new Date('2026-03-15T09:00:00+08:00'));
    core.db.close();
    writeFileSync(join(userData, 'cunji.sqlite'), 'this is not a database, a disk error wrote over it');
    const state = await launch({ userData, messageBoxResponse: 0 });
    const [box] = called('showMessageBoxSync');
    expect(box!.args[0]).toMatchObject({ message: '数据库无法打开', buttons: ['用这个备份恢复', '退出'] });
    expect(String((box!.args[0] as { detail: string }).detail)).toContain('damaged');
    expect(state.windows).toHaveLength(1);
    expect(readdirSync(userData).some((n) => n.startsWith('damaged'))).toBe(true);
    expect(readFileSync(join(userData, 'cunji.sqlite')).subarray(0, 15).toString()).toBe('SQLite format 3');
    await closeAll();
  });

  it('on a damaged database and 退出 quits without touching the file', async () => {
    const userData = tempDir('cunji-userdata-');
    const core = createCore({ dataDir: userData, clock: frozenClock(), log: () => {} });
    createBackup(core.db, backupsDir(userData), 'manual', new Date('2026-03-15T09:00:00+08:00'));
    core.db.close();
    writeFileSync(join(userData, 'cunji.sqlite'), 'garbage');
    const state = await launch({ userData, messageBoxResponse: 1 });
    expect(called('showMessageBoxSync')).toHaveLength(1);
    expect(called('quit')).toHaveLength(1);
    expect(state.windows).toHaveLength(0);
    expect(readFileSync(join(userData, 'cunji.sqlite'), 'utf8')).toBe('garbage');
  });

  it('without the Electron binding says how to get it and quits, never falling back to Node’s binary', async () => {
    const userData = tempDir('cunji-userdata-');
    const state = await launch({ appPath: appFolder(false), userData });
    expect(state.windows).toHaveLength(0);
    expect(String(called('showErrorBox')[0]!.args[1])).toMatch(/缺少桌面版的数据库组件.*\n\n请用 npm start 启动/);
    expect(called('quit')).toHaveLength(1);
    expect(existsSync(join(userData, 'cunji.sqlite'))).toBe(false);
  });
});
