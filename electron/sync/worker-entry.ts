/**
 * Where a worker thread's code lives. In the packaged app electron-vite bundles each worker as its
 * own file beside the main bundle (`out/main/<name>.js`); the CLI and the tests run the TypeScript
 * source through tsx. The Electron shell knows which case it is in and says so; nothing guesses.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface WorkerEntry {
  readonly path: string | URL;
  readonly execArgv: readonly string[];
}

/** The bundled worker `<bundledName>.js` in `bundleDir`, or the TypeScript source run through tsx. */
export function workerEntry(sourceUrl: URL, bundledName: string, bundleDir?: string): WorkerEntry {
  if (bundleDir !== undefined) return { path: join(bundleDir, `${bundledName}.js`), execArgv: [] };
  // Resolved from this file, so the worker finds tsx whatever the current directory is.
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  return { path: sourceUrl, execArgv: ['--import', tsx] };
}

/** The sync worker's entry; `bundleDir` only from the packaged shell. */
export function syncWorkerEntry(bundleDir?: string): WorkerEntry {
  return workerEntry(new URL('./worker.ts', import.meta.url), 'sync-worker', bundleDir);
}
