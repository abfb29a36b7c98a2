/** Walks a Lexical document (any JSON tree of nodes with `children`). */
export function* nodes(tree: unknown): Generator<Record<string, unknown>> {
  const stack: unknown[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()
    if (!node || typeof node !== 'object') continue
    const record = node as Record<string, unknown>
    yield record
    if (record.root) stack.push(record.root)
    if (Array.isArray(record.children)) stack.push(...record.children)
  }
}

const idOf = (value: unknown): number | string | null => {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: number | string }).id
  return null
}

/** The ids of the Quote documents that a body's quote blocks point at, in no particular order. */
export function quoteIdsInBody(body: unknown): Array<number | string> {
  const ids = new Set<number | string>()
  for (const node of nodes(body)) {
    const fields = node.fields as Record<string, unknown> | undefined
    if (node.type === 'block' && fields?.blockType === 'quote') {
      const id = idOf(fields.quote)
      if (id !== null) ids.add(id)
    }
  }
  return [...ids]
}

/** The fields of every block of one type in a body, as stored (mutable: hooks fill them in). */
export function blockFieldsOfType(body: unknown, blockType: string): Array<Record<string, unknown>> {
  // In document order (nodes() walks a stack, last child first), so quotes are made in reading order.
  return [...nodes(body)]
    .filter((node) => node.type === 'block' && (node.fields as Record<string, unknown> | undefined)?.blockType === blockType)
    .map((node) => node.fields as Record<string, unknown>)
    .reverse()
}

/** Builders for the Lexical JSON that Payload stores, used by the seed and importers. */
type LexicalNode = Record<string, unknown>

const textNode = (text: string): LexicalNode => ({ type: 'text', version: 1, text, format: 0, style: '', mode: 'normal', detail: 0 })

export const paragraphNode = (text: string): LexicalNode => ({
  type: 'paragraph',
  version: 1,
  direction: 'ltr',
  format: '',
  indent: 0,
  textFormat: 0,
  textStyle: '',
  children: [textNode(text)],
})

export const headingNode = (text: string, tag: 'h2' | 'h3' = 'h2'): LexicalNode => ({
  type: 'heading',
  tag,
  version: 1,
  direction: 'ltr',
  format: '',
  indent: 0,
  children: [textNode(text)],
})

let blockCounter = 0
/** Block ids only need to be unique within a document; a counter keeps them stable and readable. */
export const blockNode = (blockType: string, fields: Record<string, unknown>): LexicalNode => ({
  type: 'block',
  version: 2,
  format: '',
  fields: { id: `${blockType}-${(++blockCounter).toString(36)}`, blockName: '', blockType, ...fields },
})

export const lexicalRoot = (children: LexicalNode[]) => ({
  root: { type: 'root', version: 1, direction: 'ltr' as const, format: '' as const, indent: 0, children },
})
