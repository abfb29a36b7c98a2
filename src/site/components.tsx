import { formatDateTime, formatViews } from './format'
import { articlePath } from './publicUrl'

export interface Card {
  id: number
  title: string | null
  slug: string | null
  lead?: string | null
  publishedAt?: string | null
  views?: number | null
}

/** A list of stories: headline linked, date and views, lead. */
export function StoryList({ stories, headingLevel = 2 }: { stories: Card[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 3 ? 'h3' : 'h2'
  return (
    <ul className="stories">
      {stories
        .filter((story) => story.slug)
        .map((story) => (
          <li key={story.id}>
            <Heading>
              <a href={articlePath(story.slug!)}>{story.title}</a>
            </Heading>
            <p className="meta">
              {story.publishedAt ? <time dateTime={story.publishedAt}>{formatDateTime(story.publishedAt)}</time> : null} • {formatViews(story.views)}
            </p>
            {story.lead ? <p>{story.lead}</p> : null}
          </li>
        ))}
    </ul>
  )
}

/** Previous / next page links; `href(page)` builds the address of a page. */
export function Pager({ page, hasPrev, hasNext, href }: { page: number; hasPrev: boolean; hasNext: boolean; href: (page: number) => string }) {
  if (!hasPrev && !hasNext) return null
  return (
    <nav className="pager" aria-label="Pages">
      {hasPrev ? (
        <a href={href(page - 1)} rel="prev">
          Newer stories
        </a>
      ) : null}
      <span>Page {page}</span>
      {hasNext ? (
        <a href={href(page + 1)} rel="next">
          Older stories
        </a>
      ) : null}
    </nav>
  )
}

/** `?page=N` read strictly: a whole number from 1, else null (the page answers 404). */
export function pageNumber(raw: string | string[] | undefined): number | null {
  if (raw === undefined) return 1
  if (typeof raw !== 'string' || !/^[1-9]\d{0,4}$/.test(raw)) return null
  return Number(raw)
}
