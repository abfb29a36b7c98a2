import { APIError, validations, type RichTextField, type Validate } from 'payload'

import { securityLimits } from '../limits'
import { type LexicalRules, lexicalProblem } from './lexical'

/** The parts of a sanitized lexicalEditor() this module reads; everything is optional on purpose. */
interface SanitizedLexical {
  editorConfig?: {
    features?: { nodes?: Array<{ node?: { getType?: () => string } }> }
    resolvedFeatureMap?: Map<string, { sanitizedServerFeatureProps?: Record<string, unknown> }>
  }
}

// The node types every Lexical editor reads, whatever features it has.
const CORE_TYPES = ['root', 'paragraph', 'text', 'linebreak', 'tab']
const cache = new WeakMap<object, LexicalRules>()

/** What a configured editor can produce: its features' node types, heading sizes and block slugs. */
export function rulesOf(editor: unknown): LexicalRules {
  const cached = editor && typeof editor === 'object' ? cache.get(editor) : undefined
  if (cached) return cached
  const config = (editor as SanitizedLexical | undefined)?.editorConfig
  const types = new Set(CORE_TYPES)
  for (const entry of config?.features?.nodes ?? []) {
    const type = entry.node?.getType?.()
    if (type) types.add(type)
  }
  const headingSizes = config?.resolvedFeatureMap?.get('heading')?.sanitizedServerFeatureProps?.enabledHeadingSizes
  const blockProps = config?.resolvedFeatureMap?.get('blocks')?.sanitizedServerFeatureProps
  const slugs = (list: unknown) => (Array.isArray(list) ? new Set(list.map((block: { slug?: string }) => String(block.slug))) : undefined)
  const { lexicalMaxDepth, lexicalMaxNodes } = securityLimits().content
  const rules: LexicalRules = {
    nodeTypes: types,
    headingTags: Array.isArray(headingSizes) ? new Set(headingSizes.map(String)) : undefined,
    blockTypes: slugs(blockProps?.blocks),
    // The Blocks feature registers the inline node even with no inline blocks: then none may appear.
    inlineBlockTypes: blockProps ? (slugs(blockProps.inlineBlocks) ?? new Set()) : undefined,
    maxDepth: lexicalMaxDepth,
    maxNodes: lexicalMaxNodes,
  }
  if (editor && typeof editor === 'object') cache.set(editor, rules)
  return rules
}

/**
 * `validate` of a Lexical rich text field: the structure first (known node types, bounded depth and
 * size, a root with children, text as strings), then the editor's own node validations (blocks' fields).
 */
export const validateLexical: Validate<object, unknown, unknown, RichTextField> = async (value, options) => {
  const problem = lexicalProblem(value, rulesOf((options as { editor?: unknown }).editor))
  if (problem) return `Invalid rich text at ${problem.path || 'the top'}: ${problem.message}`
  return validations.richText(value as object, options)
}

/**
 * Throws the 400 for a rich text value that is not what its editor produces, before Payload's own
 * (recursive) Lexical hooks walk it: a body 5,000 levels deep or a node that is not an object would
 * crash them (a 500) before the field's validate ran.
 */
export function assertLexical(field: string, editor: unknown, value: unknown): void {
  const problem = lexicalProblem(value, rulesOf(editor))
  if (problem) {
    const message = `Invalid rich text in "${field}" at ${problem.path || 'the top'}: ${problem.message}`
    throw new APIError(message, 400, { errors: [{ path: field, message }] }, true)
  }
}
