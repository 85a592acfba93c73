/**
 * The packaged app, as an installer would lay it out: electron-builder packs the project with its
 * own configuration (and a stand-in Electron binary, see package-app.ts); the test then checks the
 * file set and the fuses, extracts app.asar with app.asar.unpacked beside it, and runs the same
 * smoke test as for out/ on the extracted app, as a packaged app. Two deliberately broken copies of
 * the configuration show that a missing unpack rule or file pattern fails here.
 */
import { extractAll } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startMainProcess, type MainProcess } from '../smoke/main-process';
import {
  checkIpc,
  checkNavigation,
  checkPdfExport,
  checkQuit,
  checkStartedShell,
  homeWithSeededDatabase,
} from '../smoke/shell-checks';
import { packageApp, projectBuilderConfig, projectRoot } from './package-app';
import { archiveFiles, folderBytes, nativeModulesNotUnpacked } from './packaged-files';

const workDir = mkdtempSync(join(tmpdir(), 'cashflow-package-'));
const version = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string })
  .version;
// A fuse's state in the wire is the ASCII digit '0' (off) or '1' (on).
const fuseOff = '0'.charCodeAt(0);
const fuseOn = '1'.charCodeAt(0);
let appDir = '';
let extracted = '';
const running: MainProcess[] = [];

beforeAll(async () => {
  if (!existsSync(join(projectRoot, 'out', 'main', 'index.js')))
    throw new Error('out/ is missing: run `npm run build` first.');
  const icons = spawnSync(process.execPath, [join(projectRoot, 'scripts', 'make-icons.mjs')], {
    encoding: 'utf8',
  });
  if (icons.status !== 0) throw new Error(`icons: ${icons.stderr}`);
  appDir = await packageApp(join(workDir, 'good'));
  extracted = join(workDir, 'extracted');
  extractAll(join(appDir, 'resources', 'app.asar'), extracted);
}, 300_000);

afterEach(async () => {
  await Promise.all(running.splice(0).map((main) => main.stop()));
});

afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
});

describe('the packaged app', () => {
  it('ships the built app and its runtime dependencies, and nothing of the sources or tooling', () => {
    const files = archiveFiles(appDir);
    expect(files).toEqual(
      expect.arrayContaining([
        'package.json',
        'out/main/index.js',
        'out/main/sync-worker.js',
        'out/main/query-worker.js',
        'out/main/cli.js',
      ]),
    );
    expect(files).toContain('out/renderer/index.html');
    expect(files).toContain('out/preload/index.cjs');
    expect(files.filter((path) => /\.(ts|tsx|map)$/.test(path))).toEqual([]);
    expect(files.filter((path) => /^(electron|renderer|shared|test|docs|bin|scripts)\//.test(path))).toEqual(
      [],
    );
    expect(
      files.filter((path) => /node_modules\/(tsx|esbuild|vitest|typescript|electron)\//.test(path)),
    ).toEqual([]);
    expect(files.filter((path) => /better-sqlite3\/(deps|src)\//.test(path))).toEqual([]);
    expect(files.filter((path) => path.endsWith('.node'))).toEqual([
      'node_modules/better-sqlite3/prebuilds/linux-x64.node',
    ]);
    expect(nativeModulesNotUnpacked(appDir)).toEqual([]);
  });

  it('stays small: the app payload is under 25 MB before Electron', () => {
    const bytes = folderBytes(join(appDir, 'resources'));
    process.stdout.write(`packaged resources: ${(bytes / 1024 / 1024).toFixed(1)} MiB\n`);
    expect(bytes).toBeLessThan(25 * 1024 * 1024);
  });

  it('flips the security fuses of the Electron binary', async () => {
    const wire = await getCurrentFuseWire(join(appDir, 'cashflow-monitor'));
    expect(wire[FuseV1Options.RunAsNode]).toBe(fuseOff);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(fuseOff);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(fuseOff);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(fuseOn);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(fuseOn);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(fuseOn);
  });

  it('carries the cashflow CLI launchers', () => {
    const launcher = join(appDir, 'resources', 'bin', 'cashflow');
    accessSync(launcher, constants.X_OK);
    expect(readFileSync(launcher, 'utf8')).toContain('cli "$@"');
    expect(readFileSync(join(appDir, 'resources', 'bin', 'cashflow.cmd'), 'utf8')).toContain('cli %*');
  });

  it('starts from the extracted app.asar as a packaged app: window, contract, navigation, quit', async () => {
    const home = homeWithSeededDatabase();
    const savePath = join(home, 'report.pdf');
    const main = startMainProcess(join(extracted, 'out', 'main', 'index.js'), {
      home,
      appPath: extracted,
      packaged: true,
      env: { SMOKE_SAVE_PATH: savePath },
    });
    running.push(main);
    await checkStartedShell(main, { packaged: true, home });
    await checkIpc(main, home, version);
    await checkPdfExport(main, savePath);
    await checkNavigation(main);
    await checkQuit(main);
    rmSync(home, { recursive: true, force: true });
  });
});

describe('a broken packaging configuration', () => {
  it('without the unpack rule leaves the SQLite binary inside the archive, where Electron cannot load it', async () => {
    const broken = await packageApp(join(workDir, 'no-unpack'), {
      ...projectBuilderConfig(),
      asarUnpack: [],
      asar: { smartUnpack: false },
    });
    expect(nativeModulesNotUnpacked(broken)).toEqual([
      'node_modules/better-sqlite3/prebuilds/linux-x64.node',
    ]);
  }, 300_000);

  it('without the main bundle chunks fails the smoke test at load', async () => {
    const config = projectBuilderConfig();
    // A plausible slip: the entry files listed, the shared chunks they import forgotten.
    const linuxFiles = ((config.linux?.files as string[] | undefined) ?? []).flatMap((pattern) =>
      pattern === 'out/**' ? ['out/main/*.js', 'out/preload/**', 'out/renderer/**'] : [pattern],
    );
    const broken = await packageApp(join(workDir, 'no-chunks'), {
      ...config,
      linux: { ...config.linux, files: linuxFiles },
    });
    const brokenExtracted = join(workDir, 'no-chunks-extracted');
    extractAll(join(broken, 'resources', 'app.asar'), brokenExtracted);
    const home = mkdtempSync(join(tmpdir(), 'cashflow-package-broken-'));
    const main = startMainProcess(join(brokenExtracted, 'out', 'main', 'index.js'), {
      home,
      appPath: brokenExtracted,
      packaged: true,
    });
    running.push(main);
    await expect(main.loaded).rejects.toThrow(/failed to load: ERR_MODULE_NOT_FOUND/);
    rmSync(home, { recursive: true, force: true });
  }, 300_000);
});
