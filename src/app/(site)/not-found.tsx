/** The site's 404: a story taken down, a draft without a preview, a mistyped address. */
export default function NotFound() {
  return (
    <section aria-labelledby="not-found">
      <h1 id="not-found">Page not found</h1>
      <p>There is no story at this address, or it is no longer published.</p>
      <p>
        <a href="/">Latest news</a>
      </p>
    </section>
  )
}
