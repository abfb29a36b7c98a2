import type { Metadata } from 'next'
import { cookies, draftMode } from 'next/headers'
import { notFound } from 'next/navigation'

import { type ArticleData, type BodyPicture, loadArticle, type ReadAlsoTarget } from '../../../../site/data'
import { datelineCredit, formatDateTime, formatViews } from '../../../../site/format'
import { jsonLdScript, newsArticleJsonLd } from '../../../../site/jsonLd'
import { type BodyContext, type BodyHeadline, type BodyImage, type BodyQuote, Figure, type LexicalNode, ReadAlso, renderBody } from '../../../../site/lexical'
import { absoluteUrl, articlePath, personPath, tagPath } from '../../../../site/publicUrl'
import { RefreshOnSave } from '../../../../site/RefreshOnSave'
import { SITE_NAME } from '../../../../site/siteName'

// Cached per story (ISR), expired by the revalidation hooks; views are at most this many seconds old.
export const revalidate = 60
// Stories are rendered on first request, never at build time (the build has no database).
export const generateStaticParams = async () => []

type Params = { params: Promise<{ slug: string }> }

async function load(slug: string) {
  const { isEnabled } = await draftMode()
  if (!isEnabled) return { preview: false, data: await loadArticle(slug) }
  // Draft mode: the editor's own session reads the latest draft; nothing of it is cached.
  const cookie = (await cookies()).toString()
  return { preview: true, data: await loadArticle(slug, cookie) }
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug } = await params
  const { data } = await load(decodeURIComponent(slug))
  if (!data) return { title: 'Page not found' }
  const { article } = data
  const url = articlePath(article.slug!)
  // The SEO fields an editor set (Payload's SEO plugin), else the story's own headline, lead and photo.
  const title = article.meta?.title || article.title || undefined
  const description = article.meta?.description || article.lead || undefined
  const image = socialImage(article)
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: {
      type: 'article',
      url,
      title,
      description,
      siteName: SITE_NAME,
      images: image ? [image] : undefined,
      publishedTime: article.publishedAt ?? undefined,
      modifiedTime: article.updatedAt ?? undefined,
      authors: article.author ? [article.author.name] : undefined,
      tags: article.tags ?? undefined,
    },
    twitter: { card: image ? 'summary_large_image' : 'summary', title, description, images: image ? [image.url] : undefined },
  }
}

/** The social card's picture: the SEO image, else the featured photo, in its 1200×630 size when it has one. */
function socialImage(article: ArticleData): { url: string; width?: number; height?: number; alt?: string } | null {
  const picture = article.meta?.image ?? article.featuredImage
  if (!picture) return null
  const og = picture.sizes?.og
  const url = og?.url ?? picture.url
  if (!url) return null
  const sized = og?.url ? { width: og.width ?? undefined, height: og.height ?? undefined } : {}
  return { url: url.startsWith('http') ? url : absoluteUrl(url), alt: picture.alt ?? undefined, ...sized }
}

/** The featured photo with its caption and credit, as wire pages show it under the lead. */
function FeaturedImage({ image }: { image: NonNullable<ArticleData['featuredImage']> }) {
  const card = image.sizes?.card?.url ? image.sizes.card : null
  const src = card?.url ?? image.url
  if (!src) return null
  return <Figure image={{ src, alt: image.alt, width: card ? card.width : image.width, height: card ? card.height : image.height, caption: image.caption, credit: image.credit }} />
}

function bodyContext(article: ArticleData, readAlso: ReadAlsoTarget[], pictures: BodyPicture[]): BodyContext {
  const quotes = new Map<number, BodyQuote>()
  for (const quote of article.quotes?.docs ?? []) {
    quotes.set(quote.id, {
      id: quote.id,
      text: quote.text ?? '',
      attribution: quote.attribution,
      speaker: quote.speaker ? { name: quote.speaker.name, href: personPath(quote.speaker.slug ?? quote.speaker.id) } : null,
    })
  }
  const articles = new Map<number, BodyHeadline>(
    readAlso.map((target) => [target.id, { headline: target.title ?? '', href: target.slug ? articlePath(target.slug) : null, publishedAt: target.publishedAt, views: target.views }]),
  )
  const inlineAfterParagraph = new Map<number, BodyHeadline[]>()
  for (const link of article.relatedLinks?.docs ?? []) {
    if (link.position?.placement !== 'inline' || !link.position.afterParagraph) continue
    const item = linkHeadline(link)
    if (!item) continue
    inlineAfterParagraph.set(link.position.afterParagraph, [...(inlineAfterParagraph.get(link.position.afterParagraph) ?? []), item])
  }
  const images = new Map<number, BodyImage>()
  for (const picture of pictures) {
    const card = picture.sizes?.card?.url ? picture.sizes.card : null
    const src = card?.url ?? picture.url
    if (src) images.set(picture.id, { src, alt: picture.alt, width: card ? card.width : picture.width, height: card ? card.height : picture.height, caption: picture.caption, credit: picture.credit })
  }
  return { quotes, articles, inlineAfterParagraph, images }
}

