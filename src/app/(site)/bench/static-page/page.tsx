import type { Metadata } from 'next'

import { ReferenceArticle } from '../ReferenceArticle'

// `npm run bench:site` compares the cached article page with this page: fully static (prerendered at
// build time), in the same layout, about the size of a story. Not for readers, so not for robots either.
export const dynamic = 'force-static'
export const metadata: Metadata = { title: 'Static reference page', robots: { index: false, follow: false } }

export default function StaticReferencePage() {
  return <ReferenceArticle title="Static reference page" />
}
