#!/usr/bin/env node
// Runs one TypeScript script (benchmarks) under the pinned Node with tsx: `node bin/run-ts.js FILE [args]`.
import { launch } from './launch.js';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  process.stderr.write('usage: node bin/run-ts.js FILE [args]\n');
  process.exit(2);
}
await launch(entry, args);
