// A stand-in for the `electron` module, faithful to the parts the shell uses:
// same names, same call shapes, same event flow. It records what the shell does
// so test/shell/startup.test.ts can assert on it under plain Node.
'use strict';
const { EventEmitter } = require('node:events');
const { readFile } = require('node:fs/promises');
const { fileURLToPath } = require('node:url');

const state = {
  /** knobs the test sets before loading main.cjs */
  gotLock: true,
  userData: '',
  appPath: '',
  isPackaged: false,
  messageBoxResponse: 0,
  printResult: { success: true, failureReason: '' },
  printers: [],
  /** what the shell did */
  calls: [],
  windows: [],
  ipc: new Map(),
  protocolHandlers: new Map(),
  privilegedSchemes: [],
  menu: undefined,
  sessionHandlers: {},
};

const record = (name, ...args) => state.calls.push({ name, args });

class WebContents extends EventEmitter {
  static nextId = 1;
  constructor() {
    super();
    this.id = WebContents.nextId++;
    this.url = '';
    this.windowOpenHandler = null;
  }
  setWindowOpenHandler(h) {
    this.windowOpenHandler = h;
  }
  getURL() {
    return this.url;
  }
  print(options, callback) {
    record('print', options);
    setImmediate(() => callback(state.printResult.success, state.printResult.failureReason));
  }
  async getPrintersAsync() {
    return state.printers;
  }
  closeDevTools() {}
}

class BrowserWindow extends EventEmitter {
  constructor(options = {}) {
    super();
    this.options = options;
    this.webContents = new WebContents();
    this.bounds = { x: options.x ?? 0, y: options.y ?? 0, width: options.width ?? 800, height: options.height ?? 600 };
    this.maximized = false;
    this.visible = options.show !== false;
    state.windows.push(this);
    app.emit('web-contents-created', {}, this.webContents);
    app.emit('browser-window-created', {}, this);
  }
  async loadURL(url) {
    this.webContents.url = url;
    record('loadURL', url);
    setImmediate(() => this.emit('ready-to-show'));
  }
  show() {
    this.visible = true;
  }
  focus() {}
  restore() {}
  isMinimized() {
    return false;
  }
  maximize() {
    this.maximized = true;
  }
  isMaximized() {
    return this.maximized;
  }
  getBounds() {
    return { ...this.bounds };
  }
  getNormalBounds() {
    return { ...this.bounds };
  }
  setBounds(b) {
    Object.assign(this.bounds, b);
  }
  /** Like a click on the close box: 'close', then the window is gone. */
  close() {
    this.emit('close', { preventDefault() {} });
    state.windows.splice(state.windows.indexOf(this), 1);
    this.emit('closed');
    if (state.windows.length === 0) app.emit('window-all-closed');
  }
  static getAllWindows() {
    return [...state.windows];
  }
}

const readyWaiters = [];
const app = Object.assign(new EventEmitter(), {
  commandLine: { appendSwitch() {} },
  enableSandbox: () => record('enableSandbox'),
  requestSingleInstanceLock: () => {
    record('requestSingleInstanceLock');
    return state.gotLock;
  },
  quit: () => record('quit'),
  exit: (code) => record('exit', code),
  whenReady: () => new Promise((resolve) => readyWaiters.push(resolve)),
  isReady: () => false,
  getPath: (name) => {
    if (name === 'userData') return state.userData;
    throw new Error(`stub: getPath(${name}) not modelled`);
  },
  getAppPath: () => state.appPath,
  getVersion: () => '0.1.0',
  getName: () => 'cunji',
  get isPackaged() {
    return state.isPackaged;
  },
});

const ipcMain = Object.assign(new EventEmitter(), {
  handle: (channel, fn) => {
    if (state.ipc.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    state.ipc.set(channel, fn);
  },
  removeHandler: (channel) => state.ipc.delete(channel),
});

const dialog = {
  showErrorBox: (title, content) => record('showErrorBox', title, content),
  showMessageBoxSync: (...args) => {
    record('showMessageBoxSync', args.at(-1));
    return state.messageBoxResponse;
  },
  showMessageBox: async (...args) => {
    record('showMessageBox', args.at(-1));
    return { response: 0, checkboxChecked: false };
  },
};

const Menu = {
  buildFromTemplate: (template) => ({ items: template }),
  setApplicationMenu: (menu) => {
    state.menu = menu;
  },
};

const protocol = {
  registerSchemesAsPrivileged: (schemes) => state.privilegedSchemes.push(...schemes),
  handle: (scheme, fn) => state.protocolHandlers.set(scheme, fn),
};

// Electron's net.fetch reads file: URLs; Node's fetch does not
const net = {
  fetch: async (url) => {
    if (!url.startsWith('file:')) return globalThis.fetch(url);
    try {
      return new Response(await readFile(fileURLToPath(url)), { status: 200, headers: { 'Content-Type': 'text/html' } });
    } catch {
      return new Response('', { status: 404 });
    }
  },
};

const defaultSession = Object.assign(new EventEmitter(), {
  setPermissionRequestHandler: (h) => (state.sessionHandlers.permissionRequest = h),
  setPermissionCheckHandler: (h) => (state.sessionHandlers.permissionCheck = h),
  setDevicePermissionHandler: (h) => (state.sessionHandlers.devicePermission = h),
  setDisplayMediaRequestHandler: (h) => (state.sessionHandlers.displayMedia = h),
  webRequest: { onBeforeRequest: (h) => (state.sessionHandlers.beforeRequest = h) },
});
const session = { defaultSession };

const screen = {
  getAllDisplays: () => [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 }, bounds: { x: 0, y: 0, width: 1920, height: 1080 } }],
};

/** Test side: fires app 'ready' the way Electron does once it has started. */
function emitReady() {
  app.emit('ready');
  for (const resolve of readyWaiters.splice(0)) resolve();
}

/** Test side: forgets everything, so main.cjs can be loaded again for the next case. */
function resetStub() {
  Object.assign(state, {
    gotLock: true,
    isPackaged: false,
    messageBoxResponse: 0,
    printResult: { success: true, failureReason: '' },
    printers: [],
    calls: [],
    windows: [],
    menu: undefined,
    privilegedSchemes: [],
    sessionHandlers: {},
  });
  state.ipc.clear();
  state.protocolHandlers.clear();
  readyWaiters.length = 0;
  for (const emitter of [app, ipcMain, defaultSession]) emitter.removeAllListeners();
}

module.exports = { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, screen, session };
/** not part of Electron: the test's handle on the stub */
module.exports.__stub = { state, emitReady, resetStub };
