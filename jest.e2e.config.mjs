/** The browser smoke test: `npm run test:e2e`. Kept out of `npm test`, which needs nothing but Node. */
import base from './jest.config.mjs'

export default {
  ...base,
  testMatch: ['<rootDir>/tests/e2e/**/*.e2e.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  testTimeout: 300_000,
}