type Link = NonNullable<ArticleData['relatedLinks']>['docs'][number]
function linkHeadline(link: Link): BodyHeadline | null {
  const headline = link.headline ?? link.to?.title
  if (!headline) return null
  return {
    headline,
    href: link.to?.slug ? articlePath(link.to.slug) : link.url,
    publishedAt: link.to?.publishedAt,
    views: link.to ? link.to.views : undefined,
  }
}

// The README's beacon snippet: one POST after the page is shown, nothing else.
const beacon = (preview: boolean) => `addEventListener('load', () => {
  const url = '/views?collection=articles&id=' + document.querySelector('article').dataset.id
  if (!navigator.sendBeacon?.(url${preview ? ", JSON.stringify({ preview: true })" : ''})) fetch(url, { method: 'POST', keepalive: true${preview ? ", body: JSON.stringify({ preview: true })" : ''} })
})`

export default async function ArticlePage({ params }: Params) {
  const { slug } = await params
  const { preview, data } = await load(decodeURIComponent(slug))
  if (!data) notFound()
  const { article, readAlso, images } = data
  const context = bodyContext(article, readAlso, images)
  const endLinks = (article.relatedLinks?.docs ?? []).filter((link) => link.position?.placement !== 'inline').map(linkHeadline).filter((item): item is BodyHeadline => item !== null)
  const url = absoluteUrl(articlePath(article.slug!))
  const jsonLd = newsArticleJsonLd({
    title: article.title ?? '',
    url,
    description: article.lead,
    publishedAt: article.publishedAt,
    updatedAt: article.updatedAt,
    author: article.author ? { name: article.author.name, url: absoluteUrl(personPath(article.author.slug ?? article.author.id)) } : null,
    publisher: SITE_NAME,
    tags: article.tags,
    dateline: article.dateline,
  })
  const byline = datelineCredit(article.dateline, article.credit)
  return (
    <article data-id={article.id} aria-labelledby="headline">
      {preview ? (
        <p className="meta" role="status">
          Preview{article._status === 'draft' ? ' of a draft' : ''}: readers do not see this version yet. <a href={`/api/site/preview?exit=1&path=${encodeURIComponent(articlePath(article.slug!))}`}>Leave preview</a>
          <RefreshOnSave />
        </p>
      ) : null}
      <header>
        <h1 id="headline">{article.title}</h1>
        {byline ? <p className="meta byline">{byline}</p> : null}
        <p className="meta">
          {article.publishedAt ? <time dateTime={article.publishedAt}>{formatDateTime(article.publishedAt)}</time> : null} • <span className="views">{formatViews(article.views)}</span>
        </p>
        {article.lead ? <p className="lead">{article.lead}</p> : null}
        {article.featuredImage ? <FeaturedImage image={article.featuredImage} /> : null}
      </header>
      <div className="body">{renderBody(article.body as { root?: LexicalNode }, context)}</div>
      <footer>
        {article.author ? (
          <p className="author">
            <a href={personPath(article.author.slug ?? article.author.id)} rel="author">
              {article.author.name}
            </a>
          </p>
        ) : null}
        {article.people?.length ? (
          <section aria-labelledby="people">
            <h2 id="people">People in this story</h2>
            <ul>
              {article.people.map((person) => (
                <li key={person.id}>
                  <a href={personPath(person.slug ?? person.id)}>{person.name}</a>
                  {person.role ? `, ${person.role}` : ''}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {article.tags?.length ? (
          <p className="tags">
            {article.tags.map((tag) => (
              <a key={tag} href={tagPath(tag)} rel="tag">
                #{tag}
              </a>
            ))}
          </p>
        ) : null}
        {endLinks.length ? (
          <section aria-labelledby="related" className="related">
            <h2 id="related">Read also</h2>
            {endLinks.map((item, index) => (
              <ReadAlso key={index} item={item} />
            ))}
          </section>
        ) : null}
      </footer>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScript(jsonLd) }} />
      <script dangerouslySetInnerHTML={{ __html: beacon(preview) }} />
    </article>
  )
}
