/**
 * The application menu: the platform's standard roles (edit, view, window; the app menu on macOS),
 * Help → About with the version, data folder and database size, and links to the data and log
 * folders. Reload and developer tools appear only in development.
 */
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  readonly showAbout: () => void;
  readonly openDataFolder: () => void;
  readonly openLogsFolder: () => void;
}

export interface MenuOptions {
  readonly platform: NodeJS.Platform;
  readonly development: boolean;
  readonly productName: string;
}

export function applicationMenuTemplate(
  options: MenuOptions,
  actions: MenuActions,
): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const about: MenuItemConstructorOptions = {
    label: `About ${options.productName}`,
    click: actions.showAbout,
  };
  const folders: MenuItemConstructorOptions[] = [
    { label: 'Open Data Folder', click: actions.openDataFolder },
    { label: 'Open Logs Folder', click: actions.openLogsFolder },
  ];
  const development: MenuItemConstructorOptions[] = options.development
    ? [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }]
    : [];
  return [
    ...(mac
      ? [
          {
            label: options.productName,
            submenu: [
              about,
              { type: 'separator' },
              { role: 'services' },
              { type: 'separator' },
              { role: 'hide' },
              { role: 'hideOthers' },
              { role: 'unhide' },
              { type: 'separator' },
              { role: 'quit' },
            ],
          } satisfies MenuItemConstructorOptions,
        ]
      : []),
    {
      label: 'File',
      submenu: [...folders, { type: 'separator' }, mac ? { role: 'close' } : { role: 'quit' }],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        ...development,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    { role: 'help', submenu: [...(mac ? [] : [about, { type: 'separator' as const }]), ...folders] },
  ];
}
