// Field-by-field scoring of the wire parser against the fixtures' expected-fields files
// (tests/fixtures/wire/shapes/*.expected.json): the measure issue 13 sets, ≥ 95% of fields right.
import fs from 'node:fs'
import path from 'node:path'

import { parseWireStory, type ParsedWireStory } from '../../collections/import/parseWireStory'

export const SHAPES_DIR = path.resolve(process.cwd(), 'tests/fixtures/wire/shapes')
/** "Today" for the fixtures whose by-line leaves the year out. */
export const SHAPES_NOW = new Date('2026-03-01T12:00:00Z')

export interface ExpectedFields {
  shape: string
  headline: string
  publishedAt: null | string
  dateline: null | string
  credit: null | string
  source: null | string
  views: null | number
  lead: null | string
  author: null | string
  quotes: Array<{ text: string; attribution: string }>
  readAlso: string[]
  subheads: string[]
}

type Field = Exclude<keyof ExpectedFields, 'shape'>
export const FIELDS: Field[] = ['headline', 'publishedAt', 'dateline', 'credit', 'source', 'views', 'lead', 'author', 'quotes', 'readAlso', 'subheads']

export function fieldsOf(story: ParsedWireStory): Omit<ExpectedFields, 'shape'> {
  return {
    headline: story.title,
    publishedAt: story.publishedAt,
    dateline: story.dateline,
    credit: story.credit,
    source: story.source,
    views: story.views,
    lead: story.lead,
    author: story.author,
    quotes: story.quotes.map(({ text, attribution }) => ({ text, attribution })),
    readAlso: story.related.map((related) => related.headline),
    subheads: story.body.flatMap((part) => (part.type === 'heading' ? [part.text] : [])),
  }
}

export interface ShapeScore {
  file: string
  shape: string
  imported: boolean
  error: null | string
  right: number
  total: number
  wrong: Array<{ field: Field; expected: unknown; got: unknown }>
  warnings: string[]
}

export function scoreShapes(dir = SHAPES_DIR): ShapeScore[] {
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((file) => {
      const expected = JSON.parse(fs.readFileSync(path.join(dir, file.replace(/\.txt$/u, '.expected.json')), 'utf8')) as ExpectedFields
      const base = { file, shape: expected.shape, total: FIELDS.length }
      let story: ParsedWireStory
      try {
        story = parseWireStory(fs.readFileSync(path.join(dir, file), 'utf8'), { now: SHAPES_NOW })
      } catch (error) {
        return { ...base, imported: false, error: (error as Error).message, right: 0, wrong: [], warnings: [] }
      }
      const got = fieldsOf(story)
      const wrong = FIELDS.filter((field) => JSON.stringify(got[field]) !== JSON.stringify(expected[field])).map((field) => ({
        field,
        expected: expected[field],
        got: got[field],
      }))
      return {
        ...base,
        imported: true,
        error: null,
        right: FIELDS.length - wrong.length,
        wrong,
        warnings: story.warnings.map((warning) => `line ${warning.line}: ${warning.message}`),
      }
    })
}

export function scoreTable(scores: ShapeScore[]): string {
  const right = scores.reduce((sum, score) => sum + score.right, 0)
  const total = scores.reduce((sum, score) => sum + score.total, 0)
  const rows = scores.map((score) => {
    const misses = score.error ?? score.wrong.map((miss) => `${miss.field}: got ${JSON.stringify(miss.got)}`).join('; ')
    return `${score.file.padEnd(32)} ${`${score.right}/${score.total}`.padStart(6)}  ${score.shape}${misses ? `\n${' '.repeat(40)}✗ ${misses}` : ''}`
  })
  return [...rows, `${'overall'.padEnd(32)} ${`${right}/${total}`.padStart(6)}  ${((100 * right) / total).toFixed(1)}%`].join('\n')
}
