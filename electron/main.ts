/**
 * Electron shell: window, lifecycle and the IPC transport of the handler map.
 * Everything else lives in electron/core and runs in plain Node.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, session } from 'electron';
import { join } from 'node:path';
import { createCore } from './core/app.js';
import type { Core } from './core/api/dispatcher.js';
import { DatabaseOpenError } from './core/db/connection.js';
import { registerAppScheme, serveRenderer } from './shell/protocol.js';
import { APP_ORIGIN, isTrustedSender, lockDown } from './shell/security.js';

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let win: BrowserWindow | null = null;
  let core: Core | null = null;

  app.on('second-instance', () => {
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });

  app.whenReady().then(() => {
    try {
      core = createCore({ dataDir: app.getPath('userData') });
    } catch (error) {
      const message = error instanceof DatabaseOpenError ? error.message : `无法打开数据：${String(error)}`;
      dialog.showErrorBox('村级清单积分管理系统', message);
      app.quit();
      return;
    }
    serveRenderer(join(app.getAppPath(), 'dist/renderer'));
    ipcMain.handle('cunji:invoke', (event, method: unknown, input: unknown) => {
      if (!isTrustedSender(event) || typeof method !== 'string' || !core) {
        return { ok: false, error: { code: 'FORBIDDEN', message: '拒绝访问' } };
      }
      return core.invoke(`wc:${event.sender.id}`, method, input);
    });
    Menu.setApplicationMenu(null);
    win = new BrowserWindow({
      width: 1280,
      height: 800,
      title: '村级清单积分管理系统',
      show: false,
      webPreferences: {
        preload: join(import.meta.dirname, 'preload.cjs'),
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webviewTag: false,
        devTools: !app.isPackaged,
      },
    });
    lockDown(win, session.defaultSession);
    win.once('ready-to-show', () => win?.show());
    void win.loadURL(`${APP_ORIGIN}/index.html`);
  });

  app.on('window-all-closed', () => {
    core?.db.close();
    app.quit();
  });
}
