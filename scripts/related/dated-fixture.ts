// `npx tsx scripts/related/dated-fixture.ts [OUT.jsonl] [--one-date]`
// Writes our dated evaluation set (tests/fixtures/related/dated_news.jsonl by default): the events
// of ./datedNews/events.ts told over days to a year, in the ../shared/datasets shape. Deterministic,
// so the committed file can be regenerated and reviewed. `--one-date` puts every article on one date,
// to measure the text alone.
import fs from 'node:fs'

import { EVENTS, type EventFacts, type EventKind, KINDS, type Phase, weekdayOf } from './datedNews/events'

const DAY_MS = 86_400_000
const PUBLISHERS = ['Wire Desk', 'Morning Post', 'City Herald', 'Evening Standard Online', 'Radio News', 'Business Daily']
/** Days after the first report at which stories appear: the first days, then follow-ups for months. */
const OFFSETS = [0, 0, 1, 2, 5, 12, 30, 60, 120, 200, 365]

/** A small seeded generator: the same file on every run. */
function random(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

const phaseOf = (days: number): Phase => (days <= 1 ? 'first' : days <= 20 ? 'update' : days <= 90 ? 'aftermath' : days <= 250 ? 'resolution' : 'anniversary')

const fill = (template: string, slots: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, name: string) => slots[name] ?? name)

export function datedArticles(): Array<Record<string, string>> {
  const next = random(12)
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]
  const rows: Array<Record<string, string>> = []
  EVENTS.forEach((event: EventFacts, e) => {
    const kind = KINDS.find((candidate) => candidate.kind === event.kind) as EventKind
    const story = `${event.kind}-${event.slots.place ?? event.slots.country ?? event.slots.accused ?? event.slots.bank ?? event.slots.union ?? event.slots.buyer ?? event.slots.airline}-${event.start.slice(0, 4)}`.toLowerCase().replace(/[^a-z0-9-]+/g, '-')
    // Not every event is followed to its anniversary, and not at the same days.
    const offsets = OFFSETS.filter((days) => days <= 2 || next() < 0.8)
    offsets.forEach((days, n) => {
      const phase = phaseOf(days)
      const hour = 6 + Math.floor(next() * 14)
      const date = new Date(Date.parse(`${event.start}T00:00:00Z`) + days * DAY_MS + hour * 3_600_000 + Math.floor(next() * 60) * 60_000)
      const slots = { ...event.slots, weekday: weekdayOf(date) }
      const titles = kind.titles[phase]
      const common = [...kind.common].sort(() => next() - 0.5).slice(0, 2)
      const specific = [...kind.specific].sort(() => next() - 0.5).slice(0, 1 + Math.floor(next() * 2))
      const leads = kind.leads[phase]
      rows.push({
        id: `dated-${e + 1}-${n + 1}`,
        title: fill(titles[n % titles.length], slots),
        lead: fill(pick(leads), slots),
        body: [...specific, ...common].map((sentence) => fill(sentence, slots)).join('\n\n'),
        publishedAt: date.toISOString(),
        publisher: pick(PUBLISHERS),
        story,
        lang: 'en',
      })
    })
  })
  return rows.sort((a, b) => a.publishedAt.localeCompare(b.publishedAt) || a.id.localeCompare(b.id))
}

if (process.argv[1]?.endsWith('dated-fixture.ts')) {
  const args = process.argv.slice(2)
  const out = args.find((arg) => !arg.startsWith('--')) ?? 'tests/fixtures/related/dated_news.jsonl'
  const rows = datedArticles().map((row) => (args.includes('--one-date') ? { ...row, publishedAt: '2025-01-01T12:00:00.000Z' } : row))
  fs.writeFileSync(out, rows.map((row) => JSON.stringify(row)).join('\n') + '\n')
  console.log(`${out}: ${rows.length} articles, ${new Set(rows.map((row) => row.story)).size} stories`)
}
