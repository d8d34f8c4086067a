// ESLint flat config: typescript-eslint's recommended rules, plus rules that keep
// cell text from ever being rendered as HTML and keep the layers apart (README, "How it
// is built"): only src/excel/ touches Office.js, the engine is pure, and the in-memory
// Excel host is for tests and the workbench, never shipped.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Office.js at run time; its types (`typeof Excel.run`) may be named anywhere. */
const OFFICE_GLOBALS = ['Office', 'Excel'].map((name) => ({
  name,
  message: 'Only src/excel/ touches Office.js: go through the gateway (src/excel/api.ts).',
}));
const NO_MEMORY_EXCEL = {
  group: ['**/memory-excel', '**/memory-excel/**'],
  message: 'The in-memory Excel host is for tests and the workbench only.',
};

export default tseslint.config(
  { ignores: ['dist/', 'dist-cli/', 'coverage/', 'artifacts/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        window: 'readonly',
        document: 'readonly',
        Office: 'readonly',
        Excel: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Cell text is data: render it as text.' },
        { property: 'outerHTML', message: 'Cell text is data: render it as text.' },
        { property: 'insertAdjacentHTML', message: 'Cell text is data: render it as text.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Cell text is data: render it as text.' },
      ],
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    ignores: ['src/excel/**'],
    rules: { 'no-restricted-globals': ['error', ...OFFICE_GLOBALS] },
  },
  {
    files: ['src/taskpane/**', 'src/commands/**', 'src/cli/**', 'src/excel/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NO_MEMORY_EXCEL] }] },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'exceljs', 'react', 'react-dom', '*/excel/*', '*/cli/*', '*/taskpane/*'] },
            NO_MEMORY_EXCEL,
          ],
        },
      ],
      'no-restricted-globals': ['error', ...OFFICE_GLOBALS, 'window', 'document', 'process', 'Buffer'],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', Buffer: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
