import type { Payload } from 'payload'

import { ViewCounter } from '../../plugins/newsroom/views/counter'
import { viewsRoute } from '../../plugins/newsroom/views/next/route'
import { counterFor, stopCounter } from '../../plugins/newsroom/views/runtime'
import { applyBatch, VIEWS_SCHEMA } from '../../plugins/newsroom/views/store'
import { draftArticle, publishedArticle, createStaff, PASSWORD, type Staff } from '../helpers/fixtures'
import { ApiClient } from '../helpers/http'
import { startPayload, type TestPayload } from '../helpers/payload'
import { beaconClient, CHROME, peer, visitor } from './beacon'

let context: TestPayload
let payload: Payload
let staff: Staff
let beacon: ReturnType<typeof beaconClient>
let counter: ViewCounter

beforeAll(async () => {
  context = await startPayload()
  payload = context.payload
  staff = await createStaff(payload)
  beacon = beaconClient(context.config)
  counter = await counterFor(payload)
})
afterAll(() => context.close())

const viewsOf = async (id: number | string) => {
  const { rows } = await counter.pool.query('select views from articles where id = $1', [id])
  return Number(rows[0].views)
}
const dailyOf = async (id: number | string) => {
  const { rows } = await counter.pool.query(`select coalesce(sum(views), 0) as views from ${VIEWS_SCHEMA}.daily where collection = 'articles' and doc_id = $1`, [String(id)])
  return Number(rows[0].views)
}

