import { describe, expect, it } from '@jest/globals'

import { PAGE_CACHE_DEFAULTS, pageCacheSettings } from '../../src/site/pageCache'

const MB = 1024 * 1024

describe('pageCacheSettings', () => {
  it('keeps pages in memory only by default', () => {
    expect(pageCacheSettings({})).toEqual({ disk: false, memoryBytes: PAGE_CACHE_DEFAULTS.memoryMegabytes * MB })
  })

  it('reads the disk switch and the memory size', () => {
    expect(pageCacheSettings({ NEWSROOM_SITE_CACHE_DISK: 'on', NEWSROOM_SITE_CACHE_MB: '256' })).toEqual({ disk: true, memoryBytes: 256 * MB })
    expect(pageCacheSettings({ NEWSROOM_SITE_CACHE_DISK: ' OFF ', NEWSROOM_SITE_CACHE_MB: '16' })).toEqual({ disk: false, memoryBytes: 16 * MB })
    // Disk only: no memory cache in front of it.
    expect(pageCacheSettings({ NEWSROOM_SITE_CACHE_DISK: 'on', NEWSROOM_SITE_CACHE_MB: '0' })).toEqual({ disk: true, memoryBytes: 0 })
  })

  it('refuses values it cannot read, naming the variable', () => {
    expect(() => pageCacheSettings({ NEWSROOM_SITE_CACHE_DISK: 'yes' })).toThrow(/NEWSROOM_SITE_CACHE_DISK must be "on" or "off", not "yes"/)
    for (const bad of ['-1', '1.5', '64MB', '1e3', '9999999']) {
      expect(() => pageCacheSettings({ NEWSROOM_SITE_CACHE_MB: bad })).toThrow(/NEWSROOM_SITE_CACHE_MB must be a whole number of megabytes/)
    }
  })

  it('refuses a cache that would keep nothing', () => {
    expect(() => pageCacheSettings({ NEWSROOM_SITE_CACHE_MB: '0' })).toThrow(/no page would be cached/)
    expect(() => pageCacheSettings({ NEWSROOM_SITE_CACHE_MB: '0', NEWSROOM_SITE_CACHE_DISK: 'off' })).toThrow(/no page would be cached/)
  })
})
