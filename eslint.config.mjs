import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'build/',
      '.tmp/',
      '.cache/',
      '.strapi/',
      'types/generated/',
      'public/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      // `crypto` is a global in Node 20, but our scripts require the module explicitly.
      globals: { ...globals.node, crypto: 'off' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  }
);
