import { XMLParser, XMLValidator } from 'fast-xml-parser'

import { buildAtom, buildNewsSitemap, buildRss, buildSitemap, type FeedStory } from '../../src/site/feeds'
import { jsonLdScript, newsArticleJsonLd } from '../../src/site/jsonLd'
import { previewRequestTrusted, previewTarget } from '../../src/site/previewAccess'

const now = new Date('2026-01-07T12:00:00Z')
const stories: FeedStory[] = [
  { title: 'Allies & partners <meet> "in" Paris', url: 'https://news.example/news/allies?a=1&b=2', summary: 'Lead with \u0001 a control character', publishedAt: '2026-01-06T10:00:00Z', author: 'Julia Shramko', tags: ['paris', 'security & defence'] },
  { title: 'Older story', url: 'https://news.example/news/older', publishedAt: '2025-12-01T10:00:00Z' },
]
const channel = { title: 'Newsroom', siteUrl: 'https://news.example/', feedUrl: 'https://news.example/feed.xml', description: 'Latest' }
const parser = new XMLParser({ ignoreAttributes: false })

function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true)
  return parser.parse(xml)
}

test('RSS is valid XML with every story, escaped, and dates in RFC 822', () => {
  const rss = parse(buildRss(channel, stories)).rss
  expect(rss.channel['atom:link']['@_href']).toBe('https://news.example/feed.xml')
  expect(rss.channel.item).toHaveLength(2)
  expect(rss.channel.item[0].title).toBe('Allies & partners <meet> "in" Paris')
  expect(rss.channel.item[0].link).toBe('https://news.example/news/allies?a=1&b=2')
  expect(rss.channel.item[0].pubDate).toBe('Tue, 06 Jan 2026 10:00:00 GMT')
  expect(rss.channel.item[0].category).toEqual(['paris', 'security & defence'])
  expect(rss.channel.item[0].description).toBe('Lead with  a control character')
})

test('Atom is valid XML with an updated date on the feed and each entry', () => {
  const feed = parse(buildAtom(channel, stories)).feed
  expect(feed.updated).toBe('2026-01-06T10:00:00.000Z')
  expect(feed.entry).toHaveLength(2)
  expect(feed.entry[1].updated).toBe('2025-12-01T10:00:00.000Z')
  expect(feed.entry[0].author.name).toBe('Julia Shramko')
})

test('the sitemap lists every URL; the news sitemap only the last two days', () => {
  const urlset = parse(buildSitemap([{ url: 'https://news.example/', lastModified: null }, { url: stories[0]!.url, lastModified: '2026-01-06T10:00:00Z' }])).urlset
  expect(urlset.url.map((entry: { loc: string }) => entry.loc)).toEqual(['https://news.example/', 'https://news.example/news/allies?a=1&b=2'])
  const news = parse(buildNewsSitemap({ name: 'Newsroom', language: 'en' }, stories, now)).urlset
  expect(news.url.loc).toBe('https://news.example/news/allies?a=1&b=2')
  expect(news.url['news:news']['news:publication']['news:name']).toBe('Newsroom')
  expect(news.url['news:news']['news:publication_date']).toBe('2026-01-06T10:00:00.000Z')
})

test('NewsArticle JSON-LD parses back, and a headline cannot end its script element', () => {
  const data = newsArticleJsonLd({ title: 'Bad </script><script>alert(1)</script>', url: 'https://news.example/news/x', publisher: 'Newsroom', publishedAt: '2026-01-06T10:00:00Z', author: { name: 'Julia Shramko' } })
  const script = jsonLdScript(data)
  expect(script).not.toContain('</script>')
  expect(JSON.parse(script)).toMatchObject({ '@type': 'NewsArticle', headline: 'Bad </script><script>alert(1)</script>', datePublished: '2026-01-06T10:00:00Z', author: [{ name: 'Julia Shramko' }] })
})

test('the preview route opens story pages only, and never from another site', () => {
  expect(previewTarget('/news/allies-meet')).toBe('/news/allies-meet')
  expect(previewTarget('https://evil.example/')).toBeNull()
  expect(previewTarget('//evil.example/news/x')).toBeNull()
  expect(previewTarget('/news/x/../../admin')).toBeNull()
  expect(previewRequestTrusted('same-origin')).toBe(true)
  expect(previewRequestTrusted('none')).toBe(true)
  expect(previewRequestTrusted('cross-site')).toBe(false)
})
