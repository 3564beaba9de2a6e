// Lint: type-aware rules everywhere, and the boundaries the architecture depends on.
import js from '@eslint/js'
import i18next from 'eslint-plugin-i18next'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const frameworkImports = [
  'react',
  'react-dom',
  'electron',
  'yjs',
  'y-websocket',
  'y-protocols',
  'lib0',
  'ws',
  'better-sqlite3'
]

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node, ...globals.browser }
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
    }
  },
  {
    files: ['**/*.mjs'],
    ...tseslint.configs.disableTypeChecked
  },
  {
    // The domain core is pure: no framework, platform or sync library reaches it.
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: frameworkImports,
          patterns: ['node:*', '@tiptap/*', 'y-*', 'lib0/*', '../collab/*', '../../*']
        }
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'require']
    }
  },
  {
    // The sync adapter and the server know nothing of the renderer: it depends on them.
    files: ['src/collab/**/*.ts', 'server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/renderer/**'],
              message: 'src/collab and server/ may not use the renderer.'
            }
          ]
        }
      ]
    }
  },
  {
    // React components reach shared state through src/collab, never Yjs itself.
    files: ['src/renderer/src/components/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['yjs', 'y-websocket', 'y-protocols'].map((name) => ({
            name,
            allowTypeImports: true,
            message: 'Reach shared state through src/collab.'
          }))
        }
      ]
    }
  },
  {
    // Every word the UI shows goes through the catalogues (src/core/i18n): no text in JSX, and
    // none in the attributes people read or hear (labels, titles, placeholders, alt texts).
    files: ['src/renderer/src/**/*.tsx'],
    ignores: ['src/renderer/src/**/*.test.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'jsx-attributes': {
            include: ['aria-label', 'aria-description', 'title', 'placeholder', 'alt', 'label']
          }
        }
      ]
    }
  }
)
