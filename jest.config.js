// The SDK's reminder that it will need Node 22 from 2027 (README says so) would repeat in every worker.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

/** What every suite shares; each project below adds only where its tests live. */
const shared = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest'] },
  // middy 6, FormatJS (intl-messageformat) and jose (under the Agents SDK's jwks-rsa) ship ESM only; let swc turn them into CommonJS for jest.
  transformIgnorePatterns: ['/node_modules/(?!(?:@middy|intl-messageformat|@formatjs|jose)/)'],
  // A dynamic import names its file as Node's ESM resolution wants (`./aws-store.js`); here it is TypeScript.
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
};

/**
 * Four suites, one per folder under test/: `npm run test:unit` etc. pick one with
 * `jest --selectProjects <name> --coverage=false`; plain `jest` (what `npm test` runs) runs them all.
 * (--selectProjects takes a list: the flag after it ends the list, so that in
 * `npm run test:unit -- test/unit/shared/rules` the path filters tests instead of naming a project.)
 */
const project = (name) => ({ ...shared, displayName: name, roots: [`<rootDir>/test/${name}`] });

/** @type {import('jest').Config} */
module.exports = {
  projects: ['unit', 'integration', 'e2e', 'infra'].map(project),
  // Coverage is global (over whichever projects run); the threshold holds for `npm test`'s full run.
  collectCoverageFrom: ['shared/**/*.ts'],
  coverageProvider: 'v8',
  coverageThreshold: {
    './shared/rules/': { lines: 100 },
  },
  coverageReporters: ['text-summary', 'lcov'],
  // Every core: the integration and browser suites wait on their desks and Chromium far more than they
  // compute (on a 2-core machine, jest's default of one worker fewer ran them one at a time: 8.4 min, against 6.3 with two).
  maxWorkers: '100%',
};
