/** The browser smoke test: `npm run test:e2e`. Kept out of `npm test`, which needs nothing but Node. */
import { newsroomProject } from './jest.config.mjs'

export default {
  ...newsroomProject,
  testMatch: ['<rootDir>/tests/e2e/**/*.e2e.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  modulePathIgnorePatterns: [],
  testTimeout: 300_000,
}
