#!/usr/bin/env node
// The `cashflow` command: runs the CLI bundle that is built with the app (out/main/cli.js). It needs
// Node 22.12 or newer (better-sqlite3's Node-API 10 binary crashes older Nodes); on an older Node it
// hands over to the project's pinned Node if npm installed it, and otherwise says so in one sentence.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isTooOld } from './node-version.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (isTooOld(process.versions.node)) {
  const pinned = join(root, 'node_modules', 'node', 'bin', 'node');
  if (!existsSync(pinned)) {
    process.stderr.write(
      `cashflow: Node ${process.versions.node} is too old; install Node 22.12 or newer (or run npm install here for the pinned Node 24).\n`,
    );
    process.exit(1);
  }
  const result = spawnSync(pinned, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  process.exit(result.status ?? 1);
}

const bundle = join(root, 'out', 'main', 'cli.js');
if (!existsSync(bundle)) {
  process.stderr.write('cashflow: the CLI is not built yet; run `npm run build` first.\n');
  process.exit(1);
}
await import(pathToFileURL(bundle).href);
