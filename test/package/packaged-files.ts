/**
 * Reads a packaged app (the folder electron-builder's `dir` target makes): what the asar holds,
 * whether native modules sit unpacked beside it where Electron can load them, and its size.
 */
import { listPackage, statFile } from '@electron/asar';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function archiveFiles(appDir: string): string[] {
  return listPackage(join(appDir, 'resources', 'app.asar'), { isPack: false }).map((path) =>
    path.replace(/^[/\\]/, '').replaceAll('\\', '/'),
  );
}

/**
 * Native modules Electron could not load: a `.node` file must be marked unpacked in the archive and
 * present in app.asar.unpacked, since a shared library cannot be opened from inside an archive.
 */
export function nativeModulesNotUnpacked(appDir: string): string[] {
  const archive = join(appDir, 'resources', 'app.asar');
  return archiveFiles(appDir)
    .filter((path) => path.endsWith('.node'))
    .filter((path) => {
      const entry = statFile(archive, path) as { unpacked?: boolean };
      return entry.unpacked !== true || !existsSync(join(`${archive}.unpacked`, path));
    });
}

export function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? folderBytes(path) : statSync(path).size;
  }
  return total;
}
