import { datelineCredit, formatDateTime, formatViews, readAlsoMeta } from '../../src/site/format'

test('dates print as DD.MM.YY, HH:MM in Kyiv time, across daylight saving', () => {
  // The sample's "read also": 2026-01-05T15:32Z is 17:32 in Kyiv (UTC+2 in winter).
  expect(formatDateTime('2026-01-05T15:32:00.000Z')).toBe('05.01.26, 17:32')
  // Summer time is UTC+3; midnight rolls the day over.
  expect(formatDateTime(new Date('2025-07-31T21:05:00Z'))).toBe('01.08.25, 00:05')
  expect(formatDateTime('2026-01-05T15:32:00.000Z', 'UTC')).toBe('05.01.26, 15:32')
  expect(formatDateTime('not a date')).toBe('')
  expect(formatDateTime(null)).toBe('')
})

test('views, the read-also tail and the dateline line', () => {
  expect(formatViews(1272)).toBe('1272 views')
  expect(formatViews(1)).toBe('1 view')
  expect(formatViews(null)).toBe('0 views')
  expect(readAlsoMeta('2026-01-05T15:32:00.000Z', 7684)).toBe('05.01.26, 17:32 • 7684 views')
  expect(readAlsoMeta(undefined, 3)).toBe('3 views')
  expect(datelineCredit('Kyiv', 'UNN')).toBe('Kyiv • UNN')
  expect(datelineCredit(' ', 'UNN')).toBe('UNN')
})
