// A stand-in for the `electron` module, for running the built main bundle under plain Node in the
// smoke tests. It models the parts the app uses (app lifecycle and paths, windows and their
// webContents, ipcMain, session, safeStorage, shell, dialog, Menu, screen, protocol, net) and records what the app
// did with them in `record`, which boot.mjs reports to the test. Anything it does not model throws
// when called, so the app's use of an unmodelled API shows up as a failure, not as silence; and it
// asserts Electron's order rules (sandbox and privileged schemes before ready, protocol handlers after),
// throwing where real Electron would fail.
import { EventEmitter } from 'node:events';
import { mkdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const record = {
  windows: [],
  handlers: new Map(),
  listeners: [],
  menuTemplate: null,
  opened: [],
  dialogs: [],
  headerHooks: [],
  permissionRequest: null,
  permissionCheck: null,
  quitEvents: [],
  sandboxEnabled: false,
  privilegedSchemes: [],
  protocolHandlers: new Map(),
  unmodelled: [],
};

function strict(name, target) {
  return new Proxy(target, {
    get(object, key) {
      if (key in object || typeof key === 'symbol' || key === 'then' || key === 'toJSON') return object[key];
      record.unmodelled.push(`${name}.${String(key)}`);
      return () => {
        throw new Error(`the electron stand-in does not model ${name}.${String(key)}`);
      };
    },
  });
}

const home = process.env.SMOKE_HOME;
if (home === undefined) throw new Error('SMOKE_HOME is not set');

function pathFor(name) {
  const path = join(home, name);
  mkdirSync(path, { recursive: true });
  return path;
}

class StandInApp extends EventEmitter {
  isPackaged = process.env.SMOKE_PACKAGED === '1';
  commandLine = { appendSwitch() {}, hasSwitch: () => false, getSwitchValue: () => '' };
  _ready = Promise.withResolvers();
  _isReady = false;
  quitted = false;
  exitCode = null;
  /** The test's "ready": resolves whenReady() and emits 'ready', as Electron does once it has started. */
  becomeReady() {
    if (this._isReady) return;
    this._isReady = true;
    this.emit('ready', {});
    this._ready.resolve();
  }
  whenReady() {
    return this._ready.promise;
  }
  isReady() {
    return this._isReady;
  }
  getPath(name) {
    return pathFor(name === 'userData' ? 'user-data' : name);
  }
  setPath() {}
  getAppPath() {
    return process.env.SMOKE_APP_PATH ?? process.cwd();
  }
  getName() {
    return 'Cashflow Monitor';
  }
  getVersion() {
    const manifest = JSON.parse(readFileSync(join(this.getAppPath(), 'package.json'), 'utf8'));
    return manifest.version;
  }
  getLocale() {
    return 'en-GB';
  }
  requestSingleInstanceLock() {
    return process.env.SMOKE_SECOND_INSTANCE !== '1';
  }
  setAppUserModelId() {}
  enableSandbox() {
    if (this._isReady) throw new Error('app.enableSandbox() must be called before the app is ready');
    record.sandboxEnabled = true;
  }
  /** Electron's order: before-quit, windows close, will-quit, quit; a listener may defer it. */
  quit() {
    const beforeQuit = {
      defaultPrevented: false,
      preventDefault() {
        this.defaultPrevented = true;
      },
    };
    record.quitEvents.push('before-quit');
    this.emit('before-quit', beforeQuit);
    if (beforeQuit.defaultPrevented) return;
    for (const window of [...record.windows]) window.close();
    const willQuit = {
      defaultPrevented: false,
      preventDefault() {
        this.defaultPrevented = true;
      },
    };
    record.quitEvents.push('will-quit');
    this.emit('will-quit', willQuit);
    if (willQuit.defaultPrevented) return;
    record.quitEvents.push('quit');
    this.quitted = true;
    this.emit('quit', {}, 0);
  }
  exit(code = 0) {
    this.exitCode = code;
    process.exit(code);
  }
  focus() {}
}

export const app = strict('app', new StandInApp());

let nextId = 1;

class StandInWebContents extends EventEmitter {
  constructor(window) {
    super();
    this.id = nextId++;
    this.window = window;
    this.sent = [];
    this.windowOpenHandler = null;
    this.session = session.defaultSession;
    // The page's top frame: its URL is what the window last loaded, as a URL.
    this.mainFrame = {
      get url() {
        const last = window.loaded.at(-1);
        if (last === undefined) return '';
        return last[0] === 'file' ? pathToFileURL(last[1]).href : last[1];
      },
    };
  }
  setWindowOpenHandler(handler) {
    this.windowOpenHandler = handler;
  }
  send(channel, ...args) {
    this.sent.push([channel, ...args]);
  }
  isDestroyed() {
    return this.window.destroyed;
  }
  getURL() {
    return this.window.loaded.at(-1)?.[1] ?? '';
  }
  openDevTools() {
    record.unmodelled.push('webContents.openDevTools (called)');
  }
}

class StandInBrowserWindow extends EventEmitter {
  static getAllWindows() {
    return record.windows.filter((window) => !window.destroyed);
  }
  static getFocusedWindow() {
    return StandInBrowserWindow.getAllWindows()[0] ?? null;
  }
  static fromWebContents(contents) {
    return record.windows.find((window) => window.webContents === contents) ?? null;
  }
  constructor(options = {}) {
    super();
    this.options = options;
    this.loaded = [];
    this.destroyed = false;
    this.visible = false;
    this.focused = 0;
    this.bounds = {
      x: options.x ?? 100,
      y: options.y ?? 100,
      width: options.width ?? 800,
      height: options.height ?? 600,
    };
    this.maximized = false;
    this.webContents = strict('webContents', new StandInWebContents(this));
    record.windows.push(this);
    return strict('BrowserWindow', this);
  }
  _load(kind, target) {
    this.loaded.push([kind, target]);
    setImmediate(() => this.emit('ready-to-show'));
    return Promise.resolve();
  }
  loadFile(file) {
    return this._load('file', file);
  }
  loadURL(url) {
    return this._load('url', url);
  }
  show() {
    this.visible = true;
  }
  hide() {
    this.visible = false;
  }
  focus() {
    this.focused += 1;
  }
  isVisible() {
    return this.visible;
  }
  isMinimized() {
    return false;
  }
  restore() {}
  isMaximized() {
    return this.maximized;
  }
  maximize() {
    this.maximized = true;
  }
  getBounds() {
    return { ...this.bounds };
  }
  getNormalBounds() {
    return { ...this.bounds };
  }
  setBounds(bounds) {
    this.bounds = { ...this.bounds, ...bounds };
  }
  isDestroyed() {
    return this.destroyed;
  }
  setMenuBarVisibility() {}
  close() {
    if (this.destroyed) return;
    this.emit('close', { preventDefault() {} });
    this.destroyed = true;
    this.emit('closed');
  }
  destroy() {
    this.close();
  }
}

export const BrowserWindow = StandInBrowserWindow;

export const ipcMain = strict('ipcMain', {
  handle(channel, handler) {
    if (record.handlers.has(channel)) throw new Error(`a second handler for '${channel}'`);
    record.handlers.set(channel, handler);
  },
  removeHandler(channel) {
    record.handlers.delete(channel);
  },
  on(channel) {
    record.listeners.push(channel);
  },
  once(channel) {
    record.listeners.push(channel);
  },
  removeListener() {},
  removeAllListeners() {},
});

const defaultSession = {
  webRequest: {
    onHeadersReceived(hook) {
      record.headerHooks.push(hook);
    },
  },
  setPermissionRequestHandler(handler) {
    record.permissionRequest = handler;
  },
  setPermissionCheckHandler(handler) {
    record.permissionCheck = handler;
  },
};
export const session = strict('session', {
  defaultSession: strict('session.defaultSession', defaultSession),
});

export const safeStorage = strict('safeStorage', {
  isEncryptionAvailable: () => true,
  getSelectedStorageBackend: () => 'gnome_libsecret',
  encryptString: (text) => Buffer.from(`sealed:${Buffer.from(text).toString('base64')}`),
  decryptString: (sealed) => Buffer.from(sealed.toString().slice('sealed:'.length), 'base64').toString(),
});

export const shell = strict('shell', {
  openExternal(url) {
    record.opened.push(['external', url]);
    return Promise.resolve();
  },
  openPath(path) {
    record.opened.push(['path', path]);
    return Promise.resolve('');
  },
  showItemInFolder(path) {
    record.opened.push(['folder', path]);
  },
});

export const dialog = strict('dialog', {
  showMessageBox(...args) {
    record.dialogs.push(['message', args.at(-1)]);
    return Promise.resolve({ response: 0, checkboxChecked: false });
  },
  showErrorBox(title, content) {
    record.dialogs.push(['error', { title, content }]);
  },
  showSaveDialog(...args) {
    record.dialogs.push(['save', args.at(-1)]);
    const path = process.env.SMOKE_SAVE_PATH;
    return Promise.resolve(path === undefined ? { canceled: true } : { canceled: false, filePath: path });
  },
  showOpenDialog(...args) {
    record.dialogs.push(['open', args.at(-1)]);
    return Promise.resolve({ canceled: true, filePaths: [] });
  },
});

export const Menu = strict('Menu', {
  buildFromTemplate(template) {
    return { template };
  },
  setApplicationMenu(menu) {
    record.menuTemplate = menu === null ? null : menu.template;
  },
});

export const screen = strict('screen', {
  getAllDisplays: () => [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
  getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } }),
});

