/**
 * The Electron entry. `cashflow-monitor cli …` runs the headless CLI inside the installed app;
 * anything else starts the desktop app, once per user: a second launch focuses the first window.
 */
import { app, protocol } from 'electron';
import { appSchemePrivileges } from './app-protocol';
import { cliArguments } from './cli-mode';
import { startDesktopApp } from './desktop-app';

const cli = cliArguments(process.argv, app.isPackaged);
if (cli !== null) {
  void (async () => {
    const { main } = await import('../cli/main');
    await main(cli);
    app.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  })();
} else if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Every renderer sandboxed, whatever a window's own settings say; the app's scheme privileged
  // (both must happen before the app is ready).
  app.enableSandbox();
  protocol.registerSchemesAsPrivileged([appSchemePrivileges]);
  void startDesktopApp();
}
