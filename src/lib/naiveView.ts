import type { Payload } from 'payload'

/**
 * The naive way of counting a view, the baseline of `npm run bench:views`: read the article and save
 * `views + 1` through Payload, per view (a new version and every hook each time; concurrent views of
 * one article overwrite each other).
 */
export async function countNaively(payload: Payload, id: number | string): Promise<void> {
  const doc = await payload.findByID({ collection: 'articles', id, depth: 0 })
  await payload.update({ collection: 'articles', id, depth: 0, data: { views: Number(doc.views ?? 0) + 1 } })
}
