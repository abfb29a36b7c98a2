/** Calendar days (YYYY-MM-DD) in a time zone: the unit of the daily counts and of the salt. */
export class Calendar {
  private readonly format: Intl.DateTimeFormat
  private cachedMinute = -1
  private cachedDay = ''

  constructor(readonly timeZone: string) {
    // en-CA writes dates as YYYY-MM-DD.
    this.format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
  }

  /** The day of an instant; cached per minute because it is asked on every view. */
  dayOf(time: number = Date.now()): string {
    const minute = Math.floor(time / 60_000)
    if (minute === this.cachedMinute) return this.cachedDay
    const day = this.format.format(new Date(time))
    this.cachedMinute = minute
    this.cachedDay = day
    return day
  }
}

/** The `count` days ending with `lastDay`, oldest first. */
export function daysEnding(lastDay: string, count: number): string[] {
  const end = Date.parse(`${lastDay}T00:00:00Z`)
  return Array.from({ length: count }, (_, index) => new Date(end - (count - 1 - index) * 86_400_000).toISOString().slice(0, 10))
}

export type Period = 'all' | 'day' | 'month' | 'week'

/** Days a most-read period spans, today included; `null` for all time. */
export const PERIOD_DAYS: Record<Period, null | number> = { day: 1, week: 7, month: 30, all: null }
