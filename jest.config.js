/** Jest: the engine, command line and gateway run in Node; the task pane in jsdom. */
const transform = {
  '^.+\\.(t|j)sx?$': [
    '@swc/jest',
    { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } } },
  ],
};
const moduleNameMapper = {
  // office-addin-mock pulls office-addin-manifest, whose ESM-only deps Jest cannot load (see README).
  '^office-addin-manifest$': '<rootDir>/test/support/office-addin-manifest-stub.js',
};

module.exports = {
  // Fluent's first render and axe over a whole pane tab take seconds on a busy machine.
  testTimeout: 20_000,
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      transform,
      moduleNameMapper,
      testMatch: ['<rootDir>/test/{engine,cli,excel,manifest,workbench,docs,print}/**/*.test.ts'],
    },
    {
      displayName: 'dom',
      testEnvironment: 'jsdom',
      transform,
      moduleNameMapper,
      setupFilesAfterEnv: ['<rootDir>/test/support/dom-setup.ts'],
      testMatch: ['<rootDir>/test/taskpane/**/*.test.tsx'],
    },
    {
      // Long runs (many property cases, million-row sheets): `npm run test:slow`, also run in CI.
      displayName: 'slow',
      testEnvironment: 'node',
      transform,
      moduleNameMapper,
      testMatch: ['<rootDir>/test/slow/**/*.test.ts'],
    },
  ],
};
