/**
 * Recognisers for the date and time lines the agencies print around a headline, in English, Ukrainian and
 * Russian: Interfax's "18:43 28.01.2026", Ukrainska Pravda's "6 February, 01:07" (no year) and
 * "Вівторок, 28 січня 2026, 18:43", Kyiv Independent's "February 6, 2026 1:07 AM", RBC's "28 января 2026, 18:43".
 * Each matches a whole line (after the whitespace is normalised) and returns the parts as printed; values
 * are not range-checked here, so the parser can warn about an impossible date instead of guessing.
 */

export interface PrintedDateTime {
  /** Null when the page leaves the year out (Ukrainska Pravda's by-lines); the parser infers it. */
  year: number | null
  month: number
  day: number
  /** Null when only a date is printed. */
  hour: number | null
  minute: number | null
}

const MONTHS: Record<string, number> = {}
function months(names: string[]): void {
  names.forEach((name, index) => {
    for (const form of name.split('|')) MONTHS[form] = index + 1
  })
}
// Full and short English names; Ukrainian and Russian in the genitive ("6 лютого") and the nominative.
months(['january|jan', 'february|feb', 'march|mar', 'april|apr', 'may', 'june|jun', 'july|jul', 'august|aug', 'september|sep|sept', 'october|oct', 'november|nov', 'december|dec'])
months(['січня|січень', 'лютого|лютий', 'березня|березень', 'квітня|квітень', 'травня|травень', 'червня|червень', 'липня|липень', 'серпня|серпень', 'вересня|вересень', 'жовтня|жовтень', 'листопада|листопад', 'грудня|грудень'])
months(['января|январь', 'февраля|февраль', 'марта|март', 'апреля|апрель', 'мая|май', 'июня|июнь', 'июля|июль', 'августа|август', 'сентября|сентябрь', 'октября|октябрь', 'ноября|ноябрь', 'декабря|декабрь'])

const MONTH_NAME = String.raw`(\p{L}+)\.?`
const WEEKDAY =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|понеділок|вівторок|середа|четвер|п['’ʼ]ятниця|субота|неділя|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье)(?!\p{L}),?\s*/iu
const UPDATED = /^(?:updated|published|оновлено|опубліковано|обновлено|опубликовано)\s*:?\s*/iu
const READ_TIME_SUFFIX = /\s*[·•|]\s*\d+\s*(?:min(?:ute)?s?\.?|хв\.?|мин\.?)\s*(?:read|читання|чтения)$/iu
const TIME = String.raw`(\d{1,2})[:.](\d{2})(?:\s*([ap])\.?m\.?)?`
// "at", "о", "в" and the year words "р."/"г."/"року"/"года" are read around the numbers and ignored.
const GLUE = String.raw`(?:,?\s*(?:at|о|об|в|у|-|–|—)?\s*)`
const YEAR_WORD = String.raw`(?:\s*(?:р\.|г\.|року|года|рік|год))?`

const NUMERIC_TIME_FIRST = new RegExp(String.raw`^${TIME},?\s+(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$`, 'iu')
const NUMERIC_DATE_FIRST = new RegExp(String.raw`^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})${GLUE}(?:${TIME})?$`, 'iu')
const DAY_MONTH = new RegExp(String.raw`^(\d{1,2})\s+${MONTH_NAME}(?:,?\s+(\d{4})${YEAR_WORD})?(?:${GLUE}${TIME})?$`, 'iu')
const MONTH_DAY = new RegExp(String.raw`^${MONTH_NAME}\s+(\d{1,2}),?(?:\s+(\d{4}))?(?:${GLUE}${TIME})?$`, 'iu')
const ISO = new RegExp(String.raw`^(\d{4})-(\d{2})-(\d{2})(?:[ T]${TIME})?$`, 'iu')

function hour24(hour: string, meridiem: string | undefined): number {
  const value = Number(hour)
  if (!meridiem) return value
  // 12 AM is midnight and 12 PM noon; an hour over 12 with AM/PM is left for the range check to refuse.
  if (value > 12) return 99
  return (value % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0)
}

function yearOf(text: string | undefined): number | null {
  if (!text) return null
  return text.length === 2 ? 2000 + Number(text) : Number(text)
}

function time(hour: string | undefined, minute: string | undefined, meridiem: string | undefined) {
  return hour === undefined ? { hour: null, minute: null } : { hour: hour24(hour, meridiem), minute: Number(minute) }
}

/** A line that is nothing but a date, a time and a date, or a date and a time; a weekday may open it. */
export function matchDateTimeLine(line: string): PrintedDateTime | null {
  // Kyiv Independent prints "February 6, 2026 1:07 AM · 3 min read" and "Updated: ..." on one line.
  const text = line
    .replace(UPDATED, '')
    .replace(READ_TIME_SUFFIX, '')
    .replace(WEEKDAY, '')
    .replace(/\s*\|\s*/gu, ' ')
    .trim()
  let match = NUMERIC_TIME_FIRST.exec(text)
  if (match) return { year: yearOf(match[6]), month: Number(match[5]), day: Number(match[4]), hour: hour24(match[1], match[3]), minute: Number(match[2]) }
  match = NUMERIC_DATE_FIRST.exec(text)
  if (match) return { year: yearOf(match[3]), month: Number(match[2]), day: Number(match[1]), ...time(match[4], match[5], match[6]) }
  match = ISO.exec(text)
  if (match) return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]), ...time(match[4], match[5], match[6]) }
  match = DAY_MONTH.exec(text)
  if (match) {
    const month = MONTHS[match[2].toLocaleLowerCase()]
    if (month) return { year: yearOf(match[3]), month, day: Number(match[1]), ...time(match[4], match[5], match[6]) }
  }
  match = MONTH_DAY.exec(text)
  if (match) {
    const month = MONTHS[match[1].toLocaleLowerCase()]
    if (month) return { year: yearOf(match[3]), month, day: Number(match[2]), ...time(match[4], match[5], match[6]) }
  }
  return null
}

const NAME_WORD = String.raw`\p{Lu}(?:[\p{L}'’ʼ-]*\p{L})?`
// Several authors ("Roman Petrenko, Yevheniia Yanko — ...") are allowed; the first one is taken.
const NAME = String.raw`${NAME_WORD}(?: ${NAME_WORD}){1,3}`
const BYLINE = new RegExp(String.raw`^(${NAME})(?:(?:,| and| та| і| и) ${NAME})*\s*(?:[—–|,]|\s-)\s*(.+)$`, 'u')

/** "Ivan Diakonov — 6 February, 01:07": a by-line with the publication time. */
export function matchBylineWithDate(line: string): { author: string; when: PrintedDateTime } | null {
  const match = BYLINE.exec(line)
  if (!match) return null
  const when = matchDateTimeLine(match[2])
  return when ? { author: match[1], when } : null
}

const AGENCY_TIME = /^(\p{Lu}[\p{Lu}-]{2,30})\s*(\d.*)$/u

/** "INTERFAX-UKRAINE 12:52 18.04.2019" (the space is sometimes lost): the agency's name in capitals, then its time line. */
export function matchAgencyTimeLine(line: string): { agency: string; when: PrintedDateTime } | null {
  const match = AGENCY_TIME.exec(line)
  if (!match) return null
  const when = matchDateTimeLine(match[2])
  if (!when) return null
  const agency = match[1].toLocaleLowerCase().replace(/(^|-)(\p{L})/gu, (_, before: string, letter: string) => before + letter.toLocaleUpperCase())
  return { agency, when }
}
