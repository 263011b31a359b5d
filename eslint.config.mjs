// ESLint for News Lens: the recommended JavaScript and typescript-eslint rules (syntax only, no type
// information, so linting stays fast), minus the few this codebase does otherwise on purpose, plus
// the house rules: functions in src/ at most 80 lines, lines at most 140 characters, and no inline
// word list in the engine outside its lexicon. Layout is Prettier's job (`npm run format`): none of
// the rules below is about layout except max-len, which catches what Prettier cannot wrap (comments).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import noInlineWordList from './eslint-rules/no-inline-word-list.mjs';

// Node's globals, for the .mjs scripts (TypeScript files get theirs from the type checker).
const NODE_GLOBALS = Object.fromEntries(
  [
    'process',
    'console',
    'Buffer',
    'URL',
    'URLSearchParams',
    'AbortController',
    'TextDecoder',
    'TextEncoder',
    'setTimeout',
    'clearTimeout',
    'setInterval',
    'clearInterval',
    'setImmediate',
    'queueMicrotask',
    'structuredClone',
    'fetch',
  ].map((name) => [name, 'readonly']),
);
// Globals of the page, for the functions the e2e tests run inside the workbench (page.evaluate).
const BROWSER_GLOBALS = Object.fromEntries(
  ['document', 'window', 'getComputedStyle', 'HTMLElement', 'Element', 'Node', 'NodeFilter'].map((name) => [name, 'readonly']),
);
const MOCHA_GLOBALS = Object.fromEntries(
  ['describe', 'it', 'before', 'after', 'beforeEach', 'afterEach'].map((name) => [name, 'readonly']),
);

export default defineConfig(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'out/',
      '.vscode-test/',
      'test-results/',
      '.tmp/',
      'test/snapshots/',
      'test/eval/fresh/',
      'test/eval/gold-own/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Lines at most 140 characters. Prettier wraps code at 140; what it cannot wrap (a long string,
      // template or regular expression, a URL) is let through, comments are not.
      'max-len': ['error', { code: 140, ignoreUrls: true, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true }],
      // `_name` marks a parameter or binding kept for its position (a callback's signature, a
      // destructured tuple); an unused caught error may go unnamed.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', destructuredArrayIgnorePattern: '^_' },
      ],
      // A ternary as a statement picks which of two assignments to make (union-find's root choice).
      '@typescript-eslint/no-unused-expressions': ['error', { allowTernary: true }],
      // The regular expressions escape `-` and `[` inside character classes on purpose (`[\w.\-]`):
      // the escape says "a literal hyphen" whatever its position, so moving a range cannot change it.
      'no-useless-escape': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: NODE_GLOBALS },
  },
  {
    files: ['test/e2e/**'],
    languageOptions: { globals: { ...NODE_GLOBALS, ...BROWSER_GLOBALS, ...MOCHA_GLOBALS } },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // Tests walk untyped JSON (the CLI's output, SARIF logs) where `any` is the honest type.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    // Every line of a function counts, blank lines and comments too: a long function is long to read.
    files: ['src/**/*.ts'],
    rules: { 'max-lines-per-function': ['error', { max: 80, skipBlankLines: false, skipComments: false, IIFEs: true }] },
  },
  {
    files: ['src/analysis/**/*.ts'],
    ignores: ['src/analysis/lexicon/**'],
    plugins: { 'news-lens': { rules: { 'no-inline-word-list': noInlineWordList } } },
    rules: { 'news-lens/no-inline-word-list': ['error', { min: 8 }] },
  },
  {
    // The lexicon is laid out by hand (Prettier would put each word on its own line, see
    // .prettierignore), so its lines are held to 140 characters with no exception but URLs.
    files: ['src/analysis/lexicon/**/*.ts'],
    rules: { 'max-len': ['error', { code: 140, ignoreUrls: true }] },
  },
);
