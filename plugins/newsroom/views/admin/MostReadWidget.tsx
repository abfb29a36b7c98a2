'use client'

import { useConfig, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useId, useState } from 'react'

import './MostReadWidget.css'
import { getJSON, localeOf } from './fetchJSON'

const LIMIT = 5

const baseClass = 'newsroom-most-read'

type Period = 'day' | 'week'

const PERIODS: Array<{ period: Period; heading: string; quiet: string }> = [
  { period: 'day', heading: 'Today', quiet: 'No views today' },
  { period: 'week', heading: 'This week', quiet: 'No views this week' },
]

type Entry = { id: number | string; title?: null | string; slug?: null | string; views: number; rank: number }

/** What the ranking covers: the period asked for, the same span ending on the last day with views, or all time. */
type Shown = { period: 'all' | Period; from: null | string; to: null | string; fallback: 'all' | 'none' | 'recent' }

type MostRead = { collection: string; period: Period; docs: Entry[]; shown?: Shown }

/** The sentence over a fallback ranking, naming the days it covers. */
function fallbackNote(shown: Shown | undefined, quiet: string, locale: string | undefined): null | string {
  if (!shown || shown.fallback === 'none') return null
  if (shown.fallback === 'all' || !shown.from || !shown.to) return `${quiet}. Most read of all time:`
  const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
  const day = (value: string) => date.format(new Date(`${value}T00:00:00Z`))
  return shown.from === shown.to ? `${quiet}. Last day with views, ${day(shown.to)}:` : `${quiet}. Last week with views, ${day(shown.from)} – ${day(shown.to)}:`
}

export type MostReadWidgetProps = {
  /** Collections with view tracking, in the order they are shown. */
  collections: Array<{ slug: string; label: string }>
}

/** One period's ranking of one collection, loaded on its own so a slow or failing list does not hold up the others. */
function Ranking({ slug, period, heading, quiet }: { slug: string; period: Period; heading: string; quiet: string }) {
  const {
    config: {
      routes: { admin: adminRoute, api: apiRoute },
      serverURL,
    },
  } = useConfig()
  const { i18n } = useTranslation()
  const api = `${serverURL ?? ''}${apiRoute}`
  const headingId = useId()

  const [docs, setDocs] = useState<Entry[] | null>(null)
  const [shown, setShown] = useState<Shown | undefined>(undefined)
  const [error, setError] = useState<null | string>(null)

  useEffect(() => {
    const controller = new AbortController()
    getJSON<MostRead>(`${api}/${slug}/most-read?period=${period}&limit=${LIMIT}&doc=false&fallback=true`, controller.signal)
      .then((result) => {
        setShown(result.shown)
        setDocs(result.docs)
      })
      .catch((caught: Error) => {
        if (!controller.signal.aborted) setError(caught.message)
      })
    return () => controller.abort()
  }, [api, period, slug])

  const locale = localeOf(i18n.language)
  const number = new Intl.NumberFormat(locale)
  const note = fallbackNote(shown, quiet, locale)

  return (
    <div className={`${baseClass}__period`} data-period={period} data-shown={shown?.fallback} aria-labelledby={headingId} aria-busy={!docs && !error} role="group">
      <h4 id={headingId} className={`${baseClass}__period-title`}>
        {heading}
      </h4>
      {error ? (
        <p className={`${baseClass}__note ${baseClass}__note--error`}>Could not load the ranking: {error}</p>
      ) : docs === null ? (
        <p className={`${baseClass}__note`}>Loading…</p>
      ) : docs.length === 0 ? (
        <p className={`${baseClass}__note`}>No views yet</p>
      ) : (
        <>
          {note && <p className={`${baseClass}__note ${baseClass}__note--fallback`}>{note}</p>}
          <ol className={`${baseClass}__list`}>
            {docs.map((doc) => {
              const headline = doc.title || doc.slug || `#${doc.id}`
              return (
                <li key={doc.id} className={`${baseClass}__entry`} data-id={doc.id}>
                  <span className={`${baseClass}__rank`} aria-hidden="true">
                    {doc.rank}
                  </span>
                  <a className={`${baseClass}__link`} href={`${adminRoute}/collections/${slug}/${encodeURIComponent(String(doc.id))}`} title={headline}>
                    {headline}
                  </a>
                  <span className={`${baseClass}__views`}>
                    {number.format(doc.views)} {doc.views === 1 ? 'view' : 'views'}
                  </span>
                </li>
              )
            })}
          </ol>
        </>
      )}
    </div>
  )
}

/** The dashboard's "most read" lists: today and this week, for each collection with view tracking. */
export const MostReadWidget: React.FC<MostReadWidgetProps> = ({ collections = [] }) => {
  if (collections.length === 0) return null
  return (
    <div className={baseClass} data-testid="most-read-widget">
      {collections.map(({ slug, label }) => (
        <section key={slug} className={`${baseClass}__collection`} data-collection={slug} aria-label={`Most read: ${label}`}>
          <header className={`${baseClass}__header`}>
            <h3 className={`${baseClass}__title`}>Most read</h3>
            <span className={`${baseClass}__label`}>{label}</span>
          </header>
          <div className={`${baseClass}__periods`}>
            {PERIODS.map(({ period, heading, quiet }) => (
              <Ranking key={period} slug={slug} period={period} heading={heading} quiet={quiet} />
            ))}
          </div>
        </section>
      ))}
    </div>
  )
}
