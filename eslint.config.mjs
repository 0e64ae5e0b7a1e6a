// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// zod comes from shared/validation/zod.ts: zod/mini, with English messages. The full build costs every
// function's cold start; only the policy schema, used when the policies are compiled, keeps it.
const ZOD_ONCE = { regex: '^zod(/|$)', message: 'Import zod from shared/validation/zod (zod/mini, English messages): the full build costs every cold start.' };

export default tseslint.config(
  { ignores: ['node_modules/', 'coverage/', 'cdk.out/', '.data/', 'dist/', 'web/vendor/', 'bench/.out/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly', __dirname: 'readonly', process: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['shared/**/*.ts', 'functions/**/*.ts', 'bot/**/*.ts', 'local/**/*.ts', 'infra/**/*.ts'],
    ignores: ['shared/validation/zod.ts', 'shared/rules/policy.schema.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [ZOD_ONCE] }] },
  },
  {
    // The pure core: no AWS SDK, no botbuilder, no environment, no clock of its own.
    files: ['shared/**/*.ts'],
    ignores: ['shared/adapters/**', 'shared/wiring/**', 'shared/validation/zod.ts', 'shared/rules/policy.schema.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@aws-sdk/*', 'botbuilder*', 'node:*', 'fs', 'path', 'child_process'] }, ZOD_ONCE] }],
      'no-restricted-globals': ['error', 'process'],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'The core has no clock: take the date as input.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'The core has no clock: take the date as input.' },
      ],
    },
  },
);
