/** What the article page knows of a story, for schema.org `NewsArticle`. */
export interface JsonLdStory {
  title: string
  url: string
  description?: string | null
  publishedAt?: string | null
  updatedAt?: string | null
  author?: { name: string; url?: string } | null
  publisher: string
  tags?: string[] | null
  dateline?: string | null
}

/** schema.org NewsArticle, as Google's article rich results read it. */
export function newsArticleJsonLd(story: JsonLdStory): Record<string, unknown> {
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: story.title.slice(0, 110),
    mainEntityOfPage: { '@type': 'WebPage', '@id': story.url },
    url: story.url,
    publisher: { '@type': 'Organization', name: story.publisher },
  }
  if (story.description) data.description = story.description
  if (story.publishedAt) data.datePublished = story.publishedAt
  if (story.updatedAt ?? story.publishedAt) data.dateModified = story.updatedAt ?? story.publishedAt
  if (story.author) data.author = [{ '@type': 'Person', name: story.author.name, ...(story.author.url ? { url: story.author.url } : {}) }]
  if (story.tags?.length) data.keywords = story.tags.join(', ')
  if (story.dateline) data.locationCreated = { '@type': 'Place', name: story.dateline }
  return data
}

/**
 * The JSON for a `<script type="application/ld+json">`: `<` escaped so that a headline holding
 * `</script>` cannot end the element.
 */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c')
}
