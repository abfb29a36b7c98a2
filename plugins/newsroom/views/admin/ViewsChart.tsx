'use client'

import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useId, useState } from 'react'

import './ViewsChart.css'
import { getJSON, localeOf } from './fetchJSON'

/** Days shown; the endpoint answers exactly this many entries, oldest first, zero-filled. */
const DAYS = 30
/** The SVG's own coordinate space; CSS stretches it to the field's width and a fixed height. */
const WIDTH = 300
const HEIGHT = 100
const GAP = 2

const baseClass = 'newsroom-views-chart'

type Daily = {
  collection: string
  id: number | string
  days: Array<{ day: string; views: number }>
  total: number
  periodTotal: number
}

/** Day strings are calendar days, not instants: formatted in UTC so no time zone moves them a day. */
function shortDay(day: string, locale: string | undefined): string {
  const date = new Date(`${day}T00:00:00Z`)
  return Number.isNaN(date.getTime()) ? day : date.toLocaleDateString(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' })
}

/** Daily views of the document being edited over the last 30 days, with its all-time total. */
export const ViewsChart: React.FC = () => {
  const { id, collectionSlug } = useDocumentInfo()
  const {
    config: {
      routes: { api: apiRoute },
      serverURL,
    },
  } = useConfig()
  const { i18n } = useTranslation()
  const api = `${serverURL ?? ''}${apiRoute}`
  const titleId = useId()

  const [data, setData] = useState<Daily | null>(null)
  const [error, setError] = useState<null | string>(null)

  useEffect(() => {
    if (id === undefined || id === null || !collectionSlug) return
    // Aborting drops the answer for a document the editor has already left.
    const controller = new AbortController()
    setData(null)
    setError(null)
    getJSON<Daily>(`${api}/${collectionSlug}/${encodeURIComponent(String(id))}/views/daily?days=${DAYS}`, controller.signal)
      .then(setData)
      .catch((caught: Error) => {
        if (!controller.signal.aborted) setError(caught.message)
      })
    return () => controller.abort()
  }, [api, collectionSlug, id])

  // An unsaved document has no views and no address to ask for them.
  if (id === undefined || id === null) return null

  const locale = localeOf(i18n.language)
  const number = new Intl.NumberFormat(locale)
  const views = (count: number) => `${number.format(count)} ${count === 1 ? 'view' : 'views'}`

  let body: React.ReactNode
  if (error) {
    body = <p className={`${baseClass}__note ${baseClass}__note--error`}>Could not load the views: {error}</p>
  } else if (!data) {
    body = <p className={`${baseClass}__note`}>Loading views…</p>
  } else {
    const days = data.days
    const peak = Math.max(0, ...days.map((entry) => entry.views))
    const slot = WIDTH / Math.max(days.length, 1)
    const first = days[0]?.day
    const last = days[days.length - 1]?.day
    body = (
      <>
        <dl className={`${baseClass}__stats`}>
          <div className={`${baseClass}__stat`}>
            <dt>Last {days.length} days</dt>
            <dd className={`${baseClass}__period-total`} data-testid="views-chart-period-total">
              {number.format(data.periodTotal)}
            </dd>
          </div>
          <div className={`${baseClass}__stat`}>
            <dt>All time</dt>
            <dd className={`${baseClass}__total`} data-testid="views-chart-total">
              {number.format(data.total)}
            </dd>
          </div>
        </dl>
        {data.periodTotal === 0 ? (
          <p className={`${baseClass}__note`}>No views in the last {days.length} days</p>
        ) : (
          <figure className={`${baseClass}__figure`}>
            <svg
              className={`${baseClass}__svg`}
              viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
              preserveAspectRatio="none"
              role="img"
              aria-label={`Daily views from ${first} to ${last}: ${views(data.periodTotal)} in total, at most ${views(peak)} a day.`}
            >
              <line className={`${baseClass}__baseline`} x1={0} x2={WIDTH} y1={HEIGHT} y2={HEIGHT} vectorEffect="non-scaling-stroke" />
              {days.map((entry, index) => {
                const height = peak > 0 ? (entry.views / peak) * HEIGHT : 0
                return (
                  <g key={entry.day} className={`${baseClass}__bar`} data-day={entry.day} data-views={entry.views}>
                    <title>{`${entry.day}: ${views(entry.views)}`}</title>
                    {/* A full-height target, so that a day with few or no views still shows its tooltip. */}
                    <rect className={`${baseClass}__hit`} x={index * slot} y={0} width={slot} height={HEIGHT} />
                    <rect className={`${baseClass}__fill`} x={index * slot + GAP / 2} y={HEIGHT - height} width={Math.max(slot - GAP, 1)} height={height} />
                  </g>
                )
              })}
            </svg>
            <figcaption className={`${baseClass}__axis`} aria-hidden="true">
              <span>{first && shortDay(first, locale)}</span>
              <span>{last && shortDay(last, locale)}</span>
            </figcaption>
          </figure>
        )}
        <table className={`${baseClass}__table`}>
          <caption>Views per day, last {days.length} days</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Views</th>
            </tr>
          </thead>
          <tbody>
            {days.map((entry) => (
              <tr key={entry.day}>
                <th scope="row">{entry.day}</th>
                <td>{number.format(entry.views)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </>
    )
  }

  return (
    <section className={baseClass} data-testid="views-chart" aria-labelledby={titleId} aria-busy={!data && !error}>
      <h3 id={titleId} className={`${baseClass}__title`}>
        Views
      </h3>
      {body}
    </section>
  )
}
