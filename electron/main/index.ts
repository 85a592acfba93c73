/**
 * The Electron shell: app lifecycle, the one window with its security settings, and the IPC
 * wiring. All behaviour lives in the plain-Node folders; this file only connects them to Electron.
 */
import { app, BrowserWindow, ipcMain, session, shell } from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServices } from '../services/create-services';
import { fileDatabaseProvider } from '../services/database-provider';
import { createSyncService } from '../services/sync-service';
import { syncWorkerEntry } from '../sync/worker-entry';
import { createDemoSimulator } from '../services/demo-simulator';
import { registerIpcHandlers } from './ipc';
import { databasePathIn } from './paths';
import { electronReportDialogs } from './report-dialogs';
import { keychainSecretBox } from './secret-box';
import { applyContentSecurityPolicy, lockNavigation, secureWebPreferences } from './security';

const here = fileURLToPath(new URL('.', import.meta.url));
const preloadPath = join(here, '../preload/index.cjs');
const rendererFile = join(here, '../renderer/index.html');
const devServerUrl = process.env['ELECTRON_RENDERER_URL'];

let mainWindow: BrowserWindow | null = null;

function isAppUrl(url: string): boolean {
  if (devServerUrl !== undefined) return url.startsWith(devServerUrl);
  return (
    url.startsWith('file://') && decodeURIComponent(new URL(url).pathname).endsWith('/renderer/index.html')
  );
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Cashflow Monitor',
    backgroundColor: '#0f172a',
    webPreferences: secureWebPreferences(preloadPath),
  });
  lockNavigation(window.webContents, isAppUrl);
  window.once('ready-to-show', () => {
    window.show();
  });
  if (devServerUrl !== undefined) void window.loadURL(devServerUrl);
  else void window.loadFile(rendererFile);
  return window;
}

async function start(): Promise<void> {
  await app.whenReady();
  applyContentSecurityPolicy(session.defaultSession);
  const dataDirectory = app.getPath('userData');
  const databasePath = databasePathIn(dataDirectory);
  const database = fileDatabaseProvider(databasePath);
  const sync = createSyncService({
    database,
    dbPath: databasePath,
    workerEntry: syncWorkerEntry(),
    secrets: keychainSecretBox,
    demo: createDemoSimulator(),
  });
  const services = createServices({
    identity: { name: app.getName(), version: app.getVersion(), dataDirectory, databasePath },
    database,
    sync,
    reportDialogs: electronReportDialogs(() => mainWindow),
  });
  app.on('will-quit', () => {
    void sync.dispose().finally(() => {
      database.close();
    });
  });
  registerIpcHandlers(
    ipcMain,
    services,
    (event) => mainWindow !== null && event.sender === mainWindow.webContents,
  );
  mainWindow = createWindow();
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  app.on('activate', () => {
    if (mainWindow === null) mainWindow = createWindow();
  });
}

app.on('web-contents-created', (_event, contents) => {
  // Links the user clicks open in the system browser, never inside the app.
  contents.setWindowOpenHandler(({ url }) => {
    if (url.startsWith('https://')) void shell.openExternal(url);
    return { action: 'deny' };
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

if (!app.requestSingleInstanceLock()) app.quit();
else void start();
