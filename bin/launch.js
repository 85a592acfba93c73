// Runs a TypeScript entry of this project under the pinned Node (>= 22, from the `node` devDependency)
// with tsx, for development scripts such as the benchmarks; the shipped CLI is the built bundle.
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
        `run-ts: Node ${process.versions.node} is too old and the pinned Node 24 is missing; run npm install.\n`,
      );
      process.exit(1);
    }
    const self = join(root, 'bin', 'run-ts.js');
    const result = spawnSync(pinned, [self, entry, ...args], { stdio: 'inherit' });
    process.exit(result.status ?? 1);
  }
  const { register } = await import('tsx/esm/api');
  register();
  const module = await import(pathToFileURL(join(root, entry)).href);
  await module.main(args);
}
