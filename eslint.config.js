// Lint rules, including the process boundaries of docs/architecture.md: the renderer reaches the main
// process only through window.api, shared/ stays runtime-neutral, only the shell imports electron.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeOnly = [
  'node:*',
  'fs',
  'path',
  'os',
  'child_process',
  'worker_threads',
  'better-sqlite3',
  'undici',
];

function restrict(patterns, message) {
  return { 'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }] };
}

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error', noInlineConfig: true },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unnecessary-condition': ['error', { allowConstantLoopConditions: true }],
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use a union of literals.' },
        {
          // Node 22+ and Electron refuse a JSON module imported without its attribute.
          selector: 'ImportDeclaration[source.value=/\\.json$/][attributes.length=0]',
          message: "Import JSON with { type: 'json' }.",
        },
        {
          // The package's Node entry require()s every locale by a computed path that no bundle follows.
          selector: "ImportDeclaration[source.value='i18n-iso-countries']",
          message: "Import 'i18n-iso-countries/index' and register the locales you need.",
        },
      ],
    },
  },
  {
    files: ['bin/**/*.js', 'eslint.config.js', 'scripts/**/*.mjs', 'test/smoke/stand-in/**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(
        ['electron', '**/electron/**', ...nodeOnly],
        'The renderer talks to the main process only through window.api.',
      ),
    },
  },
  {
    // TanStack Virtual returns new functions on every scroll by design, so the React Compiler would
    // skip memoizing this one component; the app does not run the compiler, and skipping is right here.
    files: ['renderer/src/components/transactions/TransactionsTable.tsx'],
    rules: { 'react-hooks/incompatible-library': 'off' },
  },
  {
    files: ['shared/**/*.ts'],
    rules: restrict(
      ['electron', '**/electron/**', 'react', ...nodeOnly],
      'shared/ holds runtime-neutral code only.',
    ),
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/**', 'electron/preload/**'],
    rules: restrict(
      ['electron', '**/renderer/**'],
      'Only electron/main and electron/preload may import electron.',
    ),
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: restrict(['**/renderer/**'], 'The shell does not import renderer code.'),
  },
);
