import crypto from 'node:crypto'

import { isbot } from 'isbot'
import { LRUCache } from 'lru-cache'

/** Why a view was not counted; `null` when it counts. */
export type SkipReason = 'bot' | 'duplicate' | 'preview' | 'privacy' | 'signed-in'

export interface VisitSignals {
  userAgent: string
  /** `DNT` header. */
  doNotTrack?: null | string
  /** `Sec-GPC` header. */
  globalPrivacyControl?: null | string
  /** `Sec-Purpose` or `Purpose` header: browsers send `prefetch` for pages fetched before anyone looks. */
  purpose?: null | string
  /** The beacon said it comes from an admin preview. */
  preview?: boolean
  /** A valid Payload session came with the request: an editor looking at their own site. */
  signedIn?: boolean
}

// Readers share a few thousand user agents; isbot's large pattern runs once per agent, not per view.
const botAgents = new LRUCache<string, boolean>({ max: 10_000 })
const isBotCached = (userAgent: string): boolean => {
  let bot = botAgents.get(userAgent)
  if (bot === undefined) {
    bot = isbot(userAgent)
    botAgents.set(userAgent, bot)
  }
  return bot
}

/** Decides whether a request may count as a reader's view, before any dedupe. */
export function skipReason(signals: VisitSignals, respectPrivacySignals: boolean): null | SkipReason {
  // isbot('') is false; an empty user agent is a script, never a reader's browser.
  if (!signals.userAgent.trim() || isBotCached(signals.userAgent)) return 'bot'
  if (signals.signedIn) return 'signed-in'
  if (signals.preview || /prefetch|prerender/i.test(signals.purpose ?? '')) return 'preview'
  if (respectPrivacySignals && (signals.doNotTrack?.trim() === '1' || signals.globalPrivacyControl?.trim() === '1')) return 'privacy'
  return null
}

// The address rule lives in one module; these stay importable from here for existing callers.
export { clientAddress, clientAddressOf, compileTrust, type TrustFunction } from './clientAddress'

// One-shot hashing (Node ≥ 20.12) costs a fraction of a Hash or Hmac object per view.
const sha256 = (data: string): string =>
  typeof crypto.hash === 'function' ? crypto.hash('sha256', data, 'base64url') : crypto.createHash('sha256').update(data).digest('base64url')

/**
 * What the dedupe store remembers instead of the address: a hash keyed by the day's salt (a secret
 * prefix of fixed length), which cannot be reversed without that salt, thrown away when the day is over.
 */
export function visitorKey(salt: string, address: string, userAgent: string, collection: string, id: string): string {
  return sha256(`${salt}\u0000${address}\u0000${userAgent}\u0000${collection}\u0000${id}`).slice(0, 22)
}
