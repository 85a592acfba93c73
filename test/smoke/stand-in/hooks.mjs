// Resolves `electron` to the stand-in beside this file, for ES imports and require() alike
// (electron-log, a CommonJS dependency of the main bundle, requires it).
import { registerHooks } from 'node:module';

const standIn = new URL('./electron.mjs', import.meta.url).href;

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier === 'electron') return { url: standIn, format: 'module', shortCircuit: true };
    return nextResolve(specifier, context);
  },
});
