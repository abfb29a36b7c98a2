import { e2eMode } from './mode'

/**
 * The editor the tests log in as. `next dev` creates the development login (src/seed/onInit.ts) at
 * start-up; production holds every password to the policy (NEWSROOM_MIN_PASSWORD_LENGTH), so the
 * production seed makes the same editor with a password long enough for it.
 */
export const LOGIN: { email: string; password: string } = {
  email: 'editor@newsroom.local',
  password: e2eMode() === 'start' ? 'newsroom-e2e-production-password' : 'newsroom',
}
