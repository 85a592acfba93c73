/**
 * The one application window: secure web preferences, locked navigation, the remembered size and
 * position, developer tools only in development, shown once its first paint is ready.
 */
import { BrowserWindow, screen, shell } from 'electron';
import { isTargetUrl, type RendererTarget } from './renderer-target';
import { lockNavigation, secureWebPreferences } from './security';
import {
  defaultWindowSize,
  minimumWindowSize,
  readWindowState,
  restorableBounds,
  type Rectangle,
  writeWindowState,
} from './window-state';

export interface MainWindowOptions {
  readonly preloadPath: string;
  readonly target: RendererTarget;
  readonly development: boolean;
  readonly stateFile: string;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const remembered = readWindowState(options.stateFile);
  const bounds = restorableBounds(remembered, displayAreas());
  const window = new BrowserWindow({
    ...(bounds ?? defaultWindowSize),
    ...(bounds === null ? { center: true } : {}),
    minWidth: minimumWindowSize.width,
    minHeight: minimumWindowSize.height,
    show: false,
    title: 'Cashflow Monitor',
    backgroundColor: '#0f172a',
    webPreferences: { ...secureWebPreferences(options.preloadPath), devTools: options.development },
  });
  lockNavigation(
    window.webContents,
    (url) => isTargetUrl(options.target, url),
    (url) => void shell.openExternal(url),
  );
  window.once('ready-to-show', () => {
    if (bounds !== null && remembered?.maximized === true) window.maximize();
    window.show();
  });
  // Saved on close, the last moment the bounds are known; normal bounds, so a maximised window
  // restores to its size before it was maximised.
  window.on('close', () => {
    try {
      writeWindowState(options.stateFile, {
        bounds: window.getNormalBounds(),
        maximized: window.isMaximized(),
      });
    } catch {
      // Not remembering a window size is no reason to stop the app from closing.
    }
  });
  void window.loadURL(options.target.url);
  return window;
}

/** The work areas of today's displays; none when the system cannot say, and the window opens centred. */
function displayAreas(): Rectangle[] {
  try {
    return screen.getAllDisplays().map((display) => display.workArea);
  } catch {
    return [];
  }
}

/** A second launch brings the running window forward instead of opening another app. */
export function focusWindow(window: BrowserWindow | null): void {
  if (window === null) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
