/**
 * Electron shell: window, lifecycle and the IPC transport of the handler map.
 * Everything else lives in electron/core and runs in plain Node.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, session } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createCore } from './core/app.js';
import type { Core } from './core/api/dispatcher.js';
import { newestVerifiedBackup, recoverFromBackup } from './core/backup/restore.js';
import { backupsDir, scheduledBackup } from './core/backup/store.js';
import { DatabaseOpenError, DB_FILE_NAME } from './core/db/connection.js';
import { useNativeBinding } from './core/db/sqlite.js';
import type { PrefsStore } from './core/prefs/store.js';
import { chineseMenu } from './shell/menu.js';
import { electronBindingPath } from './shell/native.js';
import { openElectronPrefs, rememberExportFolder } from './shell/prefs.js';
import { listPrinters, printPage } from './shell/print.js';
import { registerAppScheme, serveRenderer } from './shell/protocol.js';
import { APP_ORIGIN, isTrustedSender, lockDown, lockDownContents } from './shell/security.js';
import { rememberBounds, restoredBounds } from './shell/window-bounds.js';

const TITLE = '村级清单积分管理系统';

// every renderer sandboxed, whatever its webPreferences say
app.enableSandbox();
registerAppScheme();

/** A `.cunji` transfer package double-clicked in Explorer opens the import screen. */
const wantsImport = (argv: readonly string[]) => argv.some((a) => a.toLowerCase().endsWith('.cunji'));

/**
 * Opens the data; when the file is damaged or foreign, offers the newest
 * verified backup (the damaged file is moved aside, never overwritten).
 */
function openCore(dataDir: string, prefs: PrefsStore): Core | null {
  try {
    return createCore({ dataDir, prefs });
  } catch (error) {
    if (!(error instanceof DatabaseOpenError)) {
      dialog.showErrorBox(TITLE, `无法打开数据：${String(error)}`);
      return null;
    }
    const backup = newestVerifiedBackup(backupsDir(dataDir));
    if (!backup) {
      dialog.showErrorBox(TITLE, `${error.message}\n\n没有找到可用的备份。原数据文件没有改动，请联系技术人员。`);
      return null;
    }
    const choice = dialog.showMessageBoxSync({
      type: 'error',
      title: TITLE,
      message: '数据库无法打开',
      detail: `${error.message}\n\n最新的可用备份：${backup.takenAt}（已通过完整性校验）。\n恢复时，无法打开的原文件会先移到数据目录下的 damaged 文件夹保留，不会被删除。备份之后录入的数据需要重新录入。`,
      buttons: ['用这个备份恢复', '退出'],
      defaultId: 0,
      cancelId: 1,
      noLink: true,
    });
    if (choice !== 0) return null;
    try {
      recoverFromBackup(join(dataDir, DB_FILE_NAME), join(backupsDir(dataDir), backup.name), new Date());
      return createCore({ dataDir, prefs });
    } catch (again) {
      dialog.showErrorBox(TITLE, `恢复没有完成：${again instanceof Error ? again.message : String(again)}`);
      return null;
    }
  }
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let win: BrowserWindow | null = null;
  let core: Core | null = null;
  const dataDir = () => app.getPath('userData');

  const backup = (force: boolean) => {
    if (!core) return;
    try {
      scheduledBackup(core.db, dataDir(), new Date(), force);
    } catch (error) {
      console.error('automatic backup failed', error);
    }
  };

  app.on('web-contents-created', (_event, contents) => lockDownContents(contents));

  app.on('second-instance', (_event, argv) => {
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
    if (wantsImport(argv)) void win.loadURL(`${APP_ORIGIN}/index.html#/township`);
  });

  app.whenReady().then(async () => {
    // Electron's own better-sqlite3 build, never the one in node_modules (that one is Node's)
    const binding = electronBindingPath(app.getAppPath(), app.isPackaged);
    if (!existsSync(binding)) {
      dialog.showErrorBox(
        TITLE,
        app.isPackaged
          ? `程序文件不完整（缺少数据库组件），请重新安装本程序。\n\n${binding}`
          : `缺少桌面版的数据库组件：${binding}\n\n请用 npm start 启动，它会自动编译这个组件。`,
      );
      app.quit();
      return;
    }
    useNativeBinding(binding);
    const prefs = await openElectronPrefs();
    core = openCore(dataDir(), prefs);
    if (!core) {
      app.quit();
      return;
    }
    backup(false);
    // left running overnight, the first check of a new day takes that day's backup
    setInterval(() => backup(false), 60 * 60 * 1000).unref();
    serveRenderer(join(app.getAppPath(), 'dist/renderer'));
    ipcMain.handle('cunji:invoke', (event, method: unknown, input: unknown) => {
      if (!isTrustedSender(event) || typeof method !== 'string' || !core) {
        return { ok: false, error: { code: 'FORBIDDEN', message: '拒绝访问' } };
      }
      return core.invoke(`wc:${event.sender.id}`, method, input);
    });
    // printer and paper are read at each print, so a change in the settings applies at once
    ipcMain.handle('cunji:print', (event, job: unknown) => printPage(event, job, prefs.read()));
    ipcMain.handle('cunji:printers', (event) => listPrinters(event));
    Menu.setApplicationMenu(chineseMenu(TITLE));
    const saved = prefs.read().window;
    win = new BrowserWindow({
      ...restoredBounds(saved),
      minWidth: 1024,
      minHeight: 640,
      title: TITLE,
      show: false,
      webPreferences: {
        preload: join(import.meta.dirname, 'preload.cjs'),
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        navigateOnDragDrop: false,
        spellcheck: false,
        safeDialogs: true,
        devTools: !app.isPackaged,
      },
    });
    lockDown(win, session.defaultSession, app.isPackaged);
    rememberBounds(win, prefs);
    rememberExportFolder(session.defaultSession, prefs);
    win.once('ready-to-show', () => {
      if (saved?.maximized) win?.maximize();
      win?.show();
    });
    void win.loadURL(`${APP_ORIGIN}/index.html${wantsImport(process.argv) ? '#/township' : ''}`);
  });

  app.on('window-all-closed', () => {
    backup(true);
    core?.db.close();
    core = null;
    app.quit();
  });
}
