/**
 * Which Next.js server the browser tests run against. `next dev` by default, so `npm run test:e2e` works
 * on a fresh checkout and always tests the code as it is; NEWSROOM_E2E_NEXT=start runs them against
 * the production build (`npm run build` first), which CI does to skip a compile per test file.
 */
export type E2EMode = 'dev' | 'start'

export function e2eMode(env: Record<string, string | undefined> = process.env): E2EMode {
  const mode = env.NEWSROOM_E2E_NEXT?.trim() || 'dev'
  if (mode !== 'dev' && mode !== 'start') throw new Error(`NEWSROOM_E2E_NEXT must be "dev" or "start" (got "${mode}")`)
  return mode
}
