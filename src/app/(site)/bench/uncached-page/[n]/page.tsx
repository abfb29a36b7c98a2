import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ReferenceArticle } from '../../ReferenceArticle'

// `npm run bench:site` times each `/bench/uncached-page/<n>` once, beside the uncached story page: cached
// like a story (ISR, rendered on its first request) but with no data, so it shows what Next.js itself
// costs to render and cache a page of that size on the machine, and the story page's own share above it.
// Only on a server the bench starts (NEWSROOM_BENCH_PAGES=on): elsewhere every new URL would render and
// fill the page cache for anyone who asks.
export const revalidate = 60
export const generateStaticParams = async () => []
export const metadata: Metadata = { title: 'Uncached reference page', robots: { index: false, follow: false } }

export default async function UncachedReferencePage({ params }: { params: Promise<{ n: string }> }) {
  if (process.env.NEWSROOM_BENCH_PAGES !== 'on') notFound()
  const { n } = await params
  return <ReferenceArticle title={`Uncached reference page ${n.slice(0, 40)}`} />
}
