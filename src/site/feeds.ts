import { element, escapeXml } from './xml'

/** One story as the feeds and sitemaps need it; URLs absolute. */
export interface FeedStory {
  title: string
  url: string
  summary?: string | null
  publishedAt?: string | null
  updatedAt?: string | null
  author?: string | null
  tags?: string[] | null
}

export interface FeedChannel {
  title: string
  /** The page the feed belongs to (home or the tag page). */
  siteUrl: string
  /** The feed's own URL. */
  feedUrl: string
  description: string
  language?: string
}

const rfc822 = (value: string) => new Date(value).toUTCString()
const validDate = (value: string | null | undefined): value is string => Boolean(value) && !Number.isNaN(new Date(value!).getTime())

/** RSS 2.0 with an `atom:link rel="self"`, as feed validators ask. */
export function buildRss(channel: FeedChannel, stories: FeedStory[]): string {
  const newest = stories.map((story) => story.publishedAt).find(validDate)
  const items = stories.map((story) =>
    [
      '<item>',
      element('title', story.title),
      element('link', story.url),
      `<guid isPermaLink="true">${escapeXml(story.url)}</guid>`,
      element('description', story.summary),
      validDate(story.publishedAt) ? element('pubDate', rfc822(story.publishedAt)) : '',
      element('dc:creator', story.author),
      ...(story.tags ?? []).map((tag) => element('category', tag)),
      '</item>',
    ].join(''),
  )
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '<channel>',
    element('title', channel.title),
    element('link', channel.siteUrl),
    element('description', channel.description),
    element('language', channel.language ?? 'en'),
    `<atom:link href="${escapeXml(channel.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    newest ? element('lastBuildDate', rfc822(newest)) : '',
    ...items,
    '</channel>',
    '</rss>',
  ].join('\n')
}

/** Atom 1.0; `updated` is required on the feed and each entry, so a story without dates uses the newest one. */
export function buildAtom(channel: FeedChannel, stories: FeedStory[]): string {
  const fallback = stories.map((story) => story.updatedAt ?? story.publishedAt).find(validDate) ?? new Date(0).toISOString()
  const entries = stories.map((story) => {
    const updated = [story.updatedAt, story.publishedAt].find(validDate) ?? fallback
    return [
      '<entry>',
      element('title', story.title),
      `<link href="${escapeXml(story.url)}"/>`,
      element('id', story.url),
      element('updated', new Date(updated).toISOString()),
      validDate(story.publishedAt) ? element('published', new Date(story.publishedAt).toISOString()) : '',
      story.author ? `<author>${element('name', story.author)}</author>` : '',
      element('summary', story.summary),
      ...(story.tags ?? []).map((tag) => `<category term="${escapeXml(tag)}"/>`),
      '</entry>',
    ].join('')
  })
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    element('title', channel.title),
    element('subtitle', channel.description),
    `<link href="${escapeXml(channel.siteUrl)}"/>`,
    `<link rel="self" href="${escapeXml(channel.feedUrl)}"/>`,
    element('id', channel.feedUrl),
    element('updated', new Date(fallback).toISOString()),
    ...entries,
    '</feed>',
  ].join('\n')
}

export interface SitemapEntry {
  url: string
  lastModified?: string | null
}

/** sitemaps.org urlset. */
export function buildSitemap(entries: SitemapEntry[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...entries.map(
      (entry) => `<url>${element('loc', entry.url)}${validDate(entry.lastModified) ? element('lastmod', new Date(entry.lastModified).toISOString()) : ''}</url>`,
    ),
    '</urlset>',
  ].join('\n')
}

/** Google News sitemap: stories of the last two days only, as Google asks; at most 1,000. */
export function buildNewsSitemap(publication: { name: string; language: string }, stories: FeedStory[], now = new Date()): string {
  const since = now.getTime() - 2 * 24 * 3600 * 1000
  const recent = stories.filter((story) => validDate(story.publishedAt) && new Date(story.publishedAt).getTime() >= since).slice(0, 1000)
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">',
    ...recent.map((story) =>
      [
        '<url>',
        element('loc', story.url),
        '<news:news><news:publication>',
        element('news:name', publication.name),
        element('news:language', publication.language),
        '</news:publication>',
        element('news:publication_date', new Date(story.publishedAt!).toISOString()),
        element('news:title', story.title),
        '</news:news></url>',
      ].join(''),
    ),
    '</urlset>',
  ].join('\n')
}