export const protocol = strict('protocol', {
  registerSchemesAsPrivileged(schemes) {
    if (app.isReady()) throw new Error('protocol.registerSchemesAsPrivileged() must be called before ready');
    record.privilegedSchemes.push(...schemes);
  },
  handle(scheme, handler) {
    if (!app.isReady()) throw new Error('protocol.handle() must be called after ready');
    record.protocolHandlers.set(scheme, handler);
  },
});

/** net.fetch for the file URLs the app's scheme reads (Electron's reads inside app.asar too). */
export const net = strict('net', {
  async fetch(url) {
    if (!url.startsWith('file:')) throw new Error(`the stand-in net.fetch reads file: URLs only (${url})`);
    try {
      return new Response(await readFile(fileURLToPath(url)));
    } catch {
      return new Response(null, { status: 404 });
    }
  },
});

export const nativeTheme = strict(
  'nativeTheme',
  Object.assign(new EventEmitter(), { shouldUseDarkColors: true }),
);

export const powerMonitor = strict('powerMonitor', new EventEmitter());

export default strict('electron', {
  app,
  BrowserWindow,
  ipcMain,
  session,
  safeStorage,
  shell,
  dialog,
  Menu,
  screen,
  protocol,
  net,
  nativeTheme,
  powerMonitor,
});

/** Where the main bundle sits; its package.json is two folders up, as in the app. */
export function appPathOf(mainFile) {
  return dirname(dirname(dirname(mainFile)));
}
