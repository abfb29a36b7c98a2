type Env = Record<string, string | undefined>

/** Where Next.js keeps the site's rendered pages and cached data (ISR and `unstable_cache`). */
export interface PageCacheSettings {
  /** Also written to `.next/` on disk; otherwise memory only. */
  disk: boolean
  /** The in-memory cache's size in bytes (Next's `cacheMaxMemorySize`); least recently used pages go first. */
  memoryBytes: number
}

export const PAGE_CACHE_DEFAULTS = { disk: false, memoryMegabytes: 128 } as const

/**
 * The page cache from `NEWSROOM_SITE_CACHE_DISK` (`on`/`off`) and `NEWSROOM_SITE_CACHE_MB`. Memory only by
 * default: Next awaits the disk writes of a page rendered for the first time before it answers, about
 * 3 ms of every uncached story page on two cores, and an instance's disk cache is its own anyway (a
 * container's disk goes with it). A bad value stops the server at start, naming the variable.
 */
export function pageCacheSettings(env: Env = process.env): PageCacheSettings {
  const disk = (env.NEWSROOM_SITE_CACHE_DISK ?? '').trim().toLowerCase()
  if (disk !== '' && disk !== 'on' && disk !== 'off') {
    throw new Error(`NEWSROOM_SITE_CACHE_DISK must be "on" or "off", not ${JSON.stringify(env.NEWSROOM_SITE_CACHE_DISK)}`)
  }
  const megabytes = (env.NEWSROOM_SITE_CACHE_MB ?? '').trim()
  if (megabytes !== '' && !/^\d{1,6}$/.test(megabytes)) {
    throw new Error(`NEWSROOM_SITE_CACHE_MB must be a whole number of megabytes (0 turns the memory cache off), not ${JSON.stringify(env.NEWSROOM_SITE_CACHE_MB)}`)
  }
  const settings = {
    disk: disk === '' ? PAGE_CACHE_DEFAULTS.disk : disk === 'on',
    memoryBytes: (megabytes === '' ? PAGE_CACHE_DEFAULTS.memoryMegabytes : Number(megabytes)) * 1024 * 1024,
  }
  // Nothing cached at all: every reader's request would render its page, a spike would reach the database.
  if (!settings.disk && settings.memoryBytes === 0) {
    throw new Error('NEWSROOM_SITE_CACHE_MB=0 turns the memory cache off, and the disk cache is off too (NEWSROOM_SITE_CACHE_DISK): no page would be cached')
  }
  return settings
}
