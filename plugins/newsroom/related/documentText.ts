/** Plain text and paragraph count of a field that holds Lexical JSON, a string, or nothing. */

interface LexicalNode {
  type?: string
  text?: string
  children?: LexicalNode[]
  root?: LexicalNode
}

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'quote', 'listitem'])

export function plainText(value: unknown): string {
  if (typeof value === 'string') return value
  if (!value || typeof value !== 'object') return ''
  const parts: string[] = []
  const walk = (node: LexicalNode) => {
    if (typeof node.text === 'string') parts.push(node.text)
    node.children?.forEach(walk)
    if (node.type && BLOCK_TYPES.has(node.type)) parts.push('\n')
  }
  const root = (value as LexicalNode).root ?? (value as LexicalNode)
  walk(root)
  return parts.join('').replace(/\n{2,}/g, '\n').trim()
}

/** Top-level paragraphs: what "after paragraph N" counts, in the same order a frontend renders. */
export function paragraphCount(value: unknown): number {
  if (typeof value === 'string') return value.split(/\n\s*\n/).filter((part) => part.trim()).length
  const root = (value as LexicalNode | null)?.root
  return root?.children?.filter((node) => node.type === 'paragraph').length ?? 0
}
