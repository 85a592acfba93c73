/**
 * A fake of the parts of `electron` the shell uses, recording what the shell does with them so
 * tests can assert it: handlers registered, windows created with which settings, what was exposed.
 */
type Handler = (event: { sender: unknown }, ...args: unknown[]) => unknown;

class FakeIpcMain {
  readonly handlers = new Map<string, Handler>();
  handle(channel: string, handler: Handler): void {
    if (this.handlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  /** Calls a registered handler the way Electron would for an `invoke` from `sender`. */
  async invoke(channel: string, sender: unknown, argument?: unknown): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return await handler({ sender }, argument);
  }
}

export const ipcMain = new FakeIpcMain();

export const exposed = new Map<string, unknown>();
export const contextBridge = {
  exposeInMainWorld(key: string, value: unknown): void {
    exposed.set(key, value);
  },
};

export const invocations: { channel: string; argument: unknown }[] = [];
export const ipcRenderer = {
  invoke(channel: string, argument: unknown): Promise<unknown> {
    invocations.push({ channel, argument });
    return Promise.resolve({ ok: true, value: { channel } });
  },
  on(): void {},
  removeListener(): void {},
};

type Listener = (...args: unknown[]) => void;

export class FakeWebContents {
  readonly listeners = new Map<string, Listener[]>();
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
}

export const createdWindows: FakeBrowserWindow[] = [];
export class FakeBrowserWindow {
  readonly webContents = new FakeWebContents();
  constructor(readonly options: Record<string, unknown>) {
    createdWindows.push(this);
  }
  once(): this {
    return this;
  }
  on(): this {
    return this;
  }
  show(): void {}
  loadURL(): Promise<void> {
    return Promise.resolve();
  }
  loadFile(): Promise<void> {
    return Promise.resolve();
  }
}
export const BrowserWindow = FakeBrowserWindow;

export const session = {
  defaultSession: {
    headerListener: null as null | ((details: unknown, callback: (response: unknown) => void) => void),
    permissionHandler: null as
      null | ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void),
    webRequest: {
      onHeadersReceived(listener: (details: unknown, callback: (response: unknown) => void) => void): void {
        session.defaultSession.headerListener = listener;
      },
    },
    setPermissionRequestHandler(
      handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void,
    ): void {
      session.defaultSession.permissionHandler = handler;
    },
    permissionCheck: null as null | ((contents: unknown, permission: string) => boolean),
    setPermissionCheckHandler(handler: (contents: unknown, permission: string) => boolean): void {
      session.defaultSession.permissionCheck = handler;
    },
  },
};

export const app = {
  getName: () => 'Cashflow Monitor',
  getVersion: () => '0.0.0-test',
  getPath: () => '/tmp/cashflow-monitor-test',
  whenReady: () => Promise.resolve(),
  on(): void {},
  quit(): void {},
  requestSingleInstanceLock: () => true,
};

export const shell = { openExternal: () => Promise.resolve(), showItemInFolder: (): void => undefined };

/** The save dialog answers "cancelled" unless a test says otherwise. */
export const dialog = {
  showSaveDialog: (): Promise<{ canceled: boolean; filePath: string }> =>
    Promise.resolve({ canceled: true, filePath: '' }),
};

export default { ipcMain, contextBridge, ipcRenderer, BrowserWindow, session, app, shell, dialog };
