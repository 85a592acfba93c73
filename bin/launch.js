// Runs a TypeScript entry of this project under the pinned Node (>= 22, from the `node` devDependency)
// with tsx, so the CLI and benchmarks work from any shell, even where the system Node is older and
// cannot load better-sqlite3's Node-API 10 binary.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function launch(entry, args) {
  const major = Number(process.versions.node.split('.')[0]);
  if (major < 22) {
    const pinned = join(root, 'node_modules', 'node', 'bin', 'node');
    if (!existsSync(pinned)) {
      process.stderr.write(
        `cashflow: Node ${process.versions.node} is too old and the pinned Node 24 is missing; run npm install.\n`,
      );
      process.exit(1);
    }
    const result = spawnSync(
      pinned,
      [fileURLToPath(import.meta.url).replace(/launch\.js$/, 'cashflow.js'), ...args],
      {
        stdio: 'inherit',
        env: { ...process.env, CASHFLOW_ENTRY: entry },
      },
    );
    process.exit(result.status ?? 1);
  }
  const { register } = await import('tsx/esm/api');
  register();
  const module = await import(pathToFileURL(join(root, entry)).href);
  await module.main(args);
}
