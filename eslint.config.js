// ESLint, once for the whole tree (flat config). typescript-eslint's strict rules without type
// information (fast enough for 2 cores), consistent type imports, the rules of hooks in the
// renderer, and the layer boundaries of STYLE.md as import restrictions.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Imports a layer may not make (STYLE.md: shared runs anywhere; the renderer has no Node). */
const noNode = [{ group: ['node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads', 'electron'], message: 'Node and Electron belong in main/.' }];
const noReact = [{ group: ['react', 'react-dom', 'react-dom/*', 'dexie', 'dexie-react-hooks'], message: 'React and Dexie belong in renderer/.' }];
const layer = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'build/**', 'test/scratch/**', 'test/fixtures/**'] },
  js.configs.recommended,
  tseslint.configs.strict,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.node } },
    rules: {
      // `typeof import('pdfjs-dist/…')` types a module loaded lazily; allowed.
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      // Chinese text uses the ideographic space (U+3000) on purpose, in strings and templates.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipRegExps: true, skipJSXText: true, skipComments: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'test/unit/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    files: ['shared/**/*.ts'],
    rules: layer([...noNode, ...noReact, { group: ['**/main/**', '**/renderer/**', '**/preload/**'], message: 'shared/ imports only shared/.' }]),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: layer([...noNode, { group: ['**/main/**', '**/preload/**'], message: 'The renderer reaches main only through window.api.' }]),
  },
  { files: ['main/**/*.ts', 'preload/**/*.ts'], rules: layer([...noReact, { group: ['**/renderer/**'], message: 'main/ and preload/ do not import the renderer.' }]) },
  {
    // CommonJS on purpose (test/helpers/noNetwork.cjs is preloaded with `node --require`).
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Tests may assert on values they know are there.
    files: ['test/**/*.{ts,tsx,mts}'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
