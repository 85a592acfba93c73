/**
 * Packs the app as electron-builder does for an installer, up to the unpacked folder (the `dir`
 * target, Linux x64), using the project's electron-builder.ts with a stand-in `electronDist`: the
 * Electron binary cannot be downloaded here, and the packaged file set does not depend on it. The
 * stand-in binary carries Electron's fuse wire, so the configured fuses are really flipped.
 */
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, Platform, Arch, type Configuration } from 'electron-builder';
import projectConfig from '../../electron-builder';

export const projectRoot = join(import.meta.dirname, '..', '..');

/** Electron's fuse sentinel and the V1 wire of Electron 41's defaults, as in the real binary. */
export const fuseSentinel = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const defaultWire = '10110001';

export function standInElectronDist(dir: string): string {
  mkdirSync(join(dir, 'resources'), { recursive: true });
  const binary = join(dir, 'electron');
  const wire = Buffer.concat([
    Buffer.from(`#!/bin/sh\necho "stand-in electron"\n# ${fuseSentinel}`),
    Buffer.from([1, defaultWire.length]),
    Buffer.from(`${defaultWire}\n`),
  ]);
  writeFileSync(binary, wire);
  chmodSync(binary, 0o755);
  writeFileSync(join(dir, 'LICENSE'), 'stand-in\n');
  writeFileSync(join(dir, 'version'), '41.7.1');
  return dir;
}

/** A copy of the project's configuration, safe to change in a test. */
export function projectBuilderConfig(): Configuration {
  return structuredClone(projectConfig);
}

/** Packs into `output`; answers the unpacked app folder (`<output>/linux-unpacked`). */
export async function packageApp(
  output: string,
  config: Configuration = projectBuilderConfig(),
): Promise<string> {
  const electronDist = standInElectronDist(join(output, 'stand-in-electron'));
  // Given as a file: an object would be merged into electron-builder.ts, which the project dir holds.
  const configFile = join(output, 'electron-builder.json');
  writeFileSync(
    configFile,
    JSON.stringify({ ...config, electronDist, directories: { ...config.directories, output } }),
  );
  await build({
    projectDir: projectRoot,
    targets: Platform.LINUX.createTarget('dir', Arch.x64),
    publish: 'never',
    config: configFile,
  });
  return join(output, 'linux-unpacked');
}
