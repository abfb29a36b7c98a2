const PARAGRAPH =
  'This paragraph stands for a paragraph of a story. The page it belongs to is rendered once, when the application is built, and served from the build output on every request, so it measures what the server does for a page without any work of its own.'

/** The benchmark's reference pages: the site's layout around about a story's worth of text, and no data. */
export function ReferenceArticle({ title }: { title: string }) {
  return (
    <article>
      <h1>{title}</h1>
      <p className="meta">Kyiv • UNN</p>
      {Array.from({ length: 24 }, (_, index) => (
        <p key={index}>{PARAGRAPH}</p>
      ))}
    </article>
  )
}
