import type { CollectionBeforeChangeHook } from 'payload'

/** A story published without a date takes the moment of publishing, as readers will see it. */
export const stampPublishedAt: CollectionBeforeChangeHook = ({ data }) => {
  if (data._status === 'published' && !data.publishedAt) return { ...data, publishedAt: new Date().toISOString() }
  return data
}
