/**
 * Build of the three Electron targets for this project's layout. The main bundle keeps runtime
 * dependencies external (they ship in node_modules), bundles the rest; the preload is one self-contained CommonJS
 * file, as a sandboxed preload must be; the renderer is a plain Vite React app.
 */
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Only the `dependencies` of package.json stay external and ship in node_modules: the native
      // SQLite module, and libraries that read their own files at run time (fonts, font metrics) or
      // require electron. Everything else is a build-time dependency bundled here, tree-shaken, which
      // keeps the installer small and the CLI's start short. (i18n-iso-countries must be bundled in
      // any case: an external JSON import loses its `with { type: 'json' }` attribute in the bundle.)
      externalizeDeps: true,
      rolldownOptions: {
        input: {
          index: resolve(root, 'electron/main/index.ts'),
          'simulator-worker': resolve(root, 'electron/simulator/serve/worker.ts'),
          'sync-worker': resolve(root, 'electron/sync/worker.ts'),
          'query-worker': resolve(root, 'electron/services/queries/query-worker.ts'),
          cli: resolve(root, 'electron/cli/bin.ts'),
        },
        output: { format: 'es', entryFileNames: '[name].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      rolldownOptions: { input: { index: resolve(root, 'renderer/index.html') } },
    },
  },
});
