/**
 * A digest of the parts of an article a wire import writes and an editor may change: headline, dateline,
 * credit, source, lead and the body's text and blocks. Stored on the article by each import, it tells a
 * re-import whether someone edited the story since (the stored digest no longer matches the article).
 * Pure. The body is read for its text and block kinds only, so what Payload adds to the stored Lexical
 * JSON (formats, versions, the article a "read also" block was later linked to) does not count as an edit.
 */
import crypto from 'node:crypto'

export interface DigestSource {
  title?: null | string
  dateline?: null | string
  credit?: null | string
  source?: null | string
  lead?: null | string
  body?: unknown
}

function bodyText(node: unknown, out: string[]): void {
  if (!node || typeof node !== 'object') return
  const record = node as Record<string, unknown>
  if (typeof record.text === 'string') out.push(record.text)
  if (typeof record.tag === 'string') out.push(`<${record.tag}>`)
  const fields = record.fields as Record<string, unknown> | undefined
  if (fields && typeof fields === 'object') {
    out.push(`[${String(fields.blockType ?? '')}:${String(fields.id ?? '')}:${String(fields.headline ?? '')}]`)
    // A quote block points at its Quote by id, relationship or populated document alike.
    const quote = fields.quote as unknown
    out.push(String(quote && typeof quote === 'object' ? (quote as { id?: unknown }).id : (quote ?? '')))
  }
  if (record.type === 'paragraph' || record.type === 'heading') out.push('\n')
  for (const child of (record.children as unknown[] | undefined) ?? []) bodyText(child, out)
  if (record.root) bodyText(record.root, out)
}

export function importDigest(article: DigestSource): string {
  const text: string[] = []
  bodyText(article.body, text)
  const parts = [article.title, article.dateline, article.credit, article.source, article.lead].map((value) => value ?? '')
  return crypto.createHash('sha256').update(JSON.stringify([...parts, text.join('')])).digest('hex')
}
