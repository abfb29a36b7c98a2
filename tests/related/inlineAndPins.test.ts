import type { Payload } from 'payload'

import { blockNode, lexicalRoot, paragraphNode } from '../../collections/lib/lexical'
import { inlineTargets } from '../../plugins/newsroom/related/inlineLinks'
import { pinnedExcludedConflict } from '../../plugins/newsroom/related/pinRules'
import { planLinks } from '../../plugins/newsroom/related/planLinks'
import { body, createStaff, PASSWORD } from '../helpers/fixtures'
import { ApiClient } from '../helpers/http'
import { startPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload
let p: Payload
let editor: ApiClient
let anonymous: ApiClient

async function runJobs() {
  for (let round = 0; round < 20; round++) {
    const { totalDocs } = await p.count({ collection: 'payload-jobs', where: { and: [{ completedAt: { exists: false } }, { hasError: { not_equals: true } }] } })
    if (totalDocs === 0) return
    await p.jobs.run({ queue: 'newsroom-related', limit: 100 })
  }
  throw new Error('jobs did not settle')
}

const PARIS = 'Leaders meet in Paris to coordinate security guarantees for Ukraine and a multinational force after a ceasefire.'

const publish = (title: string, extra: Record<string, unknown> = {}) =>
  p.create({ collection: 'articles', data: { title, lead: PARIS, body: body(PARIS, `${PARIS} More on this.`), _status: 'published', ...extra } as never, depth: 0 })

const withReadAlso = (targetId: number | string) =>
  lexicalRoot([paragraphNode(PARIS), blockNode('readAlso', { article: targetId }), paragraphNode(`${PARIS} More on this.`)])

beforeAll(async () => {
  t = await startPayload()
  p = t.payload
  const staff = await createStaff(p)
  editor = await ApiClient.login(t.config, staff.editor.email, PASSWORD)
  anonymous = new ApiClient(t.config)
})
afterAll(async () => t?.close())

describe('pure rules', () => {
  test('inline targets are read from the configured blocks only, whatever the shape of the id', () => {
    const tree = lexicalRoot([
      blockNode('readAlso', { article: 7 }),
      blockNode('readAlso', { article: { id: 8, title: 'populated' } }),
      blockNode('readAlso', { headline: 'Not in the CMS' }),
      blockNode('quote', { quote: 9 }),
    ])
    expect([...inlineTargets(tree, [{ blockType: 'readAlso', field: 'article' }])].sort()).toEqual(['7', '8'])
    expect(inlineTargets(tree, []).size).toBe(0)
    expect(inlineTargets(null, [{ blockType: 'readAlso', field: 'article' }]).size).toBe(0)
  })

  test('the planner never links a story placed inline, and an editor link to it takes no slot', () => {
    const ranked = ['1', '2', '3'].map((id) => ({ id, score: 0.5, reasons: { sharedPeople: [], sharedTags: [], sharedTerms: [], textScore: 0.5, peopleScore: 0, tagScore: 0, recencyScore: 1 }, evidence: 0.5 }))
    const existing = [
      { id: 'a', to: '1', origin: 'auto' as const, pinned: false, excluded: false, order: 1 },
      { id: 'm', to: '2', origin: 'manual' as const, pinned: false, excluded: false, order: 2 },
    ]
    const plan = planLinks(existing, ranked, { topK: 2, positions: (count) => Array.from({ length: count }, () => ({ placement: 'end' as const, afterParagraph: null })), inline: new Set(['1', '2']) })
    expect(plan.remove).toEqual(['a'])
    expect(plan.create.map((change) => change.to)).toEqual(['3'])
  })

  test('pinned and excluded together is the one contradiction', () => {
    expect(pinnedExcludedConflict(true, true)).toMatch(/both pinned and excluded/)
    expect(pinnedExcludedConflict(true, false)).toBeNull()
    expect(pinnedExcludedConflict(false, true)).toBeNull()
  })
})

test('a link can never be both pinned and excluded: 400 through REST whichever is set second', async () => {
  const a = await publish('Pins: source')
  const b = await publish('Pins: target')
  const created = await editor.post('/related-links', { from: a.id, to: b.id, pinned: true, excluded: true })
  expect(created.status).toBe(400)
  expect(JSON.stringify(created.body)).toMatch(/both pinned and excluded/)

  const link = await editor.post('/related-links', { from: a.id, to: b.id, pinned: true })
  expect(link.status).toBe(201)
  const exclude = await editor.patch(`/related-links/${link.body.doc.id}`, { excluded: true })
  expect(exclude.status).toBe(400)
  expect(JSON.stringify(exclude.body)).toMatch(/unpin it to exclude it/)
  // Saying both in one request is how the panel excludes a pinned link.
  const both = await editor.patch(`/related-links/${link.body.doc.id}`, { excluded: true, pinned: false })
  expect(both.status).toBe(200)
  const pin = await editor.patch(`/related-links/${link.body.doc.id}`, { pinned: true })
  expect(pin.status).toBe(400)
  const stored = await p.findByID({ collection: 'related-links', id: link.body.doc.id, depth: 0 })
  expect({ pinned: stored.pinned, excluded: stored.excluded }).toEqual({ pinned: false, excluded: true })
})

test('moving an excluded auto link does not pin it; moving an included one does', async () => {
  const a = await publish('Moves: source')
  const [b, c] = [await publish('Moves: first target'), await publish('Moves: second target')]
  const excludedAuto = await p.create({ collection: 'related-links', data: { from: a.id, to: b.id, origin: 'auto', excluded: true, order: 1 } })
  const auto = await p.create({ collection: 'related-links', data: { from: a.id, to: c.id, origin: 'auto', order: 2 } })
  expect((await editor.patch(`/related-links/${excludedAuto.id}`, { order: 3 })).status).toBe(200)
  expect((await editor.patch(`/related-links/${auto.id}`, { order: 0 })).status).toBe(200)
  const after = await p.find({ collection: 'related-links', where: { from: { equals: a.id } }, depth: 0 })
  const byId = new Map(after.docs.map((link) => [link.id, link]))
  expect(byId.get(excludedAuto.id)).toMatchObject({ pinned: false, excluded: true, order: 3 })
  expect(byId.get(auto.id)).toMatchObject({ pinned: true, excluded: false, order: 0 })
})

describe('a story linked inline in the body is not listed again at the end', () => {
  let source: { id: number | string; slug?: null | string }
  let target: { id: number | string }
  let other: { id: number | string }

  beforeAll(async () => {
    target = await publish('Inline: Paris talks on security guarantees begin')
    other = await publish('Inline: Paris talks on security guarantees continue')
    source = await publish('Inline: Paris talks on security guarantees end')
    await runJobs()
    const auto = await p.find({ collection: 'related-links', where: { and: [{ from: { equals: source.id } }, { origin: { equals: 'auto' } }] }, depth: 0 })
    // The premise: without the block, the engine links both similar stories.
    expect(auto.docs.map((link) => link.to).sort()).toEqual([target.id, other.id].sort())
    // The link to the target becomes an editor's pinned one, as the wire importer makes beside a "read also" block.
    const toTarget = auto.docs.find((link) => link.to === target.id)!
    await p.update({ collection: 'related-links', id: toTarget.id, data: { origin: 'manual', pinned: true, position: { placement: 'inline', afterParagraph: 1 } } })
    await p.update({ collection: 'articles', id: source.id, data: { body: withReadAlso(target.id), _status: 'published' } as never })
    await runJobs()
  })

  test('neither the auto link nor the manual one is shown, by REST, the endpoint or GraphQL', async () => {
    const visible = await anonymous.get('/related-links', { where: { from: { equals: source.id } }, depth: 0 })
    expect(visible.body.docs.map((link: { to: unknown }) => link.to)).toEqual([other.id])
    const endpoint = await anonymous.get(`/articles/related/${source.id}`)
    expect(endpoint.status).toBe(200)
    expect(endpoint.body.docs.map((link: { to: { id: unknown } }) => link.to.id)).toEqual([other.id])
    const graphql = await anonymous.graphql(`{ relatedArticles(id: "${source.id}") { to { id } } Articles(where: { id: { equals: ${source.id} } }) { docs { relatedLinks { docs { to { id } } } } } }`)
    expect(graphql.body.errors).toBeUndefined()
    expect(graphql.body.data.relatedArticles.map((link: { to: { id: unknown } }) => link.to.id)).toEqual([other.id])
    expect(graphql.body.data.Articles.docs[0].relatedLinks.docs.map((link: { to: { id: unknown } }) => link.to.id)).toEqual([other.id])
    const join = await anonymous.get(`/articles/${source.id}`, { depth: 2 })
    expect(join.body.relatedLinks.docs.map((link: { to: { id: unknown } }) => link.to.id)).toEqual([other.id])
  })

  test('the stored link to the inline target is excluded, never pinned, and a recompute does not bring it back', async () => {
    const stored = await p.find({ collection: 'related-links', where: { and: [{ from: { equals: source.id } }, { to: { equals: target.id } }] }, depth: 0 })
    expect(stored.docs).toHaveLength(1)
    expect(stored.docs[0]).toMatchObject({ origin: 'manual', excluded: true, pinned: false })
    const recompute = await editor.post(`/articles/related/${source.id}/recompute`, {})
    expect(recompute.status).toBe(200)
    expect(recompute.body.docs.map((link: { to: { id: unknown } }) => link.to.id)).toEqual([other.id])
  })

  test('a new link to a story the body already links starts excluded', async () => {
    const story = await publish('Inline: a story that links the other inline', { body: withReadAlso(other.id) })
    const made = await editor.post('/related-links', { from: story.id, to: other.id })
    expect(made.status).toBe(201)
    expect(made.body.doc).toMatchObject({ excluded: true, pinned: false })
    const visible = await anonymous.get(`/articles/related/${story.id}`)
    expect(visible.body.docs.map((link: { to: { id: unknown } }) => link.to.id)).not.toContain(other.id)
  })
})

describe('saves of a story that links inline', () => {
  test('still queue its recompute: the inline exclusion does not leave its engine mark on the editor\'s save', async () => {
    const target = await publish('An earlier story the body links')
    await runJobs()
    const pending = (id: number | string) =>
      p.count({ collection: 'payload-jobs', where: { and: [{ 'input.id': { equals: String(id) } }, { completedAt: { exists: false } }] } as never })
    // Published with a "Read also" block: the exclusion hook runs a write of the engine's inside this save.
    const story = await publish('A story that links it inline', { body: withReadAlso(target.id) })
    expect((await pending(story.id)).totalDocs).toBeGreaterThanOrEqual(1)
    await runJobs()
    // A later save (a draft published) queues one too.
    await p.update({ collection: 'articles', id: story.id, data: { lead: `${PARIS} Updated.`, _status: 'published' } as never, depth: 0 })
    expect((await pending(story.id)).totalDocs).toBeGreaterThanOrEqual(1)
    await runJobs()
    const links = await p.find({ collection: 'related-links', where: { from: { equals: story.id } }, depth: 0 })
    expect(links.docs.some((link) => String((link as { to: unknown }).to) === String(target.id) && (link as { excluded?: boolean }).excluded !== true)).toBe(false)
  })
})