describe('the beacon endpoint', () => {
  it('counts a reader once per window, answering 202 and never cacheable', async () => {
    const article = await publishedArticle(payload, 'Counted once')
    const first = await beacon(`/articles/${article.id}/view`)
    expect(first.status).toBe(202)
    expect(first.body).toEqual({ counted: true })
    expect(first.headers.get('cache-control')).toBe('no-store')
    expect((await beacon(`/articles/${article.id}/view`)).body).toEqual({ counted: false, reason: 'duplicate' })
    // Another browser on the same address is another reader.
    expect((await beacon(`/articles/${article.id}/view`, { headers: { 'user-agent': visitor(2) } })).body).toEqual({ counted: true })
    await counter.flush()
    expect(await viewsOf(article.id)).toBe(2)
    expect(await dailyOf(article.id)).toBe(2)
  })

  it('finds a story by slug', async () => {
    const article = await publishedArticle(payload, 'Found by its slug')
    const response = await beacon(`/articles/slug/${article.slug}/view`, { headers: { 'user-agent': visitor(30) } })
    expect(response).toMatchObject({ status: 202, body: { counted: true } })
    expect((await beacon('/articles/slug/no-such-story/view')).status).toBe(404)
    await counter.flush()
    expect(await viewsOf(article.id)).toBe(1)
  })

  it('does not count crawlers, an empty user agent, previews, prefetches or privacy signals', async () => {
    const article = await publishedArticle(payload, 'Not for robots')
    const crawlers = [
      'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
      'Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm) Chrome/116.0.1938.76 Safari/537.36',
      'Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)',
      'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
      'Twitterbot/1.0',
      'Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)',
      'Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.2; +https://openai.com/gptbot)',
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0.6099.28 Safari/537.36',
      'curl/8.5.0',
      'python-requests/2.31.0',
      '',
    ]
    for (const userAgent of crawlers) {
      const response = await beacon(`/articles/${article.id}/view`, { headers: { 'user-agent': userAgent } })
      expect([userAgent, response.status, response.body]).toEqual([userAgent, 202, { counted: false, reason: 'bot' }])
    }
    expect((await beacon(`/articles/${article.id}/view`, { body: '{"preview":true}' })).body).toEqual({ counted: false, reason: 'preview' })
    expect((await beacon(`/articles/${article.id}/view`, { headers: { 'sec-purpose': 'prefetch' } })).body).toEqual({ counted: false, reason: 'preview' })
    expect((await beacon(`/articles/${article.id}/view`, { headers: { dnt: '1' } })).body).toEqual({ counted: false, reason: 'privacy' })
    expect((await beacon(`/articles/${article.id}/view`, { headers: { 'sec-gpc': '1' } })).body).toEqual({ counted: false, reason: 'privacy' })
    await counter.flush()
    expect(await viewsOf(article.id)).toBe(0)
  })

  it('does not count signed-in editors, through the API or the bare Next.js route', async () => {
    const article = await publishedArticle(payload, 'Editors look too')
    const login = await new ApiClient(context.config).post('/users/login', { email: staff.editor.email, password: PASSWORD })
    const token = login.body.token as string
    expect((await beacon(`/articles/${article.id}/view`, { headers: { authorization: `JWT ${token}` } })).body).toEqual({ counted: false, reason: 'signed-in' })

    const { POST } = viewsRoute(context.config)
    const route = (key: string[], headers: Record<string, string>) =>
      POST(new Request(`http://localhost:3000/views/articles/${key.join('/')}`, { method: 'POST', headers: { 'user-agent': visitor(40), 'x-forwarded-for': '203.0.113.9', ...headers } }), {
        params: Promise.resolve({ collection: 'articles', key }),
      })
    const asEditor = await route([String(article.id)], { cookie: `payload-token=${token}` })
    expect([asEditor.status, await asEditor.json()]).toEqual([202, { counted: false, reason: 'signed-in' }])
    // A forged or expired token is no session: that reader counts.
    const forged = await route([String(article.id)], { cookie: 'payload-token=eyJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJl' })
    expect([forged.status, await forged.json()]).toEqual([202, { counted: true }])
    const bySlug = await route(['slug', article.slug as string], { 'user-agent': visitor(41) })
    expect([bySlug.status, await bySlug.json()]).toEqual([202, { counted: true }])
    const unknown = await POST(new Request('http://localhost:3000/views/nope/1', { method: 'POST', headers: { 'user-agent': CHROME } }), { params: Promise.resolve({ collection: 'nope', key: ['1'] }) })
    expect(unknown.status).toBe(404)
    await counter.flush()
    expect(await viewsOf(article.id)).toBe(2)
  })

  it('takes the story from the query when the Next.js route is mounted on a static path', async () => {
    const article = await publishedArticle(payload, 'Counted through the query')
    const { POST } = viewsRoute(context.config)
    const post = async (query: string, n = 0) => {
      const response = await POST(new Request(`http://localhost:3000/views?${query}`, { method: 'POST', headers: { 'user-agent': visitor(9200 + n), 'x-forwarded-for': '203.0.113.30' } }))
      return [response.status, await response.json()]
    }
    expect(await post(`collection=articles&id=${article.id}`, 1)).toEqual([202, { counted: true }])
    expect(await post(`collection=articles&slug=${article.slug}`, 2)).toEqual([202, { counted: true }])
    expect(await post(`collection=articles&id=${article.id}`, 1)).toEqual([202, { counted: false, reason: 'duplicate' }])
    const expected = { errors: [{ message: 'Expected /views?collection=<collection>&id=<id> or /views?collection=<collection>&slug=<slug>' }] }
    expect(await post('collection=articles')).toEqual([404, expected])
    expect(await post(`id=${article.id}`)).toEqual([404, expected])
    expect(await post(`collection=articles&id=${article.id}&slug=x`)).toEqual([404, expected])
    expect((await post('collection=articles&id=abc'))[0]).toBe(400)
    expect(await post('collection=nope&id=1')).toEqual([404, { errors: [{ message: 'Views of "nope" are not tracked' }] }])
    await counter.flush()
    expect(await viewsOf(article.id)).toBe(2)
  })

  it('answers bad requests with a 4xx naming the problem, never a 500', async () => {
    const draft = await draftArticle(payload, 'Not out yet')
    const published = await publishedArticle(payload, 'Out already')
    const cases: Array<[string, { body?: string }, number, RegExp]> = [
      ['/articles/abc/view', {}, 400, /Malformed id "abc"/],
      ['/articles/99999999/view', {}, 404, /No published document of "articles" with id "99999999"/],
      [`/articles/${draft.id}/view`, {}, 404, /No published document/],
      [`/articles/${published.id}/view`, { body: 'x'.repeat(5000) }, 413, /at most 1024 bytes/],
      [`/articles/${published.id}/view`, { body: 'not json' }, 400, /empty or a JSON object/],
      [`/articles/${published.id}/view`, { body: '{"preview":"yes"}' }, 400, /"preview" must be true or false/],
    ]
    for (const [path, options, status, message] of cases) {
      const response = await beacon(path, options)
      expect([path, response.status]).toEqual([path, status])
      expect(response.body.errors[0].message).toMatch(message)
    }
    expect((await beacon('/no-such-collection/1/view')).status).toBe(404)
    expect((await beacon('/people/1/view')).status).toBe(404)
  })
})

