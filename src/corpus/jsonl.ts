import fs from 'node:fs'
import readline from 'node:readline'

/** One line of a corpus file in the `../shared/datasets/` format. */
export interface CorpusRow {
  id: string
  title: string
  lead: string
  body: string
  publishedAt: string
  publisher: string
  lang?: string
}

export interface CorpusFile {
  rows: CorpusRow[]
  /**
   * The `story` label of each row, by row id. It is kept apart from the rows so that it can never
   * reach the database or the engine: only the evaluation reads it.
   */
  stories: Map<string, string>
}

export class CorpusFormatError extends Error {}

const requiredString = (value: unknown, field: string, line: number): string => {
  if (typeof value !== 'string') throw new CorpusFormatError(`line ${line}: "${field}" must be a string`)
  return value
}

export async function readCorpus(file: string, limit = Infinity): Promise<CorpusFile> {
  if (!fs.existsSync(file)) throw new CorpusFormatError(`${file}: no such file`)
  const rows: CorpusRow[] = []
  const stories = new Map<string, string>()
  const lines = readline.createInterface({ input: fs.createReadStream(file, 'utf8'), crlfDelay: Infinity })
  let line = 0
  for await (const text of lines) {
    line++
    if (!text.trim()) continue
    if (rows.length >= limit) break
    let record: Record<string, unknown>
    try {
      record = JSON.parse(text)
    } catch {
      throw new CorpusFormatError(`line ${line}: not valid JSON`)
    }
    const title = requiredString(record.title, 'title', line).trim()
    if (!title) throw new CorpusFormatError(`line ${line}: "title" is empty`)
    const publishedAt = requiredString(record.publishedAt, 'publishedAt', line)
    if (Number.isNaN(Date.parse(publishedAt))) throw new CorpusFormatError(`line ${line}: "publishedAt" is not a date`)
    const id = record.id === undefined ? `row-${line}` : String(record.id)
    rows.push({
      id,
      title,
      lead: typeof record.lead === 'string' ? record.lead : '',
      body: typeof record.body === 'string' ? record.body : '',
      publishedAt,
      publisher: typeof record.publisher === 'string' ? record.publisher : '',
      lang: typeof record.lang === 'string' ? record.lang : undefined,
    })
    if (record.story !== undefined && record.story !== null) stories.set(id, String(record.story))
  }
  return { rows, stories }
}
