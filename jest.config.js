// The SDK's reminder that it will need Node 22 from 2027 (README says so) would repeat in every worker.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest'] },
  // middy 6 ships ESM only; let swc turn it into CommonJS for jest.
  transformIgnorePatterns: ['/node_modules/(?!@middy/)'],
  collectCoverageFrom: ['shared/**/*.ts'],
  coverageProvider: 'v8',
  coverageThreshold: {
    './shared/rules/': { lines: 100 },
  },
  coverageReporters: ['text-summary', 'lcov'],
};
