/**
 * What every start of the desktop shell must show, whichever copy of it runs (out/ after the build,
 * or the app extracted from the packaged app.asar): shared by the smoke tests so both run the same.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { contract, methodNames } from '../../shared/contract';
import type { Company } from '../../shared/domain';
import { ibans, sepa } from '../helpers/records';
import { seededDatabase } from '../helpers/seeded-db';
import { startMainProcess, type MainProcess } from './main-process';

export interface WindowState {
  readonly options: {
    readonly x?: number;
    readonly y?: number;
    readonly webPreferences: Readonly<Record<string, unknown>>;
  };
  readonly loaded: readonly (readonly [string, string])[];
  readonly visible: boolean;
  readonly focused: number;
  readonly hasWindowOpenHandler: boolean;
}

interface MenuOutline {
  readonly label: string | null;
  readonly role: string | null;
  readonly submenu: readonly MenuOutline[] | null;
}

interface Served {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly text: string;
}

export interface ShellState {
  readonly windows: readonly WindowState[];
  readonly handlers: readonly string[];
  readonly menu: readonly MenuOutline[];
  readonly headers: Readonly<Record<string, readonly string[]>> | null;
  readonly permissionRequestGranted: boolean | null;
  readonly permissionCheckGranted: boolean | null;
  readonly opened: readonly (readonly [string, string])[];
  readonly dialogs: readonly (readonly [string, { readonly detail?: string }])[];
  readonly quitEvents: readonly string[];
  readonly sandboxEnabled: boolean;
  readonly privilegedSchemes: readonly unknown[];
  readonly unmodelled: readonly string[];
  readonly problems: readonly string[];
}

interface Answer<T> {
  readonly ok: boolean;
  readonly value?: T;
  readonly error?: { readonly code: string; readonly message: string };
}

export const seededCompanies: Company[] = [
  {
    companyId: 1,
    name: 'Łódź Trading Sp. z o.o.',
    address: 'Łódź',
    ibans: [ibans.acmeDe],
    reportedBalance: null,
  },
  { companyId: 2, name: 'Kemp and Sons', address: 'London', ibans: [ibans.kempGb], reportedBalance: null },
];

/** A home folder for the stand-in whose user-data holds a small database: Kemp pays Łódź 1,000 then 250. */
export function homeWithSeededDatabase(): string {
  const home = mkdtempSync(join(tmpdir(), 'cashflow-smoke-'));
  mkdirSync(join(home, 'user-data'), { recursive: true });
  const db = seededDatabase(seededCompanies, [
    sepa({
      id: '1',
      payer: ibans.kempGb,
      beneficiary: ibans.acmeDe,
      amount: 1000,
      ts: '2021-03-01T09:00:00Z',
    }),
    sepa({
      id: '2',
      payer: ibans.acmeDe,
      beneficiary: ibans.kempGb,
      amount: 250,
      ts: '2021-03-02T09:00:00Z',
    }),
  ]);
  writeFileSync(join(home, 'user-data', 'cashflow.sqlite'), db.serialize());
  db.close();
  return home;
}

function flattenMenu(items: readonly MenuOutline[]): MenuOutline[] {
  return items.flatMap((item) => [item, ...flattenMenu(item.submenu ?? [])]);
}

