import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import vue from 'eslint-plugin-vue'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const restrict = (patterns) => [
  'error',
  { patterns: patterns.map((group) => ({ ...group, allowTypeImports: group.allowTypeImports ?? false })) },
]

export default tseslint.config(
  { ignores: ['dist/**', '.scratch/**', 'node_modules/**', 'coverage/**', 'bench/out/**', '.vitest-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  // Prettier formats (npm run format, checked by npm run lint); ESLint keeps to correctness and layering.
  prettier,
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'] } },
  },
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'vue/no-v-html': 'error',
      'vue/multi-word-component-names': 'off',
      'vue/attribute-hyphenation': 'off',
      'vue/v-on-event-hyphenation': 'off',
    },
  },
  // The layering rule of ARCHITECTURE.md, enforced.
  {
    files: ['src/domain/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict([
        {
          group: ['vue', 'pinia', 'vue-i18n', 'vue-router', 'dexie', 'papaparse', 'ag-grid-*', 'highs'],
          message: 'domain/ is pure TypeScript.',
        },
        {
          group: [
            '**/db/**',
            '**/io/**',
            '**/grid/**',
            '**/platform/**',
            '**/stores/**',
            '**/components/**',
            '**/pages/**',
          ],
          message: 'domain/ imports only itself.',
        },
      ]),
    },
  },
  {
    files: ['src/**'],
    ignores: ['src/db/**', 'src/domain/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict([
        { group: ['dexie'], message: 'Only src/db/ imports Dexie.', allowTypeImports: true },
        {
          group: ['**/db/db', '**/db/*Repo', '**/db/connection', '**/db/tabSync', '**/db/dexieStorage'],
          message: 'Dexie-backed storage loads lazily: use loadStorage() from db/lazyStorage.',
          allowTypeImports: true,
        },
        { group: ['papaparse'], message: 'Only src/io/ imports PapaParse.' },
      ]),
    },
  },
  {
    files: ['src/io/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict([
        { group: ['dexie', 'vue', 'pinia', 'ag-grid-*'], message: 'io/ is pure reading and writing of files.' },
      ]),
    },
  },
  // Components, pages and their composables reach files and the database through stores; types may come from anywhere.
  {
    files: ['src/components/**', 'src/pages/**', 'src/composables/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict([
        {
          group: ['dexie', '**/db/*'],
          message: 'Components never touch the database: go through a store.',
          allowTypeImports: true,
        },
        {
          group: ['**/io/*', '**/io/**'],
          message: 'Components read and write files through a store, not io/ (types are fine).',
          allowTypeImports: true,
        },
        { group: ['papaparse'], message: 'Only src/io/ imports PapaParse.' },
      ]),
      // The rule above does not see import(): a lazily loaded io/ module is banned here too.
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportExpression[source.value=/(^|\\/)io\\//]',
          message: 'Components read and write files through a store, not io/.',
        },
      ],
    },
  },
  {
    files: ['tests/**', 'bench/**', 'scripts/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
)
