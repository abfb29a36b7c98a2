import { notFound } from 'next/navigation'

import { Pager, pageNumber, StoryList } from '../../site/components'
import { loadHome } from '../../site/data'
import { formatViews } from '../../site/format'
import { articlePath } from '../../site/publicUrl'

// Rendered per request from cached data (tag `site:lists`): the build has no database to prerender from.
export const dynamic = 'force-dynamic'

type MostRead = { rank: number; views: number; article: { id: number; title: string | null; slug: string | null } }

function MostReadList({ id, title, entries }: { id: string; title: string; entries: MostRead[] }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {entries.length ? (
        <ol>
          {entries.map((entry) => (
            <li key={entry.article.id}>
              {entry.article.slug ? <a href={articlePath(entry.article.slug)}>{entry.article.title}</a> : entry.article.title} <span className="meta">{formatViews(entry.views)}</span>
            </li>
          ))}
        </ol>
      ) : (
        <p className="meta">No views counted yet.</p>
      )}
    </section>
  )
}

export default async function Home({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const page = pageNumber((await searchParams).page)
  if (page === null) notFound()
  const data = await loadHome(page)
  const list = data.Articles
  if (!list || (page > 1 && list.docs.length === 0)) notFound()
  return (
    <>
      <h1>Latest news</h1>
      {page === 1 ? (
        <div className="columns">
          <MostReadList id="most-read-today" title="Most read today" entries={data.today} />
          <MostReadList id="most-read-week" title="Most read this week" entries={data.week} />
        </div>
      ) : null}
      <section aria-labelledby="latest">
        <h2 id="latest" className="skip">
          Latest stories
        </h2>
        <StoryList stories={list.docs} headingLevel={3} />
      </section>
      <Pager page={page} hasPrev={list.hasPrevPage} hasNext={list.hasNextPage} href={(n) => (n === 1 ? '/' : `/?page=${n}`)} />
    </>
  )
}
