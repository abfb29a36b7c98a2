import { lockLinksOf } from '@newsroom/plugin'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type CollectionSlug, type Payload, type Where } from 'payload'
import sharp from 'sharp'

import { blockNode, headingNode, lexicalRoot, paragraphNode } from '../../collections/lib/lexical'
import { slugify } from '../../collections/lib/slugify'
import { SEED_CONTEXT_KEY } from '../../collections/Users/hooks/enforcePasswordPolicy'
import type { SeedArticle, SeedContent, SeedImage } from './types'

export interface SeedLogin {
  email: string
  password: string
  /**
   * The development login, whose short password predates the password policy: let through outside
   * production only. Any other login is held to NEWSROOM_MIN_PASSWORD_LENGTH.
   */
  development?: boolean
}

export interface SeedResult {
  people: number
  quotes: number
  articles: number
  relatedLinks: number
  media: number
}

/**
 * Loads sample content, creating what is missing and updating what a previous seed made, so that
 * running it twice leaves one copy of everything.
 */
export async function seed(payload: Payload, content: SeedContent, login: SeedLogin): Promise<SeedResult> {
  await seedAdmin(payload, login)

  const people = new Map<string, number | string>()
  for (const person of content.people) {
    const doc = await upsert(payload, 'people', { slug: { equals: slugify(person.name) } }, {
      name: person.name,
      role: person.role,
      kind: person.kind,
      aliases: person.aliases ?? [],
      bio: person.bio,
    })
    people.set(person.key, doc.id)
  }

  const quotes = new Map<string, number | string>()
  for (const quote of content.quotes) {
    const doc = await upsert(payload, 'quotes', { text: { equals: quote.text } }, {
      text: quote.text,
      speaker: quote.speaker ? must(people, quote.speaker, 'person') : null,
      attribution: quote.attribution,
      source: quote.source,
    })
    quotes.set(quote.key, doc.id)
  }

  const media = new Map<string, number | string>()
  for (const image of content.images ?? []) media.set(image.key, await upsertImage(payload, image))

  // Oldest first, so that every inline "read also" names an article that already exists.
  const articles = new Map<string, number | string>()
  const ordered = [...content.articles].sort((a, b) => a.publishedAt.localeCompare(b.publishedAt))
  for (const article of ordered) {
    const doc = await upsert(payload, 'articles', { slug: { equals: slugify(article.title) } }, {
      title: article.title,
      dateline: article.dateline,
      credit: article.credit,
      source: article.source,
      lead: article.lead,
      body: bodyOf(article, quotes, articles),
      author: must(people, article.author, 'person'),
      people: article.people.map((key) => must(people, key, 'person')),
      tags: article.tags,
      publishedAt: article.publishedAt,
      views: article.views,
      _status: article.status,
      featuredImage: article.featuredImage ? must(media, article.featuredImage, 'image') : null,
    })
    articles.set(article.key, doc.id)
  }

  let relatedLinks = 0
  for (const article of content.articles) {
    for (const [order, link] of (article.related ?? []).entries()) {
      const from = must(articles, article.key, 'article')
      const to = must(articles, link.to, 'article')
      await upsertLink(payload, from, to, {
        from,
        to,
        origin: 'manual',
        order,
        pinned: link.pinned ?? false,
        position: { placement: link.placement, afterParagraph: link.afterParagraph },
      })
      relatedLinks++
    }
  }
  return { people: people.size, quotes: quotes.size, articles: articles.size, relatedLinks, media: media.size }
}

/** The account the seed logs in with: an admin and editor, made or updated. Also the way to make the first admin on a server. */
export async function seedAdmin(payload: Payload, login: SeedLogin): Promise<void> {
  const { development, ...credentials } = login
  await upsert(payload, 'users', { email: { equals: login.email } }, { ...credentials, name: 'Newsroom Editor', roles: ['admin', 'editor'] }, development ? { [SEED_CONTEXT_KEY]: true } : undefined)
}

function bodyOf(article: SeedArticle, quotes: Map<string, number | string>, articles: Map<string, number | string>) {
  return lexicalRoot(
    article.body.map((part) => {
      if ('p' in part) return paragraphNode(part.p)
      if ('h' in part) return headingNode(part.h)
      if ('quote' in part) return blockNode('quote', { quote: must(quotes, part.quote, 'quote') })
      return blockNode('readAlso', { article: must(articles, part.readAlso, 'article (published earlier)') })
    }),
  )
}

function must(map: Map<string, number | string>, key: string, what: string): number | string {
  const id = map.get(key)
  if (id === undefined) throw new Error(`Sample content names an unknown ${what} "${key}"`)
  return id
}

async function upsert(payload: Payload, collection: CollectionSlug, where: Where, data: Record<string, unknown>, context?: Record<string, unknown>) {
  const { docs } = await payload.find({ collection, where, limit: 1, depth: 0, pagination: false })
  if (docs[0]) return payload.update({ collection, id: docs[0].id, data, depth: 0, context })
  return payload.create({ collection, data, depth: 0, context } as never)
}

/**
 * A manual link, made or updated under the lock the recompute jobs take on `from`'s links: between the
 * seed's look and its write, a job linking the same story could otherwise create the same pair as an
 * auto link, and the seed's create would be refused as a second link to that target.
 */
async function upsertLink(payload: Payload, from: number | string, to: number | string, data: Record<string, unknown>) {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    await lockLinksOf(payload, from, req)
    const { docs } = await payload.find({ collection: 'related-links', where: { and: [{ from: { equals: from } }, { to: { equals: to } }] }, limit: 1, depth: 0, pagination: false, req })
    if (docs[0]) await payload.update({ collection: 'related-links', id: docs[0].id, data, depth: 0, req })
    else await payload.create({ collection: 'related-links', data, depth: 0, req } as never)
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

/** A sample image: its text updated when an earlier seed made it, otherwise drawn and uploaded (sizes and all). */
async function upsertImage(payload: Payload, image: SeedImage): Promise<number | string> {
  const data = { alt: image.alt, caption: image.caption, credit: image.credit }
  const { docs } = await payload.find({ collection: 'media', where: { alt: { equals: image.alt } }, limit: 1, depth: 0, pagination: false })
  if (docs[0]) return (await payload.update({ collection: 'media', id: docs[0].id, data, depth: 0 })).id
  const jpeg = await sharp(Buffer.from(image.svg)).jpeg({ quality: 82 }).toBuffer()
  const doc = await payload.create({ collection: 'media', data, depth: 0, file: { data: jpeg, mimetype: 'image/jpeg', name: image.filename, size: jpeg.length } })
  return doc.id
}
