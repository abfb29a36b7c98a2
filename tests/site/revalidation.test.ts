import { startPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload
beforeAll(async () => {
  t = await startPayload()
})
afterAll(() => t?.close())

/**
 * The site's revalidation hooks run on every save; outside a Next.js request (scripts, tests, a timer's
 * job) there is no cache to expire and the save must go through untouched, also where the process is a
 * Next server (NEXT_RUNTIME set) but the save is not inside a request.
 */
test.each([
  ['a script', undefined],
  ['a Next server outside a request', 'nodejs'],
])('publishing, changing, linking, unpublishing and deleting a story from %s succeeds', async (_where, runtime) => {
  const previous = process.env.NEXT_RUNTIME
  if (runtime) process.env.NEXT_RUNTIME = runtime
  try {
    const { payload } = t
    const target = await payload.create({ collection: 'articles', data: { title: `Target ${runtime}`, _status: 'published' } })
    const story = await payload.create({ collection: 'articles', data: { title: `Story ${runtime}`, _status: 'published' } })
    const changed = await payload.update({ collection: 'articles', id: story.id, data: { title: `Story ${runtime} changed` } })
    expect(changed.title).toBe(`Story ${runtime} changed`)
    const link = await payload.create({ collection: 'related-links', data: { from: story.id, to: target.id } })
    await payload.update({ collection: 'related-links', id: link.id, data: { order: 2 } })
    await payload.delete({ collection: 'related-links', id: link.id })
    const unpublished = await payload.update({ collection: 'articles', id: story.id, data: { _status: 'draft' } })
    expect(unpublished._status).toBe('draft')
    await payload.delete({ collection: 'articles', id: story.id })
    await expect(payload.find({ collection: 'articles', where: { id: { equals: story.id } } })).resolves.toMatchObject({ totalDocs: 0 })
  } finally {
    if (previous === undefined) delete process.env.NEXT_RUNTIME
    else process.env.NEXT_RUNTIME = previous
  }
})
