// @ts-check
/**
 * Lint rules for the whole repository, in one place: ESLint's recommended rules and
 * typescript-eslint's type-checked ones (`recommendedTypeChecked`, types from tsconfig.json
 * through the project service) on every TypeScript and JavaScript file; eslint-plugin-astro's
 * recommended rules on the components. Layout is Prettier's job (.prettierrc.json):
 * eslint-config-prettier, last, turns off every rule that would fight it.
 *
 * Run `astro sync` first (npm run lint does): the types of `astro:content` and of the content
 * collections live in the generated .astro/ folder.
 */
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // Built output, generated types, dependencies, and data (the archive's Markdown, test fixtures).
  globalIgnores(['dist/', '.astro/', 'node_modules/', 'tmp/', 'content/', 'tests/fixtures/', 'public/']),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      // Node tools and tests, and the browser modules (src/search/client, components' scripts).
      globals: { ...globals.node, ...globals.browser },
    },
    rules: {
      // A leading underscore marks a value kept on purpose: a skipped tuple slot, an ignored
      // parameter, a property left out of a rest object.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  astro.configs.recommended,
  {
    // Components are type-checked by `astro check`, which infers `Astro.props` from
    // getStaticPaths and knows Astro's JSX types. astro-eslint-parser does neither (it sees
    // them as unresolved), so the type-aware rules here would only report its blind spots.
    files: ['**/*.astro', '**/*.astro/*.ts', '**/*.astro/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  prettier,
);
