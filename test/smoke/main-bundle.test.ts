/**
 * The built main bundle (out/main/index.js, what Electron runs) started under the electron stand-in
 * in a child process: it must load, open one secure window on a renderer file that exists, answer
 * the whole contract for our window only, sync the demo data through the built sync worker, and
 * quit cleanly. An import or path error anywhere in the bundle fails here, not on an analyst's laptop.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { MainProcess } from './main-process';
import {
  checkIpc,
  checkNavigation,
  checkQuit,
  checkStartedShell,
  homeWithSeededDatabase,
  startMainProcess,
  type ShellState,
} from './shell-checks';

const root = join(import.meta.dirname, '..', '..');
const mainFile = join(root, 'out', 'main', 'index.js');
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;

const running: MainProcess[] = [];
const homes: string[] = [];

function start(home: string, env: Record<string, string> = {}): MainProcess {
  const main = startMainProcess(mainFile, { home, appPath: root, env });
  running.push(main);
  return main;
}

beforeAll(() => {
  if (!existsSync(mainFile)) throw new Error('out/main/index.js is missing: run `npm run build` first.');
});

afterEach(async () => {
  await Promise.all(running.splice(0).map((main) => main.stop()));
  for (const home of homes.splice(0)) rmSync(home, { recursive: true, force: true });
});

describe('the built main bundle under the electron stand-in', () => {
  it('opens one secure window, answers the contract for its own window only, and quits cleanly', async () => {
    const home = homeWithSeededDatabase();
    homes.push(home);
    const main = start(home);
    await checkStartedShell(main, { packaged: false, home });
    await checkIpc(main, home, version);
    await checkNavigation(main);

    expect(await main.command('second-instance')).toEqual({ focused: 1 });
    expect(await main.command('menu-click', { label: 'About Cashflow Monitor' })).toEqual({ clicked: true });
    const state = await main.command<ShellState>('state');
    const about = state.dialogs.find(([kind]) => kind === 'message')?.[1].detail ?? '';
    expect(about).toContain(`Version ${version}`);
    expect(about).toContain(join(home, 'user-data'));

    await checkQuit(main);
    const log = readFileSync(join(home, 'logs', 'main.log'), 'utf8');
    expect(log).toContain(`Cashflow Monitor ${version} started`);
    expect(log).toContain('stopped');
    expect(existsSync(join(home, 'user-data', 'window-state.json'))).toBe(true);
  });

  it('reopens the window where it was left', async () => {
    const home = homeWithSeededDatabase();
    homes.push(home);
    const first = start(home);
    await checkStartedShell(first, { packaged: false, home });
    await checkQuit(first);
    const saved = JSON.parse(readFileSync(join(home, 'user-data', 'window-state.json'), 'utf8')) as {
      bounds: { x: number; y: number };
    };

    const second = start(home);
    const state = await checkStartedShell(second, { packaged: false, home });
    expect(state.windows[0]?.options).toMatchObject({ x: saved.bounds.x, y: saved.bounds.y });
    await checkQuit(second);
  });

  it('syncs the demo data through the built sync worker and stops every worker on quit', async () => {
    const home = mkdtempSync(join(tmpdir(), 'cashflow-smoke-demo-'));
    homes.push(home);
    const main = start(home);
    await checkStartedShell(main, { packaged: false, home });
    const none = await main.invoke<{ ok: boolean; error?: { code: string } }>('company:summary', {
      companyId: 1,
    });
    expect(none.error?.code).toBe('not-found');

    const started = await main.invoke<{ ok: boolean; value?: { demo: boolean } }>('demo:start');
    expect(started.value?.demo).toBe(true);
    let status:
      { state: string; lastSummary: { outcome: string; valid: number; error: unknown } | null } | undefined;
    for (let poll = 0; poll < 1200; poll += 1) {
      const answer = await main.invoke<{ value: NonNullable<typeof status> }>('sync:status');
      status = answer.value;
      if (status.state !== 'running' && status.lastSummary !== null) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(status?.lastSummary).toMatchObject({ outcome: 'complete', error: null });
    expect(status?.lastSummary?.valid).toBeGreaterThan(100_000);

    const hits = await main.invoke<{ value: readonly { companyId: number }[] }>('company:search', {
      text: 'a',
    });
    expect(hits.value.length).toBeGreaterThan(0);
    const first = hits.value[0]?.companyId ?? 0;
    const summary = await main.invoke<{ ok: boolean; value?: { companyId: number } }>('company:summary', {
      companyId: first,
    });
    expect(summary.value?.companyId).toBe(first);

    await checkQuit(main);
  });

  it('notices a weakened bundle: the same checks fail on a copy whose window is not sandboxed', async () => {
    // The copy sits inside out/ so that its imports resolve to the project's node_modules.
    const copy = mkdtempSync(join(root, 'out', 'tampered-'));
    homes.push(copy);
    for (const part of ['main', 'preload', 'renderer'])
      cpSync(join(root, 'out', part), join(copy, part), { recursive: true });
    const files = readdirSync(join(copy, 'main'), { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.js'),
    );
    const weakened = files.filter((file) => {
      const path = join(copy, 'main', file);
      const text = readFileSync(path, 'utf8');
      if (!text.includes('sandbox: true')) return false;
      writeFileSync(path, text.replace('sandbox: true', 'sandbox: false'));
      return true;
    });
    expect(weakened).toHaveLength(1);
    const home = homeWithSeededDatabase();
    homes.push(home);
    const main = startMainProcess(join(copy, 'main', 'index.js'), { home, appPath: root });
    running.push(main);
    await expect(checkStartedShell(main, { packaged: false, home })).rejects.toMatchObject({
      actual: expect.objectContaining({ sandbox: false }) as unknown,
    });
  });

  it('fails the load, not silently, when the bundle cannot be imported', async () => {
    const home = mkdtempSync(join(tmpdir(), 'cashflow-smoke-missing-'));
    homes.push(home);
    const main = startMainProcess(join(home, 'no-such-bundle.js'), { home, appPath: root });
    running.push(main);
    await expect(main.loaded).rejects.toThrow(/failed to load/);
  });
});
