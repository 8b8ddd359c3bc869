// Lint rules that guard the layout: the pipeline and the API depend on the graph and the domain,
// never the other way round, so each layer can be read (and replaced) on its own.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.data/**', 'tools/**/target/**', 'static/vendor/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      // no-cycle reads every imported file, and needs to know which parser reads a .ts one.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/extensions': ['.ts', '.js', '.mjs'],
      // Sources import `./x.js` for `./x.ts` (NodeNext); only TypeScript's resolver follows that.
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // tsc reports unused names (noUnusedLocals, noUnusedParameters); one report is enough.
      '@typescript-eslint/no-unused-vars': 'off',
      'import-x/no-cycle': 'error',
      'import-x/no-self-import': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './src', from: './ingest', message: 'src/ is the library the pipeline uses; it never depends on the pipeline.' },
            { target: './src/graph', from: './src/server', message: 'src/graph/ speaks Cypher for every caller; GraphQL concerns stay in src/server/.' },
            { target: './src/domain', from: ['./src/graph', './src/server'], message: 'the domain vocabulary depends on nothing but itself.' },
            { target: './ingest', from: './src/server', message: 'the pipeline writes the graph; it never goes through the API.' },
          ],
        },
      ],
    },
  },
  // A test reads GraphQL answers as untyped JSON, as a client would.
  { files: ['tests/**/*.ts'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  { files: ['scripts/**/*.mjs', '*.js'], languageOptions: { globals: globals.node } },
  { files: ['static/**/*.js'], languageOptions: { globals: globals.browser } },
);
