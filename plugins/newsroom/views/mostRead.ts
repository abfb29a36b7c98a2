import { LRUCache } from 'lru-cache'
import type { PayloadRequest } from 'payload'

import { daysEnding, type Period, PERIOD_DAYS } from './calendar'
import { counterFor } from './runtime'
import { dailyViews, lastDayWithViews, mostRead, mostReadFromDaily, type Ranked } from './store'

export const PERIODS = Object.keys(PERIOD_DAYS) as Period[]
export const MAX_LIMIT = 100

export interface MostReadEntry {
  rank: number
  views: number
  doc: Record<string, unknown> & { id: number | string }
}

const rankings = new LRUCache<string, Ranked[]>({ max: 1000 })

/**
 * The ranking of a period ending on `lastDay` (today unless a fallback looks further back), reused for
 * `mostReadCacheSeconds`. Not dropped when views are written: under traffic that happens every second,
 * and each dashboard or frontend would sum the daily rows again.
 */
async function ranking(req: PayloadRequest, collection: string, period: Period, limit: number, lastDay?: string): Promise<Ranked[]> {
  const counter = await counterFor(req.payload)
  const target = counter.targets.get(collection)
  if (!target) return []
  const end = lastDay ?? counter.calendar.dayOf()
  const key = `${collection}\u0000${period}\u0000${limit}\u0000${lastDay ?? ''}`
  const cached = rankings.get(key)
  if (cached) return cached
  // A few more than asked: some may be hidden from this reader by access control.
  const days = PERIOD_DAYS[period]
  // The period totals hold windows ending today only; a fallback to an earlier day sums its daily rows
  // (and must never roll the windows back to that day).
  const ranked =
    lastDay !== undefined && days !== null
      ? await mostReadFromDaily(counter.pool, target, end, days, limit * 2)
      : await mostRead(counter.pool, target, end, days, limit * 2)
  const ttl = counter.options.mostReadCacheSeconds * 1000
  if (ttl > 0) rankings.set(key, ranked, { ttl })
  return ranked
}

/** The most-read documents of a period that this request may read, best first, with their views in the period. */
export async function mostReadDocuments(req: PayloadRequest, collection: string, period: Period, limit: number, depth = 0, lastDay?: string): Promise<MostReadEntry[]> {
  const ranked = await ranking(req, collection, period, limit, lastDay)
  if (ranked.length === 0) return []
  const { docs } = await req.payload.find({
    collection: collection as never,
    where: { id: { in: ranked.map((entry) => entry.id) } },
    limit: ranked.length,
    pagination: false,
    depth,
    overrideAccess: false,
    user: req.user,
    req,
  })
  const byId = new Map(docs.map((doc) => [String((doc as { id: unknown }).id), doc as MostReadEntry['doc']]))
  return ranked
    .filter((entry) => byId.has(entry.id))
    .slice(0, limit)
    .map((entry, index) => ({ rank: index + 1, views: entry.views, doc: byId.get(entry.id) as MostReadEntry['doc'] }))
}

/** Which days a ranking covers: `from`..`to` (YYYY-MM-DD), both `null` for all time; `fallback` when it is not the period asked for. */
export interface Shown {
  period: Period
  from: null | string
  to: null | string
  fallback: 'all' | 'none' | 'recent'
}

/**
 * The ranking of a period, or on a quiet day the same span ending on the last day with views, or
 * else all time: a dashboard shows what was read last rather than nothing. Says which it shows.
 */
export async function mostReadWithFallback(req: PayloadRequest, collection: string, period: Period, limit: number, depth = 0): Promise<{ entries: MostReadEntry[]; shown: Shown }> {
  const counter = await counterFor(req.payload)
  const today = counter.calendar.dayOf()
  const span = (to: string): Shown => {
    const days = PERIOD_DAYS[period]
    return days === null ? { period, from: null, to: null, fallback: 'none' } : { period, from: daysEnding(to, days)[0], to, fallback: 'none' }
  }
  const entries = await mostReadDocuments(req, collection, period, limit, depth)
  if (entries.length > 0 || PERIOD_DAYS[period] === null) return { entries, shown: span(today) }
  const lastDay = await lastDayWithViews(counter.pool, collection, today)
  if (lastDay && lastDay !== today) {
    const recent = await mostReadDocuments(req, collection, period, limit, depth, lastDay)
    if (recent.length > 0) return { entries: recent, shown: { ...span(lastDay), fallback: 'recent' } }
  }
  const allTime = await mostReadDocuments(req, collection, 'all', limit, depth)
  return allTime.length > 0 ? { entries: allTime, shown: { period: 'all', from: null, to: null, fallback: 'all' } } : { entries, shown: span(today) }
}

/** Views per day of one document, zero-filled, oldest first. */
export async function dailySeries(req: PayloadRequest, collection: string, id: string, days: number): Promise<Array<{ day: string; views: number }>> {
  const counter = await counterFor(req.payload)
  const today = counter.calendar.dayOf()
  const counts = await dailyViews(counter.pool, collection, id, today, days)
  return daysEnding(today, days).map((day) => ({ day, views: counts.get(day) ?? 0 }))
}

/** Reads `period` (day, week, month, all; any case) or names the problem. */
export function parsePeriod(raw: null | string | undefined, fallback: Period): Period | { error: string } {
  if (raw === null || raw === undefined || raw === '') return fallback
  const period = raw.toLowerCase() as Period
  return PERIODS.includes(period) ? period : { error: `period must be one of ${PERIODS.join(', ')} (got ${JSON.stringify(raw)})` }
}

export function parseBoundedInt(name: string, raw: null | string | undefined, fallback: number, max: number): number | { error: string } {
  if (raw === null || raw === undefined || raw === '') return fallback
  const value = Number(raw)
  return Number.isInteger(value) && value >= 1 && value <= max ? value : { error: `${name} must be a whole number from 1 to ${max} (got ${JSON.stringify(raw)})` }
}
