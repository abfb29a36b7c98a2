/** Jest runs the TypeScript sources as ES modules (Payload is ESM-only) through SWC. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          target: 'es2022',
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
        },
        module: { type: 'es6' },
      },
    ],
  },
  moduleNameMapper: {
    '^@payload-config$': '<rootDir>/src/payload.config.ts',
    '^@newsroom/plugin$': '<rootDir>/plugins/newsroom/index.ts',
    '^@newsroom/plugin/(.*)$': '<rootDir>/plugins/newsroom/$1',
    '^@newsroom/schema$': '<rootDir>/collections/index.ts',
    '^@newsroom/schema/(.*)$': '<rootDir>/collections/$1',
    '^@/(.*)$': '<rootDir>/src/$1',
    '\\.(css|scss)$': '<rootDir>/tests/setup/empty-module.js',
  },
  setupFiles: ['<rootDir>/tests/setup/env.ts'],
  testMatch: ['<rootDir>/tests/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/tests/e2e/'],
  // The production build copies the app's and the workspaces' package.json into .next/standalone.
  modulePathIgnorePatterns: ['<rootDir>/.next/', '<rootDir>/plugins/newsroom/dist/', '<rootDir>/collections/dist/'],
  testTimeout: 60_000,
}
