/**
 * Where a worker thread's code is. From source (tests, the CLI under tsx) it is a TypeScript file
 * beside the module that starts it, run with tsx's loader; in the packaged app electron-vite bundles
 * each worker as `<name>.js` beside the main bundle, and the starting code may sit in the main file
 * or in a shared chunk one folder down. One rule for every worker of the app.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { AppFailure } from '../../shared/result';

export interface WorkerEntry {
  readonly url: URL;
  readonly execArgv: readonly string[];
}

/**
 * `moduleUrl` is the `import.meta.url` of the code that starts the worker, `sourceFile` the worker's
 * source relative to it, `bundledName` its bundle's name (an extra main input of electron-vite).
 */
export function locateWorker(
  moduleUrl: string,
  sourceFile: string,
  bundledName: string,
  exists: (path: string) => boolean = existsSync,
): WorkerEntry {
  if (moduleUrl.endsWith('.ts')) {
    // Resolved from this file, so tsx is found whatever the current directory is.
    const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
    return { url: new URL(sourceFile, moduleUrl), execArgv: ['--import', tsxLoader] };
  }
  for (const candidate of [`./${bundledName}.js`, `../${bundledName}.js`]) {
    const url = new URL(candidate, moduleUrl);
    if (exists(fileURLToPath(url))) return { url, execArgv: [] };
  }
  throw new AppFailure('internal', `the ${bundledName} bundle is missing beside ${fileURLToPath(moduleUrl)}`);
}
