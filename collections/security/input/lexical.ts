/**
 * Structural validation of a Lexical body before it is stored. Pure (no Payload), and iterative: a
 * body nested thousands of levels deep must be refused, not overflow the stack of whoever walks it.
 */

export interface LexicalRules {
  /** Node types the editor can produce, e.g. root, paragraph, text, heading, block. */
  nodeTypes: ReadonlySet<string>
  /** Heading tags the editor allows (h2, h3); undefined: any. */
  headingTags?: ReadonlySet<string>
  /** blockType values of `block` nodes; undefined: any. */
  blockTypes?: ReadonlySet<string>
  /** blockType values of `inlineBlock` nodes; undefined: any. */
  inlineBlockTypes?: ReadonlySet<string>
  /** Deepest nesting, counting the root as level 1. */
  maxDepth: number
  /** Most nodes in one body, the root included. */
  maxNodes: number
}

export interface LexicalProblem {
  /** Where the first bad node is, e.g. `root.children[3].children[0]`. */
  path: string
  message: string
}

/** Element nodes: they hold other nodes and Lexical needs their `children` list to read them. */
const ELEMENT_TYPES = new Set(['root', 'paragraph', 'heading', 'quote', 'list', 'listitem', 'link', 'autolink'])

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

const quote = (value: unknown) => {
  const text = JSON.stringify(value) ?? String(value)
  return text.length > 40 ? `${text.slice(0, 37)}...` : text
}

/** The first thing wrong with a Lexical value (null and undefined are an empty body), or null. */
export function lexicalProblem(value: unknown, rules: LexicalRules): LexicalProblem | null {
  if (value === null || value === undefined) return null
  if (!isRecord(value)) return { path: '', message: 'A rich text value must be an object with a "root" node' }
  if (!isRecord(value.root)) return { path: 'root', message: 'A rich text value needs a "root" node' }
  if (value.root.type !== 'root') return { path: 'root', message: `The root node must have type "root" (got ${quote(value.root.type)})` }

  let count = 0
  const stack: Array<{ node: unknown; path: string; depth: number }> = [{ node: value.root, path: 'root', depth: 1 }]
  while (stack.length > 0) {
    const { node, path, depth } = stack.pop()!
    count += 1
    if (count > rules.maxNodes) return { path, message: `A rich text body may have at most ${rules.maxNodes} nodes` }
    if (depth > rules.maxDepth) return { path, message: `A rich text body may nest at most ${rules.maxDepth} levels deep` }
    if (!isRecord(node)) return { path, message: 'Each node must be an object' }
    const type = node.type
    if (typeof type !== 'string' || !rules.nodeTypes.has(type)) {
      return { path, message: `Unknown node type ${quote(type)} (allowed: ${[...rules.nodeTypes].sort().join(', ')})` }
    }
    if (type === 'root' && depth > 1) return { path, message: 'Only the top node may be a "root"' }
    if (type === 'text' && typeof node.text !== 'string') return { path, message: 'A text node needs its "text" as a string' }
    if (type === 'heading' && rules.headingTags && !rules.headingTags.has(String(node.tag))) {
      return { path, message: `Heading tag ${quote(node.tag)} is not allowed (allowed: ${[...rules.headingTags].join(', ')})` }
    }
    if (type === 'block' || type === 'inlineBlock') {
      if (!isRecord(node.fields) || typeof node.fields.blockType !== 'string') return { path, message: `A ${type} node needs "fields" with a "blockType"` }
      const allowed = type === 'block' ? rules.blockTypes : rules.inlineBlockTypes
      if (allowed && !allowed.has(node.fields.blockType)) {
        return { path, message: `Unknown ${type === 'block' ? 'block' : 'inline block'} type ${quote(node.fields.blockType)} (allowed: ${[...allowed].join(', ') || 'none'})` }
      }
    }
    if (ELEMENT_TYPES.has(type) && !Array.isArray(node.children)) return { path, message: `A "${type}" node needs a "children" list` }
    if (node.children !== undefined) {
      if (!Array.isArray(node.children)) return { path, message: '"children" must be a list' }
      if (count + stack.length + node.children.length > rules.maxNodes) return { path, message: `A rich text body may have at most ${rules.maxNodes} nodes` }
      // Pushed in reverse so that the first bad node in reading order is the one reported.
      for (let index = node.children.length - 1; index >= 0; index--) {
        stack.push({ node: node.children[index], path: `${path}.children[${index}]`, depth: depth + 1 })
      }
    }
  }
  return null
}

