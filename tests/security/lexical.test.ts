import { lexicalProblem, type LexicalRules } from '../../collections/security/input/lexical'
import { lexicalRoot, paragraphNode } from '../../collections/lib/lexical'

const rules: LexicalRules = {
  nodeTypes: new Set(['root', 'paragraph', 'text', 'heading', 'list', 'listitem', 'block', 'linebreak']),
  headingTags: new Set(['h2', 'h3']),
  blockTypes: new Set(['quote', 'readAlso']),
  maxDepth: 20,
  maxNodes: 100,
}

const text = (value: unknown = 'words') => ({ type: 'text', version: 1, text: value })
const root = (...children: unknown[]) => ({ root: { type: 'root', version: 1, children } })

/** A body nested `levels` paragraphs deep, built as a string: a recursive builder would be the thing under test. */
const nested = (levels: number) =>
  JSON.parse(`{"root":{"type":"root","children":[${'{"type":"paragraph","children":['.repeat(levels)}{"type":"text","text":"x"}${']}'.repeat(levels)}]}}`)

describe('lexicalProblem', () => {
  test('accepts an empty body and what the builders make', () => {
    expect(lexicalProblem(null, rules)).toBeNull()
    expect(lexicalProblem(undefined, rules)).toBeNull()
    expect(lexicalProblem(lexicalRoot([paragraphNode('One.'), paragraphNode('Two.')]), rules)).toBeNull()
    expect(lexicalProblem(root({ type: 'heading', tag: 'h2', children: [text()] }, { type: 'block', fields: { blockType: 'quote', quote: 1 } }), rules)).toBeNull()
  })

  test('refuses a value that is not a Lexical document', () => {
    expect(lexicalProblem('text', rules)?.path).toBe('')
    expect(lexicalProblem({}, rules)?.message).toMatch(/root/)
    expect(lexicalProblem({ root: { type: 'paragraph', children: [] } }, rules)?.message).toMatch(/type "root"/)
    expect(lexicalProblem({ root: { type: 'root' } }, rules)?.message).toMatch(/"children" list/)
  })

  test('names the path of the first bad node', () => {
    const body = root({ type: 'paragraph', children: [text(), { type: 'script', children: [] }] }, { type: 'nope' })
    expect(lexicalProblem(body, rules)).toEqual({ path: 'root.children[0].children[1]', message: expect.stringMatching(/Unknown node type "script"/) })
  })

  test('refuses text without a string, unknown heading tags and block types, and nested roots', () => {
    expect(lexicalProblem(root({ type: 'paragraph', children: [text(5)] }), rules)?.message).toMatch(/"text" as a string/)
    expect(lexicalProblem(root({ type: 'heading', tag: 'h1', children: [] }), rules)?.message).toMatch(/Heading tag "h1"/)
    expect(lexicalProblem(root({ type: 'block', fields: { blockType: 'video' } }), rules)?.message).toMatch(/Unknown block type "video"/)
    expect(lexicalProblem(root({ type: 'block' }), rules)?.message).toMatch(/blockType/)
    expect(lexicalProblem(root({ type: 'root', children: [] }), rules)?.message).toMatch(/Only the top node/)
    expect(lexicalProblem(root({ type: 'paragraph', children: 'no' }), rules)?.message).toMatch(/children/)
    expect(lexicalProblem(root(null), rules)?.message).toMatch(/must be an object/)
  })

  test('bounds the depth and the number of nodes', () => {
    expect(lexicalProblem(nested(17), rules)).toBeNull()
    expect(lexicalProblem(nested(19), rules)?.message).toMatch(/at most 20 levels/)
    const wide = root(...Array.from({ length: 60 }, () => ({ type: 'paragraph', children: [text()] })))
    expect(lexicalProblem(wide, rules)?.message).toMatch(/at most 100 nodes/)
  })

  test('walks a body 100,000 levels deep without overflowing the stack', () => {
    expect(lexicalProblem(nested(100_000), rules)?.message).toMatch(/at most 20 levels/)
  })
})

