import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const noElectron = {
  patterns: [{ regex: '^electron(/|$)', message: 'Only the shell (electron/main.ts, electron/preload.ts, electron/shell/) may import electron.' }],
};

const integerOnly = [
  { selector: "CallExpression[callee.name='parseFloat']", message: 'Points and fen are integers: parse straight to an integer.' },
  { selector: "CallExpression[callee.property.name='toFixed']", message: 'Points and fen are integers: format integers, not floats.' },
];

// vitest never runs a hook registered while a test runs, so a helper function (called from a
// test body) or a test body must not register one; module level and describe callbacks may.
const HOOK = 'CallExpression[callee.name=/^(after|before)(Each|All)$/]';
const noHookInBody = [
  `CallExpression[callee.name=/^(it|test)$/] ${HOOK}`,
  `CallExpression[callee.object.name=/^(it|test)$/] ${HOOK}`,
  `FunctionDeclaration ${HOOK}`,
  `VariableDeclarator > :matches(ArrowFunctionExpression, FunctionExpression) ${HOOK}`,
].map((selector) => ({ selector, message: 'Register test hooks at module level or in a describe callback: vitest never runs one registered inside a test.' }));

export default tseslint.config(
  { ignores: ['dist/**', 'dist-electron/**', 'release/**', 'node_modules/**', 'test-results/**', 'test-artifacts/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', ...integerOnly],
    },
  },
  {
    // CommonJS on purpose (the electron stub stands in for a CommonJS module)
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['electron/core/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts', 'test/**/*.ts', 'e2e/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', noElectron] },
  },
  {
    files: ['test/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', ...integerOnly, ...noHookInBody] },
  },
  {
    // The contract is shared with the renderer: pure TypeScript, no Node.
    files: ['electron/core/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...noElectron.patterns, { regex: '^(node:|better-sqlite3|\\.\\./)', message: 'The contract may import only zod and other contract files.' }] },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(node:|fs$|path$|better-sqlite3|electron$)', message: 'The renderer never touches Node, files or SQL: call the API.' },
            { regex: '^(\\.\\./)+electron/core/(?!contract/)', message: 'The renderer may import only electron/core/contract.' },
          ],
        },
      ],
    },
  },
);
