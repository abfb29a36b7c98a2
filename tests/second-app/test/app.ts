import { getPayload, type Payload } from 'payload'

// The repository's test helper (not part of any package): payload.destroy() leaves the pool open.
import { closePayload } from '../../../src/lib/payloadLifecycle'
import { secondAppConfig } from '../config'

export interface SecondApp {
  payload: Payload
  close: () => Promise<void>
}

/**
 * The second app's Payload on `databaseUri`, schema pushed. `key` keeps a second instance apart from
 * the default one, which Payload's REST and GraphQL route handlers use.
 */
export async function startApp(databaseUri: string, { disabled = false, key }: { disabled?: boolean; key?: string } = {}): Promise<SecondApp> {
  const payload = await getPayload({ config: await secondAppConfig({ databaseUri, disabled }), key, cron: false })
  return { payload, close: () => closePayload(payload) }
}

/** Runs the queued recomputes, and those they queue (backlinks), until none is left. */
export async function runRelatedJobs(payload: Payload): Promise<void> {
  for (let round = 0; round < 20; round++) {
    const { totalDocs } = await payload.count({ collection: 'payload-jobs', where: { and: [{ completedAt: { exists: false } }, { hasError: { not_equals: true } }] } })
    if (totalDocs === 0) return
    await payload.jobs.run({ queue: 'newsroom-related', limit: 100 })
  }
  throw new Error('the related jobs did not settle')
}

/** A Lexical body of plain paragraphs. */
export function lexical(...paragraphs: string[]) {
  return {
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      children: paragraphs.map((text) => ({
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        textStyle: '',
        children: [{ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
      })),
    },
  }
}

/** Two stories on one event and one on another: the texts the related tests link, or keep apart. */
export const PARIS = 'Leaders meet in Paris to coordinate security guarantees for Ukraine and a multinational force after a ceasefire.'
export const STORM = 'A winter storm brings heavy snow and icy roads to western regions, and trains run late.'

/** A published post of these texts, as the rebuild tests save them. */
export const publish = (payload: Payload, heading: string, text: string, topics: string[]) =>
  payload.create({ collection: 'posts', data: { heading, summary: text, content: lexical(text), topics, _status: 'published' } as never, depth: 0 }).then((post) => post.id as number)

/** The targets of a post's links, in order. */
export const linksOf = async (payload: Payload, id: number) =>
  (await payload.find({ collection: 'related-links', where: { from: { equals: id } }, sort: 'order', depth: 0 })).docs.map((link) => (link as Record<string, unknown>).to)
