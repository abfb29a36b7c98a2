import { SignJWT } from 'jose'
import proxyaddr from 'proxy-addr'

import { sanitizeOptions } from '../../plugins/newsroom/options'
import { ViewBuffer } from '../../plugins/newsroom/views/buffer'
import { Calendar, daysEnding } from '../../plugins/newsroom/views/calendar'
import { malformedId } from '../../plugins/newsroom/views/counter'
import { andThen } from '../../plugins/newsroom/views/maybeAsync'
import { sessionCheck } from '../../plugins/newsroom/views/session'
import { clientAddressOf, peerAddressOf, sealedPeer, UNKNOWN_ADDRESS } from '../../plugins/newsroom/views/clientAddress'
import { BeaconRateLimit, RATE_MAX_ADDRESSES, subscriberOf } from '../../plugins/newsroom/views/rateLimit'
import { clientAddress, compileTrust, skipReason, visitorKey } from '../../plugins/newsroom/views/visitor'
import { CHROME } from './beacon'

const BROWSERS = [
  CHROME,
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14.6; rv:133.0) Gecko/20100101 Firefox/133.0',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36',
]

describe('who counts', () => {
  it('counts browsers and names the reason for everything else', () => {
    for (const userAgent of BROWSERS) expect(skipReason({ userAgent }, true)).toBeNull()
    expect(skipReason({ userAgent: '' }, true)).toBe('bot')
    expect(skipReason({ userAgent: '   ' }, true)).toBe('bot')
    expect(skipReason({ userAgent: 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' }, true)).toBe('bot')
    expect(skipReason({ userAgent: CHROME, signedIn: true }, true)).toBe('signed-in')
    expect(skipReason({ userAgent: CHROME, preview: true }, true)).toBe('preview')
    expect(skipReason({ userAgent: CHROME, purpose: 'prefetch;prerender' }, true)).toBe('preview')
    expect(skipReason({ userAgent: CHROME, doNotTrack: '1' }, true)).toBe('privacy')
    expect(skipReason({ userAgent: CHROME, globalPrivacyControl: '1' }, true)).toBe('privacy')
    // With the option off, privacy signals are the frontend's business.
    expect(skipReason({ userAgent: CHROME, doNotTrack: '1', globalPrivacyControl: '1' }, false)).toBeNull()
    expect(skipReason({ userAgent: CHROME, doNotTrack: '0' }, true)).toBeNull()
  })
})

describe('the visitor address', () => {
  const loopback = compileTrust(['loopback'])
  it('believes X-Forwarded-For only from a trusted proxy', () => {
    expect(clientAddress('203.0.113.5', '198.51.100.1', loopback)).toBe('203.0.113.5')
    expect(clientAddress('127.0.0.1', '198.51.100.1', loopback)).toBe('198.51.100.1')
    // A client that forges its own header behind the proxy gets the proxy's view of it: the nearest untrusted hop.
    expect(clientAddress('127.0.0.1', '10.9.9.9, 198.51.100.1', loopback)).toBe('198.51.100.1')
    expect(clientAddress('10.0.0.2', '198.51.100.1', compileTrust(['10.0.0.0/8']))).toBe('198.51.100.1')
    expect(clientAddress('10.0.0.2', '198.51.100.1', compileTrust([]))).toBe('10.0.0.2')
  })
  it('believes no forwarded address when the socket is unknown', () => {
    // Next.js passes a client's own X-Forwarded-For through untouched: without the socket, any entry may be forged.
    expect(clientAddress(undefined, '198.51.100.1', loopback)).toBe(UNKNOWN_ADDRESS)
    expect(clientAddress(undefined, '198.51.100.1, 127.0.0.1', loopback)).toBe(UNKNOWN_ADDRESS)
    expect(clientAddress(undefined, null, loopback)).toBe(UNKNOWN_ADDRESS)
    expect(clientAddress('', '198.51.100.1', loopback)).toBe(UNKNOWN_ADDRESS)
  })
  it('reads the socket from a sealed peer header only, and the same way for every web Request', () => {
    const request = (headers: Record<string, string>) => new Request('http://localhost/views', { headers })
    expect(clientAddressOf(request({ 'x-newsroom-peer': sealedPeer('127.0.0.1'), 'x-forwarded-for': '198.51.100.1' }), loopback)).toBe('198.51.100.1')
    expect(clientAddressOf(request({ 'x-newsroom-peer': sealedPeer('203.0.113.5'), 'x-forwarded-for': '198.51.100.1' }), loopback)).toBe('203.0.113.5')
    expect(clientAddressOf(request({ 'x-newsroom-peer': sealedPeer('203.0.113.5') }), loopback)).toBe('203.0.113.5')
    // A client that writes the header itself does not know the seal.
    expect(clientAddressOf(request({ 'x-newsroom-peer': '127.0.0.1', 'x-forwarded-for': '198.51.100.1' }), loopback)).toBe(UNKNOWN_ADDRESS)
    // A seal one character off (never the real one, whatever its last character is).
    const seal = sealedPeer('').slice(0, -1)
    const forged = `${seal.slice(0, -1)}${seal.endsWith('x') ? 'y' : 'x'}`
    expect(clientAddressOf(request({ 'x-newsroom-peer': `${forged} 127.0.0.1` }), loopback)).toBe(UNKNOWN_ADDRESS)
    expect(clientAddressOf(request({ 'x-forwarded-for': '198.51.100.1' }), loopback)).toBe(UNKNOWN_ADDRESS)
    expect(peerAddressOf(null)).toBeUndefined()
  })
  it('finds the address proxy-addr finds, for every chain of proxies', () => {
    const trusts = [[], ['loopback'], ['loopback', '10.0.0.0/8'], ['10.0.0.0/8', '198.51.100.1']]
    const sockets = ['127.0.0.1', '10.0.0.2', '203.0.113.5', '::1']
    const chains = ['', '198.51.100.1', '10.9.9.9, 198.51.100.1', '198.51.100.1, 10.1.1.1', '10.1.1.1, 10.2.2.2', 'not-an-ip, 10.2.2.2', '2001:db8::1, 127.0.0.1']
    for (const list of trusts) {
      const ours = compileTrust(list)
      const theirs = proxyaddr.compile(list)
      for (const socket of sockets) {
        for (const chain of chains) {
          const request = { headers: { 'x-forwarded-for': chain }, connection: { remoteAddress: socket }, socket: { remoteAddress: socket } }
          // Twice: the second answer comes from what the trust test remembered.
          for (let pass = 0; pass < 2; pass++) expect([list, socket, chain, clientAddress(socket, chain, ours)]).toEqual([list, socket, chain, proxyaddr(request as never, theirs)])
        }
      }
    }
    // Every hop trusted: the farthest one.
    expect(clientAddress('127.0.0.1', '10.1.1.1, 10.2.2.2', compileTrust(['loopback', '10.0.0.0/8']))).toBe('10.1.1.1')
  })
  it('names a subscriber by its IPv4 address or its IPv6 /64', () => {
    expect(subscriberOf('198.51.100.7')).toBe('198.51.100.7')
    expect(subscriberOf('::ffff:198.51.100.7')).toBe('198.51.100.7')
    expect(subscriberOf('2001:db8:1:2:3:4:5:6')).toBe('2001:db8:1:2::/64')
    expect(subscriberOf('2001:0db8:0001:0002::9')).toBe('2001:db8:1:2::/64')
    expect(subscriberOf('2001:db8::1')).toBe('2001:db8:0:0::/64')
    expect(subscriberOf('fe80::1%eth0')).toBe('fe80:0:0:0::/64')
    expect(subscriberOf('::1')).toBe('0:0:0:0::/64')
    expect(subscriberOf(UNKNOWN_ADDRESS)).toBe(UNKNOWN_ADDRESS)
  })
  it('limits beacons per address per minute, without keeping the address', () => {
    const limit = new BeaconRateLimit(3)
    const minute = 60_000 * 29_000_000
    for (let n = 0; n < 3; n++) expect(limit.take('198.51.100.7', minute + n)).toBe(0)
    expect(limit.take('198.51.100.7', minute + 15_000)).toBe(45)
    expect(limit.take('198.51.100.7', minute + 59_999)).toBe(1)
    // Another address has its own allowance; another address of the same IPv6 /64 does not.
    expect(limit.take('198.51.100.8', minute + 10)).toBe(0)
    for (let n = 0; n < 3; n++) expect(limit.take(`2001:db8:1:2::${n + 1}`, minute + 20)).toBe(0)
    expect(limit.take('2001:db8:1:2::99', minute + 20)).toBeGreaterThan(0)
    // The next minute starts afresh.
    expect(limit.take('198.51.100.7', minute + 60_000)).toBe(0)
    expect(JSON.stringify([...(limit as unknown as { counts: Map<string, number> }).counts.keys()])).not.toContain('198.51')
  })
  it('stays bounded: beyond its size newcomers are not tracked, those tracked still are', () => {
    const limit = new BeaconRateLimit(1)
    const counts = () => (limit as unknown as { counts: Map<string, number> }).counts
    const now = 60_000 * 29_000_001
    expect(limit.take('203.0.113.1', now)).toBe(0)
    for (let n = 0; counts().size < RATE_MAX_ADDRESSES; n++) limit.take(`10.${n >> 16}.${(n >> 8) & 255}.${n & 255}`, now)
    expect(limit.take('203.0.113.1', now)).toBeGreaterThan(0)
    expect(limit.take('203.0.113.2', now)).toBe(0)
    expect(limit.take('203.0.113.2', now)).toBe(0)
    expect(counts().size).toBe(RATE_MAX_ADDRESSES)
  })
  it('keeps a keyed hash of the visitor, never the address', () => {
    const key = visitorKey('salt-a', '198.51.100.1', CHROME, 'articles', '12')
    expect(key).toMatch(/^[A-Za-z0-9_-]{22}$/)
    expect(key).not.toContain('198')
    expect(visitorKey('salt-a', '198.51.100.1', CHROME, 'articles', '12')).toBe(key)
    expect(visitorKey('salt-b', '198.51.100.1', CHROME, 'articles', '12')).not.toBe(key)
    expect(visitorKey('salt-a', '198.51.100.2', CHROME, 'articles', '12')).not.toBe(key)
    expect(visitorKey('salt-a', '198.51.100.1', CHROME, 'articles', '13')).not.toBe(key)
  })
})

describe('buffering and calendar days', () => {
  it('sums views of one document and day, and hands them over once', () => {
    const buffer = new ViewBuffer()
    buffer.add('articles', '1', '2026-11-26')
    buffer.add('articles', '1', '2026-11-26')
    buffer.add('articles', '2', '2026-11-26')
    buffer.add('articles', '1', '2026-11-27', 3)
    expect(buffer.size).toBe(6)
    const batch = buffer.take()
    expect(batch?.views).toBe(6)
    expect(batch?.counts).toEqual([
      { collection: 'articles', id: '1', day: '2026-11-26', views: 2 },
      { collection: 'articles', id: '2', day: '2026-11-26', views: 1 },
      { collection: 'articles', id: '1', day: '2026-11-27', views: 3 },
    ])
    expect(batch?.id).toMatch(/^[0-9a-f-]{36}$/)
    expect(buffer.take()).toBeNull()
    buffer.add('articles', '1', '2026-11-26')
    expect(buffer.take()?.id).not.toBe(batch?.id)
  })

  it('follows the newsroom time zone across midnight and daylight saving', () => {
    const kyiv = new Calendar('Europe/Kyiv')
    expect(kyiv.dayOf(Date.parse('2026-11-26T21:59:00Z'))).toBe('2026-11-26')
    expect(kyiv.dayOf(Date.parse('2026-11-26T22:00:00Z'))).toBe('2026-11-27')
    expect(kyiv.dayOf(Date.parse('2026-07-01T20:59:00Z'))).toBe('2026-07-01')
    expect(kyiv.dayOf(Date.parse('2026-07-01T21:00:00Z'))).toBe('2026-07-02')
    expect(new Calendar('UTC').dayOf(Date.parse('2026-11-26T23:59:59Z'))).toBe('2026-11-26')
    expect(daysEnding('2026-03-01', 3)).toEqual(['2026-02-27', '2026-02-28', '2026-03-01'])
  })
})

describe('ids and options', () => {
  const target = (idSqlType: string) => ({ slug: 'articles', table: 'articles', idSqlType, viewsColumn: 'views', slugColumn: 'slug', statusColumn: null, versions: null })
  it('rejects ids the column could not hold', () => {
    expect(malformedId(target('integer'), '12')).toBeNull()
    expect(malformedId(target('integer'), '12a')).toBe('Malformed id "12a"')
    expect(malformedId(target('integer'), '1'.repeat(30))).toMatch(/Malformed/)
    expect(malformedId(target('uuid'), '0b3f2f8e-8a3c-4c4e-9b1a-2f9d3c1e5a77')).toBeNull()
    expect(malformedId(target('uuid'), '12')).toMatch(/Malformed/)
    expect(malformedId(target('character varying'), 'any-key')).toBeNull()
  })
  it('fails at start-up on options that cannot work, naming them', () => {
    const slugs = ['articles', 'people']
    expect(() => sanitizeOptions({ views: { collections: ['stories'] } }, slugs)).toThrow(/views.collections names "stories"/)
    expect(() => sanitizeOptions({ views: { dedupeWindowMinutes: 0 } }, slugs)).toThrow(/views.dedupeWindowMinutes must be a number above 0/)
    expect(() => sanitizeOptions({ views: { flushMaxViews: 2.5 } }, slugs)).toThrow(/views.flushMaxViews must be a whole number/)
    expect(() => sanitizeOptions({ views: { beaconPerMinute: 0 } }, slugs)).toThrow(/views.beaconPerMinute must be a whole number above 0 \(got 0\)/)
    expect(() => sanitizeOptions({ views: { dedupeStore: 'redis' as never } }, slugs)).toThrow(/views.dedupeStore must be "memory" or "postgres"/)
    expect(() => sanitizeOptions({ views: { timeZone: 'Mars/Olympus' } }, slugs)).toThrow(/views.timeZone must be an IANA time zone/)
    expect(() => sanitizeOptions({ views: { trustedProxies: 'loopback' as never } }, slugs)).toThrow(/views.trustedProxies must be a list/)
    expect(() => sanitizeOptions({ views: { trustedProxies: ['not-an-address'] } }, slugs)).toThrow(/views.trustedProxies: invalid IP address: not-an-address/)
    const { views } = sanitizeOptions({ views: { collections: [{ slug: 'people', slugField: false }] } }, slugs)
    expect(views && views.collections).toEqual([{ slug: 'people', viewsField: 'views', slugField: false }])
    expect(sanitizeOptions({ views: false }, slugs).views).toBe(false)
  })
})

describe('the hot path without promises', () => {
  it('goes on at once with a value and after a promise with a promise', async () => {
    const now = andThen(2, (n) => andThen(n + 1, (m) => m * 10))
    expect(now).toBe(30)
    const later = andThen(Promise.resolve(2), (n) => andThen(n + 1, (m) => m * 10))
    expect(later).toBeInstanceOf(Promise)
    expect(await later).toBe(30)
    expect(await andThen(2, (n) => Promise.resolve(n + 1))).toBe(3)
    await expect(andThen(Promise.reject(new Error('down')), () => 1)).rejects.toThrow('down')
  })

  it('answers a request without a token at once, and checks a token asynchronously', async () => {
    const check = sessionCheck('secret', 'payload')
    expect(check(null, null)).toBe(false)
    expect(check('theme=dark; other-token=x', null)).toBe(false)
    const forged = check('payload-token=eyJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJl', null)
    expect(forged).toBeInstanceOf(Promise)
    expect(await forged).toBe(false)
    expect(await check(null, 'JWT not-a-token')).toBe(false)
    const token = await new SignJWT({ id: 1 }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('1h').sign(new TextEncoder().encode('secret'))
    expect(await check(`theme=dark; payload-token=${token}`, null)).toBe(true)
    expect(await check(null, `Bearer ${token}`)).toBe(true)
  })
})