/** Starts the shell, drives `ready`, and checks the window, its security, IPC, menu and log. */
export async function checkStartedShell(
  main: MainProcess,
  expectations: { packaged: boolean; home: string },
) {
  await main.loaded;
  const before = await main.command<ShellState>('state');
  expect(before.windows).toHaveLength(0);
  await main.command('ready');
  const state = await main.command<ShellState>('state');

  expect(state.windows).toHaveLength(1);
  expect(state.sandboxEnabled).toBe(true);
  const [window] = state.windows;
  if (window === undefined) throw new Error('no window');
  const preferences = window.options.webPreferences;
  expect(preferences).toMatchObject({
    contextIsolation: true,
    nodeIntegration: false,
    sandbox: true,
    webSecurity: true,
    devTools: !expectations.packaged,
  });
  expect(existsSync(String(preferences['preload']))).toBe(true);
  // The page comes through the app's own scheme, served from the built renderer with its CSP.
  expect(window.loaded).toEqual([['url', 'app://cashflow/index.html']]);
  expect(state.privilegedSchemes).toEqual([
    { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
  const page = await main.command<Served>('fetch-app', { url: 'app://cashflow/index.html' });
  expect(page.status).toBe(200);
  expect(page.text).toContain('<div id="root">');
  expect(page.headers['content-security-policy']).toContain("default-src 'self'");
  const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(page.text)?.[1] ?? 'missing';
  const asset = await main.command<Served>('fetch-app', { url: `app://cashflow/${script}` });
  expect(asset).toMatchObject({ status: 200, headers: { 'content-type': 'text/javascript; charset=utf-8' } });
  const escape = await main.command<Served>('fetch-app', { url: 'app://cashflow/..%2f..%2fpackage.json' });
  expect(escape.status).toBe(404);
  expect(window.visible).toBe(true);
  expect(window.hasWindowOpenHandler).toBe(true);

  expect([...state.handlers].sort()).toEqual(methodNames.map((name) => contract[name].channel).sort());
  expect(state.headers?.['Content-Security-Policy']?.join('')).toContain("default-src 'self'");
  expect(state.permissionRequestGranted).toBe(false);
  expect(state.permissionCheckGranted).toBe(false);

  const items = flattenMenu(state.menu);
  const roles = items.map((item) => item.role);
  expect(roles).toEqual(expect.arrayContaining(['editMenu', 'windowMenu', 'help', 'togglefullscreen']));
  expect(roles.includes('toggleDevTools')).toBe(!expectations.packaged);
  expect(items.map((item) => item.label)).toEqual(
    expect.arrayContaining(['About Cashflow Monitor', 'Open Data Folder', 'Open Logs Folder']),
  );
  return state;
}

/** The contract answers our window and refuses any other sender. */
export async function checkIpc(main: MainProcess, home: string, version: string): Promise<void> {
  const info =
    await main.invoke<Answer<{ version: string; databasePath: string; databaseBytes: number }>>('app:info');
  expect(info.ok).toBe(true);
  expect(info.value?.version).toBe(version);
  expect(info.value?.databasePath).toBe(join(home, 'user-data', 'cashflow.sqlite'));
  expect(info.value?.databaseBytes).toBeGreaterThan(0);

  const hits = await main.invoke<Answer<readonly { companyId: number; name: string }[]>>('company:search', {
    text: 'Trading',
  });
  expect(hits.value?.map((hit) => hit.name)).toContain('Łódź Trading Sp. z o.o.');

  const summary = await main.invoke<Answer<{ balance: number; at: string }>>('company:summary', {
    companyId: 1,
  });
  expect(summary.value).toMatchObject({ balance: 750, at: '2021-03-02' });

  const invalid = await main.invoke<Answer<unknown>>('company:summary', { companyId: 'one' });
  expect(invalid.error?.code).toBe('invalid-argument');

  for (const from of ['foreign', 'subframe'] as const) {
    const refused = await main.invoke<Answer<unknown>>('app:info', undefined, from);
    expect(refused.ok).toBe(false);
    expect(refused.error?.code).toBe('forbidden-sender');
  }
}

/** Navigation stays on our page; https links go to the system browser; nothing else opens. */
export async function checkNavigation(main: MainProcess): Promise<void> {
  expect(await main.command('navigate', { url: 'https://example.org/' })).toEqual({ prevented: true });
  expect(await main.command('navigate', { url: 'file:///etc/passwd' })).toEqual({ prevented: true });
  expect(await main.command('navigate', { url: 'app://cashflow/index.html#/company/1' })).toEqual({
    prevented: false,
  });
  const link = await main.command<{ action: string; opened: unknown[] }>('open-window', {
    url: 'https://example.org/help',
  });
  expect(link.action).toBe('deny');
  expect(link.opened).toContainEqual(['external', 'https://example.org/help']);
  const file = await main.command<{ action: string; opened: unknown[] }>('open-window', {
    url: 'file:///etc/passwd',
  });
  expect(file.action).toBe('deny');
  expect(file.opened).not.toContainEqual(['external', 'file:///etc/passwd']);
}

/** Quit stops everything: the process then ends by itself with code 0 and nothing went wrong. */
export async function checkQuit(main: MainProcess): Promise<ShellState> {
  const final = await main.command<ShellState>('quit');
  expect(final.quitEvents).toEqual(expect.arrayContaining(['before-quit', 'will-quit', 'quit']));
  expect(final.problems).toEqual([]);
  expect(final.unmodelled).toEqual([]);
  const exit = await main.exited;
  expect(exit.stderr).not.toMatch(/still open after quit|unhandled|Error:/);
  expect(exit).toMatchObject({ code: 0, signal: null });
  return final;
}

export { startMainProcess };

/**
 * The report pack from the running app: the stand-in's save dialog answers `savePath`
 * (SMOKE_SAVE_PATH); the PDF must be written there, with its fonts, and read back with poppler.
 */
export async function checkPdfExport(main: MainProcess, savePath: string): Promise<void> {
  const answer = await main.invoke<Answer<{ status: string; path: string; pages: number | null }>>(
    'report:export',
    {
      scope: 'company',
      companyId: 1,
      from: '2021-03-01',
      to: '2021-03-02',
      currency: 'EUR',
      format: 'pdf',
    },
  );
  expect(answer.error).toBeUndefined();
  expect(answer.value).toMatchObject({ status: 'saved', path: savePath });
  expect(answer.value?.pages).toBeGreaterThan(0);
  expect(readFileSync(savePath).subarray(0, 5).toString()).toBe('%PDF-');
  const text = spawnSync('pdftotext', ['-layout', savePath, '-'], { encoding: 'utf8' });
  expect(text.stdout).toContain('Łódź Trading Sp. z o.o.');
  const fonts = spawnSync('pdffonts', [savePath], { encoding: 'utf8' });
  expect(fonts.stdout).toContain('DejaVuSans');
}
