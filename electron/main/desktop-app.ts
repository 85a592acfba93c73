/**
 * The desktop app's life: logging, services over the database in the user-data folder, IPC for
 * our own window only, the menu, the window, and an orderly quit that stops the sync and demo
 * workers and closes the database before the process ends.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, session, shell } from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { databasePathIn } from '../runtime/app-paths';
import { createServices } from '../services/create-services';
import { fileDatabaseProvider } from '../services/database-provider';
import { readAppInfo } from '../services/app-info';
import { createDemoSimulator } from '../services/demo-simulator';
import { createQueryPool } from '../services/queries/query-pool';
import { queryWorkerEntry } from '../services/queries/worker-entry';
import { createSyncService } from '../services/sync-service';
import { syncWorkerEntry } from '../sync/worker-entry';
import { aboutDetail } from './about';
import { appScheme, serveAppRequest } from './app-protocol';
import { registerIpcHandlers } from './ipc';
import { logFilePath, setUpLogging } from './logging';
import { applicationMenuTemplate } from './menu';
import { chooseRendererTarget } from './renderer-target';
import { electronReportDialogs } from './report-dialogs';
import { keychainSecretBox } from './secret-box';
import { applyContentSecurityPolicy } from './security';
import { isTrustedSender } from './trusted-sender';
import { createMainWindow, focusWindow } from './window';

const here = fileURLToPath(new URL('.', import.meta.url));

export async function startDesktopApp(): Promise<void> {
  const log = setUpLogging();
  const development = !app.isPackaged;
  const target = chooseRendererTarget(app.isPackaged, process.env['ELECTRON_RENDERER_URL']);
  const rendererDir = join(here, '../renderer');
  let mainWindow: BrowserWindow | null = null;
  app.on('second-instance', () => {
    focusWindow(mainWindow);
  });

  await app.whenReady();
  applyContentSecurityPolicy(session.defaultSession);
  protocol.handle(appScheme, (request) => serveAppRequest(request, rendererDir, (url) => net.fetch(url)));
  const dataDirectory = app.getPath('userData');
  const databasePath = databasePathIn(dataDirectory);
  const identity = { name: app.getName(), version: app.getVersion(), dataDirectory, databasePath };
  const database = fileDatabaseProvider(databasePath);
  const sync = createSyncService({
    database,
    dbPath: databasePath,
    workerEntry: syncWorkerEntry(),
    secrets: keychainSecretBox,
    demo: createDemoSimulator(),
  });
  // Reads run in worker threads; this thread validates, forwards and waits (docs/architecture.md).
  const queries = createQueryPool({
    dbPath: databasePath,
    entry: queryWorkerEntry(),
    // Brings the schema up to date once, and answers not-found before any file exists.
    prepare: () => void database.read(),
    onWorkerLost: (lane, reason) => {
      log.error(`the ${lane} query worker stopped: ${reason}`);
    },
  });
  queries.start();
  const services = createServices({
    identity,
    database,
    sync,
    reportDialogs: electronReportDialogs(() => mainWindow),
    reads: queries.reads,
    reportWriter: queries.exportReport,
    afterWrite: () => {
      queries.invalidate();
    },
  });
  const unregister = registerIpcHandlers(ipcMain, services, (event) =>
    isTrustedSender(event, mainWindow?.webContents ?? null, target),
  );
  log.info(`${identity.name} ${identity.version} started; data in ${dataDirectory}`);

  const openWindow = (): BrowserWindow => {
    const window = createMainWindow({
      preloadPath: join(here, '../preload/index.cjs'),
      target,
      development,
      stateFile: join(dataDirectory, 'window-state.json'),
    });
    window.on('closed', () => {
      mainWindow = null;
    });
    return window;
  };

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      applicationMenuTemplate(
        { platform: process.platform, development, productName: identity.name },
        {
          showAbout: () => {
            void dialog.showMessageBox({
              type: 'info',
              title: `About ${identity.name}`,
              message: identity.name,
              detail: aboutDetail(readAppInfo(identity), logFilePath()),
              buttons: ['OK'],
            });
          },
          openDataFolder: () => void shell.openPath(dataDirectory),
          openLogsFolder: () => void shell.openPath(app.getPath('logs')),
        },
      ),
    ),
  );

  mainWindow = openWindow();
  app.on('activate', () => {
    mainWindow ??= openWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  // Quit waits once for the workers to stop and the database to close, then quits for real.
  let stopped = false;
  let stopping = false;
  app.on('before-quit', (event) => {
    if (stopped) return;
    event.preventDefault();
    if (stopping) return;
    stopping = true;
    void Promise.all([
      sync.dispose().catch((cause: unknown) => {
        log.error('stopping the sync failed', cause);
      }),
      queries.close().catch((cause: unknown) => {
        log.error('stopping the query workers failed', cause);
      }),
    ]).finally(() => {
      unregister();
      database.close();
      stopped = true;
      log.info('stopped');
      app.quit();
    });
  });
}
