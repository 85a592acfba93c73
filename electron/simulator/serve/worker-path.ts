/**
 * Where the simulator worker's code is: beside this module as `worker.ts` when running from source
 * (tests, CLI under tsx; the worker then needs tsx's loader), or as the bundle's
 * `simulator-worker.js` beside the main bundle (electron-vite's extra main input).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { AppFailure } from '../../../shared/result';

export interface WorkerEntry {
  readonly url: URL;
  readonly execArgv: readonly string[];
}

/** `moduleUrl` is the `import.meta.url` of the code that starts the worker. */
export function simulatorWorkerEntry(
  moduleUrl: string,
  exists: (path: string) => boolean = existsSync,
): WorkerEntry {
  if (moduleUrl.endsWith('.ts')) {
    const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
    return { url: new URL('./worker.ts', moduleUrl), execArgv: ['--import', tsxLoader] };
  }
  // In the bundle this code may sit in index.js or in a shared chunk one folder down.
  for (const candidate of ['./simulator-worker.js', '../simulator-worker.js']) {
    const url = new URL(candidate, moduleUrl);
    if (exists(fileURLToPath(url))) return { url, execArgv: [] };
  }
  throw new AppFailure(
    'internal',
    `the simulator worker bundle is missing beside ${fileURLToPath(moduleUrl)}`,
  );
}
