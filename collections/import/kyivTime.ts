/**
 * Wire stories print wall-clock times in Kyiv without an offset ("05.01.26, 17:32"). These helpers turn
 * such a local time into a UTC instant using the platform's time-zone data (Intl), so DST follows the
 * official rules instead of a hard-coded "+2/+3" that would be wrong around the switch dates.
 */

export const KYIV_TIME_ZONE = 'Europe/Kyiv'

/** A calendar date and time as printed on the page, month 1-12. */
export interface LocalDateTime {
  year: number
  month: number
  day: number
  hour: number
  minute: number
}

const HOUR = 60 * 60 * 1000
const formatters = new Map<string, Intl.DateTimeFormat>()

export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC avoids any local-zone surprise.
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** False for 31.02, month 13, 24:00 and the like, which `Date.UTC` would silently roll over. */
export function isValidLocalDateTime({ year, month, day, hour, minute }: LocalDateTime): boolean {
  return (
    Number.isInteger(year) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    hour >= 0 &&
    hour <= 23 &&
    minute >= 0 &&
    minute <= 59
  )
}

/**
 * The IANA name Intl accepts for `timeZone`. ICU builds older than 2022 only know the former spelling
 * "Europe/Kiev", so the Kyiv default falls back to it rather than failing on such a runtime.
 */
export function resolveTimeZone(timeZone: string): string {
  const candidates = timeZone === KYIV_TIME_ZONE ? [KYIV_TIME_ZONE, 'Europe/Kiev'] : [timeZone]
  for (const candidate of candidates) {
    try {
      formatterFor(candidate)
      return candidate
    } catch {
      // try the next spelling
    }
  }
  throw new RangeError(`Unknown time zone "${timeZone}": pass an IANA name such as "${KYIV_TIME_ZONE}" or "UTC".`)
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23', // 'h24' would print midnight as 24
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

/** Milliseconds to add to UTC to get the zone's wall clock at `instant`. */
export function zoneOffsetAt(instant: number, timeZone: string): number {
  const parts: Record<string, number> = {}
  for (const part of formatterFor(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value)
  }
  const wallClock = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second)
  return wallClock - Math.floor(instant / 1000) * 1000
}

/**
 * The UTC instant (epoch ms) of a wall-clock time in `timeZone`. Like Temporal's "compatible" mode: a
 * time repeated when clocks go back resolves to its first occurrence, and a time skipped when clocks go
 * forward is moved forward by the length of the gap (03:30 on the spring switch day becomes 04:30).
 */
export function zonedTimeToUtc(local: LocalDateTime, timeZone: string = KYIV_TIME_ZONE): number {
  const zone = resolveTimeZone(timeZone)
  const asIfUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute)
  // The offsets a day either side bracket any transition near this time (zones change at most once a day).
  const offsetBefore = zoneOffsetAt(asIfUtc - 24 * HOUR, zone)
  const offsetAfter = zoneOffsetAt(asIfUtc + 24 * HOUR, zone)
  const valid = [...new Set([offsetBefore, offsetAfter])]
    .map((offset) => asIfUtc - offset)
    .filter((instant) => asIfUtc - instant === zoneOffsetAt(instant, zone))
  if (valid.length > 0) return Math.min(...valid)
  return asIfUtc - offsetBefore
}

/** `zonedTimeToUtc` as an ISO 8601 string, e.g. "2026-01-05T15:32:00.000Z". */
export function zonedTimeToIso(local: LocalDateTime, timeZone: string = KYIV_TIME_ZONE): string {
  return new Date(zonedTimeToUtc(local, timeZone)).toISOString()
}