describe('writing the counts', () => {
  it('counts every view of many concurrent readers exactly once', async () => {
    const articles = await Promise.all([1, 2, 3].map((n) => publishedArticle(payload, `Busy story ${n}`)))
    const clients = 16
    const viewsPerClient = 30
    const sent = await Promise.all(
      Array.from({ length: clients }, async (_, client) => {
        let counted = 0
        for (let n = 0; n < viewsPerClient; n++) {
          const article = articles[(client + n) % articles.length]
          const response = await beacon(`/articles/${article.id}/view`, { headers: { 'user-agent': visitor(1000 + client * viewsPerClient + n), ...peer(`192.0.2.${client}`) } })
          if (response.body.counted) counted++
        }
        return counted
      }),
    )
    expect(sent.reduce((a, b) => a + b, 0)).toBe(clients * viewsPerClient)
    await counter.flush()
    const totals = await Promise.all(articles.map((article) => viewsOf(article.id)))
    expect(totals.reduce((a, b) => a + b, 0)).toBe(clients * viewsPerClient)
    expect(await Promise.all(articles.map((article) => dailyOf(article.id)))).toEqual(totals)
  })

  it('applies a batch sent twice only once, and concurrent flushers lose nothing', async () => {
    const article = await publishedArticle(payload, 'Sent twice')
    const day = counter.calendar.dayOf()
    const batch = { id: '00000000-0000-4000-8000-000000000001', views: 5, counts: [{ collection: 'articles', id: String(article.id), day, views: 5 }] }
    expect(await applyBatch(counter.pool, counter.targets, batch)).toBe(true)
    expect(await applyBatch(counter.pool, counter.targets, batch)).toBe(false)
    expect(await viewsOf(article.id)).toBe(5)

    // Two processes' counters (here two instances on one pool) flushing the same story at once.
    const other = new ViewCounter(counter.pool, [...counter.targets.values()], counter.options)
    await Promise.all(
      Array.from({ length: 200 }, (_, n) => (n % 2 ? counter : other).track({ collection: 'articles', by: 'id', value: String(article.id), userAgent: visitor(5000 + n), forwardedFor: '192.0.2.1' })),
    )
    await Promise.all([counter.flush(), other.flush(), counter.flush(), other.flush()])
    await other.stop()
    expect(await viewsOf(article.id)).toBe(205)
  })

  it('creates no version, runs no hook and survives an editor saving the story meanwhile', async () => {
    const article = await publishedArticle(payload, 'Edited while read')
    const versions = async () => (await payload.countVersions({ collection: 'articles', where: { parent: { equals: article.id } } })).totalDocs
    const before = { versions: await versions(), updatedAt: (await payload.findByID({ collection: 'articles', id: article.id })).updatedAt }
    for (let n = 0; n < 3; n++) await beacon(`/articles/${article.id}/view`, { headers: { 'user-agent': visitor(7000 + n) } })
    await counter.flush()
    expect(await versions()).toBe(before.versions)
    expect((await payload.findByID({ collection: 'articles', id: article.id })).updatedAt).toBe(before.updatedAt)

    // The editor's form still holds views: 0; saving it must not take back what was counted.
    const editor = await ApiClient.login(context.config, staff.editor.email, PASSWORD)
    for (let n = 3; n < 5; n++) await beacon(`/articles/${article.id}/view`, { headers: { 'user-agent': visitor(7000 + n) } })
    const saved = await editor.patch(`/articles/${article.id}`, { title: 'Edited while read, again', views: 0 })
    expect(saved.status).toBe(200)
    await counter.flush()
    expect(await viewsOf(article.id)).toBe(5)
    const graphql = await editor.graphql(`mutation { updateArticle(id: ${article.id}, data: { views: 1 }) { views } }`)
    expect(JSON.stringify(graphql.body)).not.toMatch(/"views":1\b/)
    expect(await viewsOf(article.id)).toBe(5)
  })
})

