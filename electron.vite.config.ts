/**
 * Build of the three Electron targets for this project's layout. The main bundle keeps runtime
 * dependencies external (they ship in node_modules) except those that carry JSON modules; the preload is one self-contained CommonJS
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
      // i18n-iso-countries is bundled: its locale is a JSON module, and an external JSON import loses
      // its `with { type: 'json' }` attribute in the bundle, which Node 22+ and Electron refuse to load.
      externalizeDeps: { exclude: ['i18n-iso-countries'] },
      rolldownOptions: {
        input: {
          index: resolve(root, 'electron/main/index.ts'),
          'simulator-worker': resolve(root, 'electron/simulator/serve/worker.ts'),
          'sync-worker': resolve(root, 'electron/sync/worker.ts'),
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
