// The lint gate: `npm run lint` runs this, then Prettier's check. Every override says why.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/',
      '.*-staging/',
      '.*-previous/',
      '.astro/',
      'node_modules/',
      'tests/.tmp/',
      'bench-results/',
      '.ci/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.astro'],
      },
    },
  },
  {
    // Plain JavaScript (scripts, configs) has no types to check against.
    files: ['**/*.mjs', '**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    // The Astro parser gives template expressions and imported components no type, so every
    // `.map(() => <li />)` and every component import looks "unsafe"; `astro check` types them.
    files: ['**/*.astro'],
    // astro-eslint-parser has no project service; it finds tsconfig.json itself.
    languageOptions: { parserOptions: { projectService: false, project: true } },
    rules: {
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  {
    // Tests destructure away the field under test with `_`.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-unused-vars': ['error', { varsIgnorePattern: '^_' }] },
  },
);
