import type { Metadata } from 'next'

// `npm run bench:site` compares the cached article page with this page: fully static (prerendered at
// build time), in the same layout, about the size of a story. Not for readers, so not for robots either.
export const dynamic = 'force-static'
export const metadata: Metadata = { title: 'Static reference page', robots: { index: false, follow: false } }

const PARAGRAPH =
  'This paragraph stands for a paragraph of a story. The page it belongs to is rendered once, when the application is built, and served from the build output on every request, so it measures what the server does for a page without any work of its own.'

export default function StaticReferencePage() {
  return (
    <article>
      <h1>Static reference page</h1>
      <p className="meta">Kyiv • UNN</p>
      {Array.from({ length: 24 }, (_, index) => (
        <p key={index}>{PARAGRAPH}</p>
      ))}
    </article>
  )
}
