import type { Payload } from 'payload'

import type { SanitizedRelatedOptions } from '../../plugins/newsroom/options'
import { RelatedEngine } from '../../plugins/newsroom/related/engine'
import { linksTable } from '../../plugins/newsroom/related/linkTable'
import { body, createStaff, draftArticle, PASSWORD } from '../helpers/fixtures'
import { ApiClient } from '../helpers/http'
import { startPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload
let p: Payload
let people: Record<'zelenskyy' | 'macron' | 'rutte' | 'klitschko', number>

/** Runs every queued recompute, including those the recomputes queue (backlinks, refills). */
async function runJobs() {
  for (let round = 0; round < 20; round++) {
    const { totalDocs } = await p.count({ collection: 'payload-jobs', where: { and: [{ completedAt: { exists: false } }, { hasError: { not_equals: true } }] } })
    if (totalDocs === 0) return
    await p.jobs.run({ queue: 'newsroom-related', limit: 100 })
  }
  throw new Error('jobs did not settle')
}

async function publish(title: string, text: string, extra: Record<string, unknown> = {}) {
  return p.create({ collection: 'articles', data: { title, lead: text, body: body(text, `${text} More on this.`), _status: 'published', ...extra } as never, depth: 0 })
}

async function linksFrom(id: number | string) {
  const { docs } = await p.find({ collection: 'related-links', where: { from: { equals: id } }, sort: 'order', depth: 0, limit: 50 })
  return docs
}
const targets = async (id: number | string) => (await linksFrom(id)).map((link) => link.to)

beforeAll(async () => {
  t = await startPayload()
  p = t.payload
  await createStaff(p)
  const person = async (name: string, aliases: string[] = []) => (await p.create({ collection: 'people', data: { name, aliases } })).id as number
  people = {
    zelenskyy: await person('Volodymyr Zelenskyy', ['Zelensky', 'Зеленський']),
    macron: await person('Emmanuel Macron', ['Макрон']),
    rutte: await person('Mark Rutte'),
    klitschko: await person('Vitali Klitschko', ['Кличко']),
  }
})
afterAll(async () => t?.close())

const PARIS = 'Leaders meet in Paris to coordinate security guarantees for Ukraine and a multinational force after a ceasefire.'
const STORM = 'A winter storm brings heavy snow and icy roads to western regions, and trains run late.'

test('publishing queues a job that links related stories with reasons, never to drafts, and links back', async () => {
  const first = await publish('Allies gather in Paris on security guarantees', PARIS, { publishedAt: '2026-01-05T10:00:00Z', people: [people.macron], tags: ['paris'] })
  const storm = await publish('Winter storm closes mountain roads', STORM, { publishedAt: '2026-01-05T12:00:00Z' })
  const secret = await draftArticle(p, 'Draft: Paris security guarantees leak', { lead: PARIS, body: body(PARIS) })
  await runJobs()
  const second = await publish('Paris talks on security guarantees for Ukraine continue', `${PARIS} Zelensky joined the talks.`, {
    publishedAt: '2026-01-06T10:00:00Z',
    people: [people.macron],
    tags: ['paris'],
  })
  await runJobs()

  const links = await linksFrom(second.id)
  expect(links.map((link) => link.to)).toEqual([first.id])
  expect(links[0]).toMatchObject({ origin: 'auto', headline: 'Allies gather in Paris on security guarantees', pinned: false, excluded: false })
  expect(links[0].score).toBeGreaterThan(0.1)
  expect(links[0].reasons?.sharedPeople).toEqual([people.macron])
  expect(links[0].reasons?.sharedTags).toEqual(['paris'])
  expect(links[0].reasons?.sharedTerms?.length).toBeGreaterThan(0)
  expect(links[0].position?.placement).toMatch(/end|inline/)
  // The older story links back to the newer one, through the backlink job.
  expect(await targets(first.id)).toEqual([second.id])
  expect(await targets(storm.id)).toEqual([])
  expect(await targets(secret.id)).toEqual([])
  const toSecret = await p.count({ collection: 'related-links', where: { to: { equals: secret.id } } })
  expect(toSecret.totalDocs).toBe(0)
})

test('people named in the text are added, and one an editor removed stays removed', async () => {
  const story = await publish('Zelenskyy and Rutte discuss air defence', 'Volodymyr Zelenskyy met Mark Rutte. Кличко також був присутній.')
  expect([...(story.people as number[])].sort()).toEqual([people.zelenskyy, people.rutte, people.klitschko].sort())
  expect([...(story.mentionsAdded as number[])].sort()).toEqual([people.zelenskyy, people.rutte, people.klitschko].sort())
  const edited = await p.update({ collection: 'articles', id: story.id, data: { people: [people.zelenskyy, people.klitschko] }, depth: 0 })
  expect(edited.people).not.toContain(people.rutte)
  expect(edited.mentionsRemoved).toEqual([people.rutte])
  const resaved = await p.update({ collection: 'articles', id: story.id, data: { lead: 'Mark Rutte again.' }, depth: 0 })
  expect(resaved.people).not.toContain(people.rutte)
})

test('pins, exclusions, manual links and editor reordering survive a recompute', async () => {
  const source = await publish('Energy grid repairs after strikes', 'Engineers restore the energy grid after strikes on power plants in Kharkiv region.', {
    publishedAt: '2026-02-01T10:00:00Z',
  })
  const a = await publish('Power plants in Kharkiv region hit again', 'Strikes hit power plants in Kharkiv region; engineers restore the energy grid.', { publishedAt: '2026-02-01T08:00:00Z' })
  const b = await publish('Energy grid engineers work through the night', 'Energy grid engineers restore power after strikes on power plants.', { publishedAt: '2026-02-01T09:00:00Z' })
  const c = await publish('Kharkiv region schools return to remote classes', 'Schools in Kharkiv region move to remote classes after strikes on the energy grid.', { publishedAt: '2026-02-01T07:00:00Z' })
  const manualTarget = await publish('A quite unrelated recipe for borscht', 'Beetroot, cabbage and dill make a borscht.', { publishedAt: '2026-02-01T06:00:00Z' })
  await runJobs()
  const auto = await linksFrom(source.id)
  expect(auto.map((link) => link.to).sort()).toEqual([a.id, b.id, c.id].sort())

  const editor = await ApiClient.login(t.config, 'editor@newsroom.test', PASSWORD)
  const [first, second, third] = auto
  expect((await editor.patch(`/related-links/${first.id}`, { excluded: true })).status).toBe(200)
  expect((await editor.patch(`/related-links/${second.id}`, { pinned: true })).status).toBe(200)
  const reordered = await editor.patch(`/related-links/${third.id}`, { order: 0 })
  expect(reordered.body.doc.pinned).toBe(true)
  expect((await editor.post('/related-links', { from: source.id, to: manualTarget.id, headline: 'Also worth a read', order: 9 })).status).toBe(201)

  const recompute = await editor.post(`/articles/related/${source.id}/recompute`, {})
  expect(recompute.status).toBe(200)
  await runJobs()
  const after = await linksFrom(source.id)
  const byTarget = new Map(after.map((link) => [link.to, link]))
  expect(byTarget.get(first.to)).toMatchObject({ excluded: true, origin: 'auto' })
  expect(byTarget.get(second.to)).toMatchObject({ pinned: true })
  expect(byTarget.get(third.to)).toMatchObject({ pinned: true, order: 0 })
  expect(byTarget.get(manualTarget.id)).toMatchObject({ origin: 'manual', headline: 'Also worth a read', order: 9 })
  expect(after.filter((link) => link.to === first.to)).toHaveLength(1)

  const anonymous = new ApiClient(t.config)
  expect((await anonymous.post(`/articles/related/${source.id}/recompute`, {})).status).toBe(403)
  const visible = await anonymous.get(`/articles/related/${source.slug}`, { limit: 10 })
  expect(visible.status).toBe(200)
  expect(visible.body.docs.map((link: { to: { id: number } }) => link.to.id)).not.toContain(first.to)
  expect(visible.body.docs[0].order).toBe(0)
  expect((await anonymous.get(`/articles/related/${source.slug}`, { limit: 500 })).status).toBe(400)
  expect((await anonymous.get('/articles/related/no-such-story')).status).toBe(404)

  const gql = await anonymous.graphql(`{ relatedArticles(slug: "${source.slug}", limit: 2) { headline score order to { title slug publishedAt views } } }`)
  expect(gql.body.errors).toBeUndefined()
  expect(gql.body.data.relatedArticles).toHaveLength(2)
  expect(gql.body.data.relatedArticles[0].to.slug).toEqual(expect.any(String))
})

test('unpublishing and deleting take a story out of every list, and the lists refill', async () => {
  const hub = await publish('Snowstorm disrupts trains across the west', 'A snowstorm disrupts trains and buses across western regions; railways add extra staff.', { publishedAt: '2026-03-01T10:00:00Z' })
  const gone = await publish('Snowstorm: railways add extra trains in the west', 'Railways add extra trains as the snowstorm disrupts travel in western regions.', { publishedAt: '2026-03-01T09:00:00Z' })
  const deleted = await publish('Western regions dig out after snowstorm', 'Western regions dig out after the snowstorm disrupts trains and buses.', { publishedAt: '2026-03-01T08:00:00Z' })
  await runJobs()
  // The winter storm of January is related too, two months on: time no longer cuts it off.
  const older = (ids: unknown[]) => ids.filter((id) => id !== gone.id && id !== deleted.id)
  expect((await targets(hub.id)).filter((id) => older([id]).length === 0).sort()).toEqual([gone.id, deleted.id].sort())
  for (const id of older(await targets(hub.id))) expect((await p.findByID({ collection: 'articles', id: id as number, depth: 0 })).title).toMatch(/storm/i)

  await p.update({ collection: 'articles', id: gone.id, data: { _status: 'draft' } })
  await runJobs()
  expect(await targets(hub.id)).toContain(deleted.id)
  expect(await targets(hub.id)).not.toContain(gone.id)
  expect(await targets(gone.id)).toEqual([])

  await p.delete({ collection: 'articles', id: deleted.id })
  await runJobs()
  expect(await targets(hub.id)).not.toContain(deleted.id)
  const index = await (p.db as unknown as { pool: { query: (q: string, v: unknown[]) => Promise<{ rowCount: number }> } }).pool.query(
    'select 1 from newsroom_related.docs where collection = $1 and doc_id = any($2)',
    ['articles', [String(gone.id), String(deleted.id)]],
  )
  expect(index.rowCount).toBe(0)
})

test('Ukrainian stories link to each other, and a story marked never-auto-link is left alone', async () => {
  const one = await publish('Київ відновлює енергопостачання після атаки', 'Енергетики відновлюють енергопостачання у Києві після масованої атаки на енергосистему.', { publishedAt: '2026-04-01T10:00:00Z' })
  const two = await publish('Енергосистема Києва: відновлення триває', 'Відновлення енергопостачання у Києві триває після атаки на енергосистему.', { publishedAt: '2026-04-01T12:00:00Z' })
  const loner = await publish('Енергопостачання Києва: окрема історія', 'Енергетики відновлюють енергопостачання у Києві після атаки на енергосистему.', {
    publishedAt: '2026-04-01T11:00:00Z',
    neverAutoLink: true,
  })
  await runJobs()
  expect(await targets(two.id)).toEqual([one.id])
  expect(await targets(one.id)).toEqual([two.id])
  expect(await targets(loner.id)).toEqual([])
})

test('links written in one statement read back through Payload exactly as ranked, recompute after recompute', async () => {
  const engine = new RelatedEngine(p, p.config.custom.newsroomRelated as SanitizedRelatedOptions)
  // The app's links collection is written in one statement, not through the adapter.
  expect(linksTable(p, 'related-links')).not.toBeNull()
  const text = 'Flood waters rise along the Dnipro river; rescuers evacuate villages near Zaporizhzhia.'
  const source = await publish('Dnipro floods force evacuations near Zaporizhzhia', text, { publishedAt: '2026-05-01T10:00:00Z', people: [people.klitschko], tags: ['floods'] })
  for (const hour of [7, 8, 9]) {
    await publish(`Rescuers evacuate villages as the Dnipro rises (${hour})`, `${text} Update ${hour}.`, { publishedAt: `2026-05-01T0${hour}:00:00Z`, people: [people.klitschko], tags: ['floods'] })
  }
  await runJobs()
  const expectRanked = async (ranked: Awaited<ReturnType<typeof engine.recompute>>['ranked']) => {
    const links = await linksFrom(source.id)
    expect(links.length).toBeGreaterThan(0)
    for (const link of links) {
      const candidate = ranked.find((entry) => entry.id === String(link.to))
      expect(candidate).toBeDefined()
      expect(link.score).toBeCloseTo(candidate?.score as number, 6)
      expect(link.reasons).toMatchObject({
        sharedPeople: candidate?.reasons.sharedPeople.map(Number),
        sharedTags: candidate?.reasons.sharedTags,
        sharedTerms: candidate?.reasons.sharedTerms,
      })
      expect(link.reasons?.textScore).toBeCloseTo(candidate?.reasons.textScore as number, 6)
      expect(link.reasons?.recencyScore).toBeCloseTo(candidate?.reasons.recencyScore as number, 6)
    }
    return links
  }
  const first = await expectRanked((await engine.recompute('articles', source.id)).ranked)
  // A second recompute updates the same links in place: same ids, reasons rows replaced, not added.
  const again = await engine.recompute('articles', source.id)
  expect(again.created).toBe(0)
  const second = await expectRanked(again.ranked)
  expect(second.map((link) => link.id).sort()).toEqual(first.map((link) => link.id).sort())
  // A pinned link keeps its place and gets its reasons refreshed.
  await p.update({ collection: 'related-links', id: second[0].id, data: { pinned: true, order: 7 } })
  await expectRanked((await engine.recompute('articles', source.id)).ranked)
  expect((await linksFrom(source.id)).find((link) => link.id === second[0].id)).toMatchObject({ pinned: true, order: 7 })
})

test('the links side tables are indexed by parent, so rewriting a story reads only its own rows', async () => {
  const pool = (p.db as unknown as { pool: { query: (sql: string) => Promise<{ rows: Array<{ tablename: string; indexdef: string }> }> } }).pool
  const { rows } = await pool.query(`select tablename, indexdef from pg_indexes where tablename in ('related_links_texts', 'articles_texts', '_articles_v_texts')`)
  const leadingParent = (table: string) => rows.some((row) => row.tablename === table && /\(parent_id\)$/.test(row.indexdef))
  expect(leadingParent('related_links_texts')).toBe(true)
  expect(leadingParent('articles_texts')).toBe(true)
  expect(leadingParent('_articles_v_texts')).toBe(true)
})

test('a follow-up months later is linked with reasons in its own words; a story with no links says why', async () => {
  const trial = await publish('Former mayor Viktor Moroz goes on trial for corruption', 'Former mayor Viktor Moroz pleaded not guilty to corruption charges over port terminal contracts.', {
    publishedAt: '2026-05-01T10:00:00Z',
  })
  await runJobs()
  const verdict = await publish('Viktor Moroz found guilty of corruption', 'A court found former mayor Viktor Moroz guilty of taking bribes for port terminal contracts.', {
    publishedAt: '2026-09-01T10:00:00Z',
  })
  await runJobs()
  const [link] = await linksFrom(verdict.id)
  expect(link?.to).toBe(trial.id)
  expect(link.reasons?.sharedTerms).toEqual(expect.arrayContaining(['Viktor Moroz', 'port terminal']))
  expect(link.reasons?.sharedTerms?.join(' ')).not.toMatch(/\bmoro\b|termin\b/)

  const alone = await publish('Lighthouse keeper retires after forty years', 'Lighthouse keeper Ansel Brightwater hands over the lamp on Skerry Rock; islanders bake cakes and a choir sings sea shanties.', { publishedAt: '2026-09-02T10:00:00Z' })
  await runJobs()
  expect(await targets(alone.id)).toEqual([])
  const editor = await ApiClient.login(t.config, 'editor@newsroom.test', PASSWORD)
  const recompute = await editor.post(`/articles/related/${alone.id}/recompute`, {})
  expect(recompute.status).toBe(200)
  expect(recompute.body).toMatchObject({ indexed: true, created: 0, docs: [] })
  expect(recompute.body.why).toMatch(/^No links: no published story in the 400 days around it shares (enough with this one\. The strongest candidate, ".+", scores 0\.0\d; a link needs 0\.05\.|any words, people or tags with this one\.)$/)
  const why = await editor.get(`/articles/related/${alone.id}/why`)
  expect(why.status).toBe(200)
  expect(why.body.message).toBe(recompute.body.why)
  expect(why.body.strongest?.evidence ?? 0).toBeLessThan(0.05)
  expect((await new ApiClient(t.config).get(`/articles/related/${alone.id}/why`)).status).toBe(403)
  // A story with links is not given a reason to have none.
  expect((await editor.post(`/articles/related/${verdict.id}/recompute`, {})).body.why).toBeNull()
})