describe('the dedupe window', () => {
  it.each(['memory', 'postgres'] as const)('counts the same reader again once the window has passed (%s store)', async (dedupeStore) => {
    const article = await publishedArticle(payload, `Read twice, an hour apart (${dedupeStore})`)
    // A window of 300 ms stands for the 30 minutes.
    const windowed = new ViewCounter(counter.pool, [...counter.targets.values()], { ...counter.options, dedupeStore, dedupeWindowMinutes: 0.005 })
    const view = { collection: 'articles', by: 'id' as const, value: String(article.id), userAgent: visitor(8500), forwardedFor: '192.0.2.30' }
    expect(await windowed.track(view)).toEqual({ status: 202, counted: true })
    expect(await windowed.track(view)).toEqual({ status: 202, counted: false, reason: 'duplicate' })
    await new Promise((resolve) => setTimeout(resolve, 400))
    expect(await windowed.track(view)).toEqual({ status: 202, counted: true })
    expect(await windowed.track(view)).toEqual({ status: 202, counted: false, reason: 'duplicate' })
    await windowed.stop()
    expect(await viewsOf(article.id)).toBe(2)
  })
})

describe('deleting a story', () => {
  it('takes its daily counts with it, and a new beacon for it is a 404', async () => {
    const article = await publishedArticle(payload, 'Gone tomorrow')
    await beacon(`/articles/${article.id}/view`, { headers: { 'user-agent': visitor(8000) } })
    await counter.flush()
    expect(await dailyOf(article.id)).toBe(1)
    await payload.delete({ collection: 'articles', id: article.id })
    expect(await dailyOf(article.id)).toBe(0)
    expect((await beacon(`/articles/${article.id}/view`, { headers: { 'user-agent': visitor(8001) } })).status).toBe(404)
  })
})

