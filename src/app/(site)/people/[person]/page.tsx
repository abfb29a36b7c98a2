import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { StoryList } from '../../../../site/components'
import { loadPerson } from '../../../../site/data'
import { articlePath, personPath } from '../../../../site/publicUrl'

export const revalidate = 60
export const generateStaticParams = async () => []

type Props = { params: Promise<{ person: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const person = await loadPerson(decodeURIComponent((await params).person))
  if (!person) return { title: 'Page not found' }
  return { title: person.name, description: person.role ?? undefined, alternates: { canonical: personPath(person.slug ?? person.id) } }
}

export default async function PersonPage({ params }: Props) {
  const person = await loadPerson(decodeURIComponent((await params).person))
  if (!person) notFound()
  const quotes = person.quotes?.docs ?? []
  const named = person.mentionedIn?.docs ?? []
  const written = person.articlesWritten?.docs ?? []
  return (
    <article aria-labelledby="person">
      <h1 id="person">{person.name}</h1>
      {person.role ? <p className="meta">{person.role}</p> : null}
      {person.bio ? <p>{person.bio}</p> : null}
      {quotes.length ? (
        <section aria-labelledby="quotes">
          <h2 id="quotes">Quotes</h2>
          {quotes.map((quote) => (
            <figure className="quote" key={quote.id}>
              <blockquote>
                <p>{quote.text}</p>
              </blockquote>
              <figcaption>
                {quote.attribution ? `- ${quote.attribution}` : null}
                {quote.article?.slug ? (
                  <>
                    {' '}
                    (<a href={articlePath(quote.article.slug)}>{quote.article.title}</a>)
                  </>
                ) : null}
              </figcaption>
            </figure>
          ))}
        </section>
      ) : null}
      {named.length ? (
        <section aria-labelledby="named">
          <h2 id="named">Stories naming {person.name}</h2>
          <StoryList stories={named} headingLevel={3} />
        </section>
      ) : null}
      {written.length ? (
        <section aria-labelledby="written">
          <h2 id="written">Stories by {person.name}</h2>
          <StoryList stories={written} headingLevel={3} />
        </section>
      ) : null}
    </article>
  )
}
