/**
 * Which stories a body already links inline ("Read also" blocks and the like), so that the list of
 * related links does not show them a second time. Pure: walks the Lexical JSON the way Payload stores it.
 */

/** A body block that links another document: its `blockType` and the relationship field naming the target. */
export interface InlineLinkBlock {
  blockType: string
  field: string
}

const idOf = (value: unknown): null | string => {
  if (typeof value === 'number' || (typeof value === 'string' && value !== '')) return String(value)
  if (value && typeof value === 'object') {
    const record = value as { id?: unknown; value?: unknown }
    // A polymorphic relationship is { relationTo, value }; a populated one is the document itself.
    if ('value' in record) return idOf(record.value)
    if (record.id !== undefined) return String(record.id)
  }
  return null
}

/** The ids of the documents a body's inline link blocks point at. */
export function inlineTargets(body: unknown, blocks: InlineLinkBlock[]): Set<string> {
  const targets = new Set<string>()
  if (blocks.length === 0 || !body || typeof body !== 'object') return targets
  const fieldOf = new Map(blocks.map((block) => [block.blockType, block.field]))
  const stack: unknown[] = [body]
  while (stack.length > 0) {
    const node = stack.pop()
    if (!node || typeof node !== 'object') continue
    const record = node as { root?: unknown; children?: unknown; type?: unknown; fields?: Record<string, unknown> }
    if (record.root) stack.push(record.root)
    if (Array.isArray(record.children)) stack.push(...record.children)
    const fields = record.fields
    const field = fields && typeof fields.blockType === 'string' ? fieldOf.get(fields.blockType) : undefined
    if (field) {
      const id = idOf(fields?.[field])
      if (id !== null) targets.add(id)
    }
  }
  return targets
}

