'use client'

import { useConfig, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useId, useState } from 'react'

import './MostReadWidget.css'
import { getJSON, localeOf } from './fetchJSON'

const LIMIT = 5

const baseClass = 'newsroom-most-read'

type Period = 'day' | 'week'

const PERIODS: Array<{ period: Period; heading: string; empty: string }> = [
  { period: 'day', heading: 'Today', empty: 'No views yet today' },
  { period: 'week', heading: 'This week', empty: 'No views yet this week' },
]

type Entry = { id: number | string; title?: null | string; slug?: null | string; views: number; rank: number }

type MostRead = { collection: string; period: Period; docs: Entry[] }

export type MostReadWidgetProps = {
  /** Collections with view tracking, in the order they are shown. */
  collections: Array<{ slug: string; label: string }>
}

/** One period's ranking of one collection, loaded on its own so a slow or failing list does not hold up the others. */
function Ranking({ slug, period, heading, empty }: { slug: string; period: Period; heading: string; empty: string }) {
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
  const [error, setError] = useState<null | string>(null)

  useEffect(() => {
    const controller = new AbortController()
    getJSON<MostRead>(`${api}/${slug}/most-read?period=${period}&limit=${LIMIT}&doc=false`, controller.signal)
      .then((result) => setDocs(result.docs))
      .catch((caught: Error) => {
        if (!controller.signal.aborted) setError(caught.message)
      })
    return () => controller.abort()
  }, [api, period, slug])

  const number = new Intl.NumberFormat(localeOf(i18n.language))

  return (
    <div className={`${baseClass}__period`} data-period={period} aria-labelledby={headingId} aria-busy={!docs && !error} role="group">
      <h4 id={headingId} className={`${baseClass}__period-title`}>
        {heading}
      </h4>
      {error ? (
        <p className={`${baseClass}__note ${baseClass}__note--error`}>Could not load the ranking: {error}</p>
      ) : docs === null ? (
        <p className={`${baseClass}__note`}>Loading…</p>
      ) : docs.length === 0 ? (
        <p className={`${baseClass}__note`}>{empty}</p>
      ) : (
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
            {PERIODS.map(({ period, heading, empty }) => (
              <Ranking key={period} slug={slug} period={period} heading={heading} empty={empty} />
            ))}
          </div>
        </section>
      ))}
    </div>
  )
}
