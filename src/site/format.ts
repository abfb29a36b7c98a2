/** The agency's own time zone: every date on the site is read as Kyiv time, as the wire prints it. */
export const SITE_TIME_ZONE = 'Europe/Kyiv'

const OPTIONS: Intl.DateTimeFormatOptions = {
  day: '2-digit',
  month: '2-digit',
  year: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
}
const parts = new Intl.DateTimeFormat('en-GB', { ...OPTIONS, timeZone: SITE_TIME_ZONE })

/** `05.01.26, 17:32`: how a "read also" line and the story's date print a moment; '' for no or a bad date. */
export function formatDateTime(value: Date | string | null | undefined, timeZone = SITE_TIME_ZONE): string {
  if (value === null || value === undefined || value === '') return ''
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) return ''
  const formatter = timeZone === SITE_TIME_ZONE ? parts : new Intl.DateTimeFormat('en-GB', { ...OPTIONS, timeZone })
  const get = Object.fromEntries(formatter.formatToParts(date).map((part) => [part.type, part.value]))
  return `${get.day}.${get.month}.${get.year}, ${get.hour}:${get.minute}`
}

/** `1272 views`, `1 view`; the wire prints the number without separators. */
export function formatViews(views: number | null | undefined): string {
  const count = Math.max(0, Math.trunc(views ?? 0))
  return `${count} ${count === 1 ? 'view' : 'views'}`
}

/** `05.01.26, 17:32 • 7684 views`: the tail of a "read also" line. */
export function readAlsoMeta(publishedAt: string | null | undefined, views: number | null | undefined): string {
  const date = formatDateTime(publishedAt)
  return date ? `${date} • ${formatViews(views)}` : formatViews(views)
}

/** `Kyiv • UNN`, or whichever of the two the story has. */
export function datelineCredit(dateline: string | null | undefined, credit: string | null | undefined): string {
  return [dateline, credit].map((part) => part?.trim()).filter(Boolean).join(' • ')
}
