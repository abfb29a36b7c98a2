import type { SanitizedRelatedOptions } from '../../plugins/newsroom/options'
import { queueRecompute } from '../../plugins/newsroom/related/jobs/recompute'
import { sampleContent } from '../../src/seed/content'
import { seed } from '../../src/seed/seed'
import { startPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload
beforeAll(async () => {
  t = await startPayload()
}, 60_000)
afterAll(async () => t?.close())

/**
 * What a newcomer's first `npm run dev` does: the seed loads the sample content while the job runner
 * (autoRun) works through the recomputes it queues, many at once. Nothing may fail: no ERROR logged,
 * no job that had to be retried.
 */
test('seeding while recompute jobs run in parallel logs no error and retries no job', async () => {
  const p = t.payload
  const { queue } = p.config.custom.newsroomRelated as SanitizedRelatedOptions
  const errors: unknown[] = []
  const logError = p.logger.error
  p.logger.error = ((...args: unknown[]) => {
    errors.push(args)
  }) as typeof p.logger.error
  const pending = async () =>
    (await p.count({ collection: 'payload-jobs', where: { and: [{ completedAt: { exists: false } }, { hasError: { not_equals: true } }] } })).totalDocs
  try {
    let seeding = true
    let ran = 0
    const runner = (async () => {
      // autoRun runs up to 50 jobs of the queue at once, every tick.
      while (seeding || (await pending()) > 0) {
        const result = (await p.jobs.run({ queue, limit: 50 })) as { jobStatus?: Record<string, unknown> }
        ran += Object.keys(result.jobStatus ?? {}).length
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
    })()
    await seed(p, sampleContent, { email: 'seed@newsroom.test', password: 'seed-password' }).finally(() => {
      seeding = false
    })
    await runner
    expect(ran).toBeGreaterThan(sampleContent.articles.length)

    // Then the same article's recompute twice in one batch, as two saves close together queue it:
    // every article, two rounds, each starting from no auto links so that both jobs insert them.
    const options = p.config.custom.newsroomRelated as SanitizedRelatedOptions
    const { docs: articles } = await p.find({ collection: 'articles', limit: 0, pagination: false, depth: 0, select: {} })
    for (let round = 0; round < 2; round++) {
      await p.delete({ collection: 'related-links', where: { origin: { equals: 'auto' } } })
      for (const article of articles) {
        for (let copy = 0; copy < 2; copy++) await queueRecompute(p, options, { collection: 'articles', id: String(article.id) })
      }
      while ((await pending()) > 0) await p.jobs.run({ queue, limit: 100 })
    }
  } finally {
    p.logger.error = logError
  }
  // Any error fails, a PostgreSQL "deadlock detected" included: two recomputes' index writes used to
  // lock shared `terms` rows in opposite orders (1 run in 8); they now take turns (lockTerms in
  // plugins/newsroom/related/store.ts, reproduced by tests/related/index-locks.test.ts).
  expect(errors).toEqual([])
  // Completed jobs are deleted; any left over failed.
  const left = await p.find({ collection: 'payload-jobs', limit: 0, pagination: false, depth: 0 })
  expect(left.docs.map((job) => job.error ?? job.log)).toEqual([])
  expect((await p.count({ collection: 'related-links', where: { origin: { equals: 'auto' } } })).totalDocs).toBeGreaterThan(0)
}, 420_000)
