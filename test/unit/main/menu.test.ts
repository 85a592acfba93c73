import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { applicationMenuTemplate } from '../../../electron/main/menu';

function flat(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flat(item.submenu) : [])]);
}

const actions = { showAbout: vi.fn(), openDataFolder: vi.fn(), openLogsFolder: vi.fn() };

describe('the application menu', () => {
  it('has the standard roles and no developer tools in a packaged app', () => {
    const items = flat(
      applicationMenuTemplate(
        { platform: 'win32', development: false, productName: 'Cashflow Monitor' },
        actions,
      ),
    );
    const roles = items.map((item) => item.role);
    expect(roles).toEqual(expect.arrayContaining(['editMenu', 'windowMenu', 'help', 'quit']));
    expect(roles).not.toContain('toggleDevTools');
    expect(roles).not.toContain('reload');
  });

  it('puts About in the app menu on macOS and in Help elsewhere, and wires its actions', () => {
    const mac = applicationMenuTemplate(
      { platform: 'darwin', development: true, productName: 'CM' },
      actions,
    );
    expect(mac[0]?.label).toBe('CM');
    expect(flat(mac).map((item) => item.role)).toContain('toggleDevTools');
    const linux = applicationMenuTemplate(
      { platform: 'linux', development: false, productName: 'CM' },
      actions,
    );
    const help = linux.find((item) => item.role === 'help');
    const about = flat(help?.submenu as MenuItemConstructorOptions[]).find(
      (item) => item.label === 'About CM',
    );
    (about?.click as () => void)();
    expect(actions.showAbout).toHaveBeenCalledTimes(1);
  });
});
