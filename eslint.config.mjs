import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];
const react = ['react', 'react-dom', 'react-dom/*', '@tiptap/react', '@tiptap/react/*'];
const electron = ['electron', 'electron/*'];

// Layering of docs/ARCHITECTURE.md: each folder names what it may never import.
function forbid(groups) {
  return {
    'no-restricted-imports': [
      'error',
      {
        patterns: groups.map(({ names, message }) => ({ group: names, message })),
      },
    ],
  };
}

// DOM types are in scope for src/shared's HTML reading (linkedom), but no browser globals exist in main.
const noBrowserGlobals = {
  'no-restricted-globals': [
    'error',
    ...['window', 'document', 'navigator', 'localStorage', 'location'].map((name) => ({
      name,
      message: 'src/shared and src/main run without a browser: build documents with linkedom instead.',
    })),
  ],
};

const rules = {
  shared: {
    ...noBrowserGlobals,
    ...forbid([
      { names: electron, message: 'src/shared runs in every process: no electron.' },
      { names: react, message: 'src/shared is pure: no React (node views belong in the renderer).' },
      { names: nodeBuiltins, message: 'src/shared runs in the renderer too: no Node built-ins.' },
      {
        names: ['**/main/**', '**/renderer/**', '**/preload/**'],
        message: 'src/shared imports nothing above it.',
      },
    ]),
  },
  renderer: forbid([
    { names: electron, message: 'The renderer reaches main only through src/renderer/src/api/client.ts.' },
    { names: nodeBuiltins, message: 'The renderer is sandboxed: no Node built-ins.' },
    { names: ['**/main/**', '**/preload/**'], message: 'The renderer never imports main or preload.' },
  ]),
  main: {
    ...noBrowserGlobals,
    ...forbid([
      { names: react, message: 'Main never imports React.' },
      { names: ['**/renderer/**', '**/preload/**'], message: 'Main never imports the renderer or preload.' },
    ]),
  },
  preload: forbid([
    { names: react, message: 'The preload exposes the contract only: no React.' },
    { names: ['**/main/**', '**/renderer/**'], message: 'The preload never imports main or the renderer.' },
  ]),
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'reports/**', 'node_modules/**', 'resources/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  { files: ['src/shared/**/*.{ts,tsx}'], rules: rules.shared },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...rules.renderer,
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  { files: ['src/main/**/*.ts'], rules: rules.main },
  { files: ['src/preload/**/*.ts'], rules: rules.preload },
  {
    files: ['tests/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'Mock electron: importing it for real downloads the runtime.' },
          ],
        },
      ],
    },
  },
);