describe('most-read lists and daily counts', () => {
  it('ranks published stories by views in the period, over REST and GraphQL', async () => {
    const [a, b, c] = await Promise.all(['Most read A', 'Most read B', 'Most read C'].map((title) => publishedArticle(payload, title)))
    const read = async (id: number | string, times: number, offset: number) => {
      for (let n = 0; n < times; n++) await beacon(`/articles/${id}/view`, { headers: { 'user-agent': visitor(offset + n) } })
    }
    await read(a.id, 3, 9000)
    await read(b.id, 40, 9100)
    await read(c.id, 12, 9200)
    await counter.flush()
    const anonymous = new ApiClient(context.config)
    const day = await anonymous.get('/articles/most-read', { period: 'day', limit: 100 })
    expect(day.status).toBe(200)
    const ranks = day.body.docs.map((doc: { rank: number }) => doc.rank)
    expect(ranks).toEqual(ranks.map((_: number, index: number) => index + 1))
    const views = day.body.docs.map((doc: { views: number }) => doc.views)
    expect(views).toEqual([...views].sort((x, y) => y - x))
    const ours = day.body.docs.filter((doc: { id: number }) => [a.id, b.id, c.id].includes(doc.id))
    expect(ours.map((doc: { id: number; views: number; title: string }) => [doc.id, doc.views, doc.title])).toEqual([
      [b.id, 40, 'Most read B'],
      [c.id, 12, 'Most read C'],
      [a.id, 3, 'Most read A'],
    ])
    expect(day.body.docs[0].doc).toMatchObject({ id: day.body.docs[0].id, title: day.body.docs[0].title })
    const titlesOnly = await anonymous.get('/articles/most-read', { period: 'day', limit: 1, doc: 'false' })
    expect(Object.keys(titlesOnly.body.docs[0]).sort()).toEqual(['id', 'rank', 'slug', 'title', 'views'])

    // Unpublished stories leave the list; the next one moves up.
    await payload.update({ collection: 'articles', id: b.id, data: { _status: 'draft' } as never })
    const week = await anonymous.graphql(`{ mostReadArticles(period: WEEK, limit: 100) { rank views article { id title } } }`)
    expect(week.body.errors).toBeUndefined()
    const titles = week.body.data.mostReadArticles.map((entry: { article: { title: string } }) => entry.article.title)
    expect(titles).not.toContain('Most read B')
    expect(titles.filter((title: string) => title.startsWith('Most read'))).toEqual(['Most read C', 'Most read A'])

    const daily = await anonymous.get(`/articles/${c.id}/views/daily`, { days: 7 })
    expect(daily.status).toBe(200)
    expect(daily.body.days).toHaveLength(7)
    expect(daily.body.days[6]).toEqual({ day: counter.calendar.dayOf(), views: 12 })
    expect(daily.body).toMatchObject({ total: 12, periodTotal: 12 })

    expect((await anonymous.get('/articles/most-read', { period: 'year' })).body.errors[0].message).toMatch(/period must be one of day, week, month, all/)
    expect((await anonymous.get('/articles/most-read', { limit: 0 })).status).toBe(400)
    expect((await anonymous.get(`/articles/${b.id}/views/daily`)).status).toBe(404)
    expect((await anonymous.get('/articles/abc/views/daily')).status).toBe(400)
  })

  it('counts through the trackView mutation with the same rules', async () => {
    const article = await publishedArticle(payload, 'Tracked over GraphQL')
    const anonymous = new ApiClient(context.config)
    const track = await anonymous.graphql(`mutation { trackView(id: "${article.id}") { counted reason } }`)
    expect(track.body).toEqual({ data: { trackView: { counted: false, reason: 'bot' } } })
    const unknown = await anonymous.graphql(`mutation { trackView(collection: "nope", id: "1") { counted } }`)
    expect(unknown.body.errors?.[0].message).toMatch(/not tracked/)
    const bothKeys = await anonymous.graphql(`mutation { trackView(id: "1", slug: "x") { counted } }`)
    expect(bothKeys.body.errors?.[0].message).toMatch(/either an id or a slug/)
  })

  it('decides a reader of a known story from memory, without a promise, unless the store is shared', async () => {
    const article = await publishedArticle(payload, 'Decided at once')
    const view = (n: number) => ({ collection: 'articles', by: 'id' as const, value: String(article.id), userAgent: visitor(8700 + n), forwardedFor: '192.0.2.40' })
    // The first view looks the story up in the database; after that it is known.
    expect(await counter.track(view(1))).toEqual({ status: 202, counted: true })
    const known = counter.track(view(2))
    expect(known).not.toBeInstanceOf(Promise)
    expect(known).toEqual({ status: 202, counted: true })
    expect(counter.track(view(2))).toEqual({ status: 202, counted: false, reason: 'duplicate' })
    const shared = new ViewCounter(counter.pool, [...counter.targets.values()], { ...counter.options, dedupeStore: 'postgres' })
    await shared.track(view(3))
    const asked = shared.track(view(4))
    expect(asked).toBeInstanceOf(Promise)
    expect(await asked).toEqual({ status: 202, counted: true })
    await shared.stop()
    await counter.flush()
    expect(await viewsOf(article.id)).toBe(4)
  })

  it('counts a reader once even when the views reach two instances', async () => {
    const article = await publishedArticle(payload, 'Two instances')
    const base = counter
    const options = { ...base.options, dedupeStore: 'postgres' as const }
    const [first, second] = [new ViewCounter(base.pool, [...base.targets.values()], options), new ViewCounter(base.pool, [...base.targets.values()], options)]
    const view = { collection: 'articles', by: 'id' as const, value: String(article.id), userAgent: visitor(1), forwardedFor: '192.0.2.20' }
    expect(await first.track(view)).toEqual({ status: 202, counted: true })
    expect(await second.track(view)).toEqual({ status: 202, counted: false, reason: 'duplicate' })
    expect(await second.track({ ...view, userAgent: visitor(2) })).toEqual({ status: 202, counted: true })
    // No address is written, only keys and the day's salt.
    const { rows } = await base.pool.query('select key from newsroom_views.seen')
    expect(rows.length).toBeGreaterThanOrEqual(2)
    expect(JSON.stringify(rows)).not.toContain('192.0.2.20')
    await Promise.all([first.stop(), second.stop()])
    expect(await viewsOf(article.id)).toBe(2)
  })
})

describe('the bare Next.js route after Payload shut its counter down', () => {
  // Last in this file: it stops the counter the other tests share.
  it('finds the new counter instead of buffering into the stopped one', async () => {
    const article = await publishedArticle(payload, 'Read across a restart')
    const { POST } = viewsRoute(context.config)
    const view = (n: number) =>
      POST(new Request(`http://localhost:3000/views/articles/${article.id}`, { method: 'POST', headers: { 'user-agent': visitor(9100 + n), 'x-forwarded-for': '203.0.113.20', 'content-length': '0' } }), {
        params: Promise.resolve({ collection: 'articles', key: [String(article.id)] }),
      })
    expect(await (await view(1)).json()).toEqual({ counted: true })
    expect(await stopCounter(payload)).toBe(true)
    expect(counter.isStopped).toBe(true)
    expect(await (await view(2)).json()).toEqual({ counted: true })
    const next = await counterFor(payload)
    expect(next).not.toBe(counter)
    expect(next.counterStats().waiting).toBe(1)
    await next.flush()
    expect(await viewsOf(article.id)).toBe(2)
  })
})
