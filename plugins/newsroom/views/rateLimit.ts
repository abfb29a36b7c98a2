import crypto from 'node:crypto'

/** Most addresses tracked in one minute; beyond it newcomers are not limited until the next minute (≈ 10 MB at most). */
export const RATE_MAX_ADDRESSES = 100_000

const WINDOW_MS = 60_000
const IPV4_MAPPED = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i

/**
 * The part of an address that one subscriber holds: an IPv4 address, or the /64 network of an IPv6
 * address (a household or a phone gets a whole /64, so its addresses are one client).
 */
export function subscriberOf(address: string): string {
  const mapped = IPV4_MAPPED.exec(address)
  if (mapped) return mapped[1]
  if (!address.includes(':') || address.includes('.')) return address
  const bare = address.split('%')[0].toLowerCase()
  const [head, tail] = bare.split('::')
  const front = head ? head.split(':') : []
  const back = tail ? tail.split(':') : []
  const groups = tail === undefined ? front : [...front, ...Array<string>(Math.max(0, 8 - front.length - back.length)).fill('0'), ...back]
  return `${groups.slice(0, 4).map((group) => group.replace(/^0+(?=.)/, '')).join(':')}::/64`
}

const sha256 = (data: string): string =>
  typeof crypto.hash === 'function' ? crypto.hash('sha256', data, 'base64url') : crypto.createHash('sha256').update(data).digest('base64url')

/**
 * Beacons per client address per minute, in a fixed window counted in memory: synchronous (the
 * beacon's hot path makes no promise), bounded (`RATE_MAX_ADDRESSES`), and keyed by a hash of the
 * address with a secret made per process, so the addresses themselves are never kept. A fixed window
 * lets a client send up to twice the limit across the turn of a minute; for a beacon that is fine.
 */
export class BeaconRateLimit {
  private readonly salt = crypto.randomBytes(16).toString('base64url')
  private window = -1
  private counts = new Map<string, number>()

  constructor(readonly perMinute: number) {}

  /** Counts one beacon from `address`: 0 when it is within the limit, otherwise the seconds until it may send again. */
  take(address: string, now = Date.now()): number {
    const window = Math.floor(now / WINDOW_MS)
    if (window !== this.window) {
      this.window = window
      this.counts = new Map()
    }
    const key = sha256(`${this.salt}\u0000${subscriberOf(address)}`).slice(0, 16)
    const count = (this.counts.get(key) ?? 0) + 1
    if (count > this.perMinute) return Math.max(1, Math.ceil(((window + 1) * WINDOW_MS - now) / 1000))
    if (count > 1 || this.counts.size < RATE_MAX_ADDRESSES) this.counts.set(key, count)
    return 0
  }
}
