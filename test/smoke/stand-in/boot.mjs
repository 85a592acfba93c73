// Child process of the smoke tests: loads a built main bundle (argv[2]) under the electron stand-in
// and answers the test's commands over Node's IPC channel: ready, state, invoke, open-window,
// navigate, menu-click, second-instance, quit. After "quit" it lets go of the channel, so the process
// ends by itself only if the app stopped every worker, timer and handle; if it has not ended after
// SMOKE_LINGER_MS, it prints what is still open and exits 75. The tests assert on what it reports.
import './hooks.mjs';
import { pathToFileURL } from 'node:url';

const { app, record } = await import('./electron.mjs');
const problems = [];
process.on('unhandledRejection', (reason) => {
  problems.push(`unhandled rejection: ${reason instanceof Error ? reason.stack : String(reason)}`);
  process.exitCode = 70;
});
process.on('uncaughtException', (error) => {
  problems.push(`uncaught exception: ${error.stack ?? String(error)}`);
  process.exitCode = 70;
});

function plain(value, depth = 0) {
  if (depth > 6) return '[deep]';
  if (typeof value === 'function') return '[function]';
  if (Array.isArray(value)) return value.map((item) => plain(item, depth + 1));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, plain(item, depth + 1)]));
  }
  return value;
}

function menuOutline(items) {
  return (items ?? []).map((item) => ({
    label: item.label ?? null,
    role: item.role ?? null,
    type: item.type ?? null,
    submenu: Array.isArray(item.submenu) ? menuOutline(item.submenu) : null,
  }));
}

function findMenuItem(items, label) {
  for (const item of items ?? []) {
    if (item.label === label) return item;
    const inner = Array.isArray(item.submenu) ? findMenuItem(item.submenu, label) : null;
    if (inner !== null) return inner;
  }
  return null;
}

function state() {
  let headers = null;
  for (const hook of record.headerHooks) {
    hook({ url: 'file:///index.html', responseHeaders: {} }, (answer) => {
      headers = answer.responseHeaders;
    });
  }
  let permission = null;
  record.permissionRequest?.(null, 'media', (granted) => {
    permission = granted;
  });
  return {
    windows: record.windows.map((window) => ({
      options: plain(window.options),
      loaded: window.loaded,
      visible: window.visible,
      destroyed: window.destroyed,
      focused: window.focused,
      hasWindowOpenHandler: window.webContents.windowOpenHandler !== null,
    })),
    handlers: [...record.handlers.keys()],
    menu: menuOutline(record.menuTemplate),
    headers,
    permissionRequestGranted: permission,
    permissionCheckGranted: record.permissionCheck?.(null, 'media', 'file:///', {}) ?? null,
    opened: record.opened,
    dialogs: plain(record.dialogs),
    quitEvents: record.quitEvents,
    sandboxEnabled: record.sandboxEnabled,
    privilegedSchemes: record.privilegedSchemes,
    protocols: [...record.protocolHandlers.keys()],
    unmodelled: record.unmodelled,
    problems,
  };
}

/** The event Electron would pass: from our window's top frame, a frame inside it, or another window. */
function senderOf(from) {
  const window = record.windows[0];
  if (from === 'app' && window !== undefined)
    return { sender: window.webContents, senderFrame: window.webContents.mainFrame };
  if (from === 'subframe' && window !== undefined)
    return { sender: window.webContents, senderFrame: { url: 'https://example.org/embedded' } };
  return { sender: { id: 9999 }, senderFrame: { url: 'https://example.org/' } };
}

async function invoke(channel, argument, from) {
  const handler = record.handlers.get(channel);
  if (handler === undefined) return { missing: channel };
  return handler(senderOf(from), argument);
}

const commands = {
  ready: () => {
    app.becomeReady();
    return new Promise((resolve) => setTimeout(() => resolve(true), 50));
  },
  state: () => state(),
  /** A request of the page to one of the app's schemes, answered by the app's protocol handler. */
  'fetch-app': async ({ url }) => {
    const handler = record.protocolHandlers.get(new URL(url).protocol.slice(0, -1));
    if (handler === undefined) return { missing: url };
    const response = await handler(new Request(url));
    return {
      status: response.status,
      headers: Object.fromEntries(response.headers),
      text: await response.text(),
    };
  },
  invoke: ({ channel, argument, from }) => invoke(channel, argument, from),
  'open-window': ({ url }) => {
    const action = record.windows[0].webContents.windowOpenHandler({ url });
    return { action: action.action, opened: record.opened };
  },
  navigate: ({ url }) => {
    const event = {
      defaultPrevented: false,
      preventDefault() {
        this.defaultPrevented = true;
      },
    };
    record.windows[0].webContents.emit('will-navigate', event, url);
    return { prevented: event.defaultPrevented };
  },
  'menu-click': ({ label }) => {
    const item = findMenuItem(record.menuTemplate, label);
    if (item === null || typeof item.click !== 'function') return { clicked: false };
    item.click();
    return new Promise((resolve) => setTimeout(() => resolve({ clicked: true }), 50));
  },
  'second-instance': () => {
    app.emit('second-instance', {}, [], process.cwd());
    return { focused: record.windows[0]?.focused ?? 0 };
  },
  quit: () =>
    new Promise((resolve) => {
      if (app.quitted) resolve(state());
      app.once('quit', () => resolve(state()));
      app.quit();
    }),
};

process.on('message', async (message) => {
  const { id, type, ...rest } = message;
  try {
    const value = await commands[type](rest);
    process.send({ id, ok: true, value });
  } catch (error) {
    process.send({ id, ok: false, error: error instanceof Error ? error.stack : String(error) });
  }
  if (type === 'quit') {
    process.disconnect();
    const linger = Number(process.env.SMOKE_LINGER_MS ?? 10000);
    setTimeout(() => {
      process.stderr.write(`still open after quit: ${JSON.stringify(process.getActiveResourcesInfo())}\n`);
      process.exit(75);
    }, linger).unref();
  }
});

try {
  await import(pathToFileURL(process.argv[2]).href);
  process.send({ id: 0, ok: true, value: 'loaded' });
} catch (error) {
  process.send({
    id: 0,
    ok: false,
    error: `the main bundle failed to load: ${error.code ?? ''} ${error.message}`,
  });
  process.disconnect();
  process.exitCode = 1;
}
