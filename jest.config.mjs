/**
 * Two jest projects. `newsroom`: this app's tests, TypeScript sources run as ES modules (Payload is
 * ESM-only) through SWC, with @newsroom/* mapped onto the workspace sources. `second-app`: another
 * app that installs @newsroom/plugin from its packed tarball (tests/second-app/install.mjs, the
 * project's globalSetup) and resolves it as Node does, with no mapping onto the sources.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.dirname(fileURLToPath(import.meta.url))

const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
    },
    module: { type: 'es6' },
  },
]

export const newsroomProject = {
  displayName: 'newsroom',
  rootDir: root,
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleNameMapper: {
    '^@payload-config$': '<rootDir>/src/payload.config.ts',
    '^@newsroom/plugin$': '<rootDir>/plugins/newsroom/index.ts',
    '^@newsroom/plugin/(.*)$': '<rootDir>/plugins/newsroom/$1',
    '^@newsroom/schema$': '<rootDir>/collections/index.ts',
    '^@newsroom/schema/(.*)$': '<rootDir>/collections/$1',
    '^@/(.*)$': '<rootDir>/src/$1',
    '\\.(css|scss)$': '<rootDir>/tests/setup/empty-module.js',
  },
  // The second app's installed copy of the plugin is not this project's to see, nor the production
  // build's copies of the app's and the workspaces' package.json (.next/standalone), nor the packages' dist/.
  modulePathIgnorePatterns: ['<rootDir>/tests/second-app/', '<rootDir>/.next/', '<rootDir>/plugins/newsroom/dist/', '<rootDir>/collections/dist/'],
  setupFiles: ['<rootDir>/tests/setup/env.ts'],
  testMatch: ['<rootDir>/tests/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/tests/e2e/', '/tests/second-app/'],
}

export const secondAppProject = {
  displayName: 'second-app',
  rootDir: path.join(root, 'tests/second-app'),
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  // Only the second app's own TypeScript; the installed plugin is plain ES modules.
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: { '\\.(css|scss)$': '<rootDir>/test/empty-module.js' },
  globalSetup: '<rootDir>/install.mjs',
  setupFiles: ['<rootDir>/test/env.ts'],
  testMatch: ['<rootDir>/test/**/*.test.ts'],
}

// A run option, not a project's: jest reads it from here for every project.
export const testTimeout = 60_000

export default { testTimeout, projects: [newsroomProject, secondAppProject] }
