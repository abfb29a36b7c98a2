import type { CollectionConfig } from 'payload'

import { articlesCollection } from './Articles'
import { mediaCollection } from './Media'
import type { CollectionOptions } from './options/overrides'
import type { NewsroomSlugs } from './options/slugs'
import { peopleCollection } from './People'
import { quotesCollection } from './Quotes'
import { relatedLinksCollection } from './RelatedLinks'
import { usersCollection } from './Users'

export { Articles, articlesCollection } from './Articles'
export { IMAGE_MIME_TYPES, IMAGE_SIZES, Media, mediaCollection } from './Media'
export { People, peopleCollection } from './People'
export { Quotes, quotesCollection } from './Quotes'
export { RelatedLinks, relatedLinksCollection } from './RelatedLinks'
export { Users, usersCollection } from './Users'
export type { CollectionOptions, CollectionOverrides } from './options/overrides'
export { DEFAULT_SLUGS, type NewsroomSlugs, resolveSlugs } from './options/slugs'
export type { ArticleDoc, PersonDoc, RelatedLinkDoc } from './types'
export { importWireStory, type ImportWireStoryOptions, type WireImportResult } from './import/importWireStory'

type PerCollection = Omit<CollectionOptions, 'slugs'>

export interface NewsroomCollectionsOptions {
  /** One slugs object for all six, so that every cross-reference agrees. */
  slugs?: Partial<NewsroomSlugs>
  articles?: PerCollection
  people?: PerCollection
  quotes?: PerCollection
  relatedLinks?: PerCollection
  media?: PerCollection
  users?: PerCollection
}

/** All six collections, in the order the newsroom app lists them, built with one slugs object. */
export function newsroomCollections(options: NewsroomCollectionsOptions = {}): CollectionConfig[] {
  const { slugs } = options
  return [
    articlesCollection({ ...options.articles, slugs }),
    peopleCollection({ ...options.people, slugs }),
    quotesCollection({ ...options.quotes, slugs }),
    relatedLinksCollection({ ...options.relatedLinks, slugs }),
    mediaCollection({ ...options.media, slugs }),
    usersCollection({ ...options.users, slugs }),
  ]
}
