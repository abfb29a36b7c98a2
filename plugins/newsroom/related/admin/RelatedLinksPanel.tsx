'use client'

import { Button, toast, useConfig, useDocumentInfo } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

import { scoreBand } from '../explain'
import './RelatedLinksPanel.css'

/** The links collection and the collection links point at, as configured in collections/RelatedLinks. */
const LINKS = 'related-links'
const TARGETS = 'articles'
const SEARCH_DELAY_MS = 300

const baseClass = 'newsroom-related-panel'

type Target = { id: number | string; title?: null | string }

type Link = {
  id: number | string
  to?: null | number | string | Target
  url?: null | string
  headline?: null | string
  origin?: 'auto' | 'manual' | null
  score?: null | number
  order?: null | number
  reasons?: {
    sharedPeople?: unknown[] | null
    sharedTags?: null | string[]
    sharedTerms?: null | string[]
  } | null
  position?: { placement?: 'end' | 'inline' | null; afterParagraph?: null | number } | null
  pinned?: boolean | null
  excluded?: boolean | null
}

type ErrorBody = { errors?: Array<{ message?: string; data?: { errors?: Array<{ message?: string }> } }> }

/** Fetches JSON from the REST API with the admin's cookie; a failed answer throws with Payload's own message. */
async function request<T>(url: string, init?: { method: string; body?: unknown }): Promise<T> {
  const response = await fetch(url, {
    method: init?.method ?? 'GET',
    credentials: 'include',
    headers: init?.body === undefined ? undefined : { 'Content-Type': 'application/json' },
    body: init?.body === undefined ? undefined : JSON.stringify(init.body),
  })
  const json = (await response.json().catch(() => ({}))) as ErrorBody & T
  if (!response.ok) {
    const first = json.errors?.[0]
    const details = (first?.data?.errors ?? []).map((error) => error.message).filter(Boolean)
    throw new Error(details.length > 0 ? details.join('; ') : (first?.message ?? `Request failed (${response.status})`))
  }
  return json
}

const targetOf = (link: Link): Target | null => (link.to && typeof link.to === 'object' ? link.to : null)

function describeReasons(reasons: Link['reasons']): string {
  const parts: string[] = []
  if (reasons?.sharedPeople?.length) parts.push(`shared people: ${reasons.sharedPeople.length}`)
  if (reasons?.sharedTags?.length) parts.push(`tags: ${reasons.sharedTags.join(', ')}`)
  if (reasons?.sharedTerms?.length) parts.push(`terms: ${reasons.sharedTerms.join(', ')}`)
  return parts.join(' · ')
}

function describePosition(position: Link['position']): string {
  return position?.placement === 'inline' && position.afterParagraph ? `after paragraph ${position.afterParagraph}` : 'at the end'
}

/** The "read also" links of the article being edited, with the editor's controls over them. */
export const RelatedLinksPanel: React.FC = () => {
  const { id, collectionSlug } = useDocumentInfo()
  const {
    config: {
      routes: { admin: adminRoute, api: apiRoute },
      serverURL,
    },
  } = useConfig()
  const api = `${serverURL ?? ''}${apiRoute}`

  const [links, setLinks] = useState<Link[] | null>(null)
  const [loadError, setLoadError] = useState<null | string>(null)
  const [busy, setBusy] = useState(false)
  const [query, setQuery] = useState('')
  const [results, setResults] = useState<Target[]>([])
  const [why, setWhy] = useState<null | string>(null)

  const load = useCallback(async () => {
    if (id === undefined || id === null) return
    try {
      const params = `where[from][equals]=${encodeURIComponent(String(id))}&sort=order&depth=1&limit=100`
      const { docs } = await request<{ docs: Link[] }>(`${api}/${LINKS}?${params}`)
      setLinks(docs)
      setLoadError(null)
      // "No related links yet" told an editor nothing: ask the engine what came closest.
      setWhy(docs.length === 0 ? (await request<{ message: string }>(`${api}/${collectionSlug ?? TARGETS}/related/${id}/why`).catch(() => null))?.message ?? null : null)
    } catch (error) {
      setLoadError((error as Error).message)
    }
  }, [api, collectionSlug, id])

  useEffect(() => {
    void load()
  }, [load])

  /** Runs one change, reports its error, and always reloads the list so it shows what was saved. */
  const act = async (change: () => Promise<unknown>, done?: string) => {
    setBusy(true)
    try {
      await change()
      if (done) toast.success(done)
    } catch (error) {
      toast.error((error as Error).message)
    } finally {
      await load()
      setBusy(false)
    }
  }

  const patch = (link: Link, data: Partial<Link>) => request(`${api}/${LINKS}/${link.id}`, { method: 'PATCH', body: data })

  const move = (index: number, offset: -1 | 1) =>
    act(async () => {
      if (!links) return
      const a = links[index]
      const b = links[index + offset]
      if (!a || !b) return
      if ((a.order ?? 0) !== (b.order ?? 0)) {
        await patch(a, { order: b.order ?? 0 })
        await patch(b, { order: a.order ?? 0 })
        return
      }
      // Equal orders cannot be swapped: number the whole list afresh in its new arrangement.
      const next = [...links]
      next.splice(index, 1)
      next.splice(index + offset, 0, a)
      for (const [order, link] of next.entries()) if ((link.order ?? 0) !== order) await patch(link, { order })
    })

  const recompute = () =>
    act(async () => {
      const result = await request<{ indexed: boolean; created: number; updated: number; removed: number; why?: null | string }>(
        `${api}/${collectionSlug ?? TARGETS}/related/${id}/recompute`,
        { method: 'POST' },
      )
      if (!result.indexed) toast.info('This article is not linked automatically (unpublished, or "never auto link" is set).')
      else if (result.why) toast.info(result.why)
      else toast.success(`Recomputed: ${result.created} added, ${result.updated} updated, ${result.removed} removed.`)
    })

  const add = (target: Target) =>
    act(async () => {
      const order = Math.max(0, ...(links ?? []).map((link) => (link.order ?? 0) + 1))
      await request(`${api}/${LINKS}`, { method: 'POST', body: { from: id, to: target.id, order } })
      setQuery('')
      setResults([])
    }, `Linked "${target.title ?? target.id}".`)

  useEffect(() => {
    const text = query.trim()
    if (text.length < 2) {
      setResults([])
      return
    }
    let stale = false
    const timer = setTimeout(async () => {
      try {
        const { docs } = await request<{ docs: Target[] }>(`${api}/${TARGETS}?where[title][like]=${encodeURIComponent(text)}&limit=10&depth=0`)
        if (!stale) setResults(docs)
      } catch (error) {
        if (!stale) toast.error((error as Error).message)
      }
    }, SEARCH_DELAY_MS)
    return () => {
      stale = true
      clearTimeout(timer)
    }
  }, [api, query])

  if (id === undefined || id === null) {
    return (
      <div className={baseClass} data-testid="related-links-panel">
        <h3 className={`${baseClass}__title`}>Related links</h3>
        <p className={`${baseClass}__note`}>Save the article to see its related links.</p>
      </div>
    )
  }

  const linkedIds = new Set((links ?? []).map((link) => String(targetOf(link)?.id ?? link.to)))
  const candidates = results.filter((target) => String(target.id) !== String(id) && !linkedIds.has(String(target.id)))

  return (
    <div className={baseClass} data-testid="related-links-panel" aria-busy={busy}>
      <div className={`${baseClass}__header`}>
        <h3 className={`${baseClass}__title`}>Related links</h3>
        <Button buttonStyle="secondary" size="small" margin={false} disabled={busy} onClick={() => void recompute()}>
          Recompute now
        </Button>
      </div>

      {loadError ? (
        <p className={`${baseClass}__note ${baseClass}__note--error`}>Could not load the links: {loadError}</p>
      ) : links === null ? (
        <p className={`${baseClass}__note`}>Loading…</p>
      ) : links.length === 0 ? (
        <p className={`${baseClass}__note`} data-testid="related-links-why">
          {why ?? 'No related links yet.'}
        </p>
      ) : (
        <ol className={`${baseClass}__list`}>
          {links.map((link, index) => {
            const target = targetOf(link)
            const headline = link.headline || target?.title || link.url || `#${link.id}`
            const reasons = describeReasons(link.reasons)
            return (
              <li key={link.id} className={[`${baseClass}__row`, link.excluded && `${baseClass}__row--excluded`].filter(Boolean).join(' ')}>
                <div className={`${baseClass}__main`}>
                  <div className={`${baseClass}__headline`}>
                    {target ? (
                      <a href={`${adminRoute}/collections/${TARGETS}/${target.id}`}>{headline}</a>
                    ) : link.url ? (
                      <a href={link.url} target="_blank" rel="noreferrer">
                        {headline}
                      </a>
                    ) : (
                      headline
                    )}
                  </div>
                  <div className={`${baseClass}__meta`}>
                    <span className={`${baseClass}__badge ${baseClass}__badge--${link.origin ?? 'manual'}`}>{link.origin ?? 'manual'}</span>
                    {link.pinned && <span className={`${baseClass}__badge ${baseClass}__badge--pinned`}>pinned</span>}
                    {link.excluded && <span className={`${baseClass}__badge ${baseClass}__badge--excluded`}>excluded</span>}
                    {typeof link.score === 'number' ? (
                      <span className={`${baseClass}__score`} title="0 = nothing shared, 1 = the same story">
                        <meter min={0} max={1} low={0.2} high={0.4} optimum={1} value={link.score} />
                        score {link.score.toFixed(2)} of 1 ({scoreBand(link.score)})
                      </span>
                    ) : (
                      <span>score —</span>
                    )}
                    <span>{describePosition(link.position)}</span>
                  </div>
                  {reasons && <div className={`${baseClass}__reasons`}>{reasons}</div>}
                </div>
                <div className={`${baseClass}__actions`}>
                  <Button buttonStyle="secondary" size="xsmall" margin={false} disabled={busy} onClick={() => void act(() => patch(link, { pinned: !link.pinned }))}>
                    {link.pinned ? 'Unpin' : 'Pin'}
                  </Button>
                  <Button buttonStyle="secondary" size="xsmall" margin={false} disabled={busy} onClick={() => void act(() => patch(link, { excluded: !link.excluded }))}>
                    {link.excluded ? 'Include' : 'Exclude'}
                  </Button>
                  <Button buttonStyle="secondary" size="xsmall" margin={false} aria-label="Move up" disabled={busy || index === 0} onClick={() => void move(index, -1)}>
                    ↑
                  </Button>
                  <Button buttonStyle="secondary" size="xsmall" margin={false} aria-label="Move down" disabled={busy || index === links.length - 1} onClick={() => void move(index, 1)}>
                    ↓
                  </Button>
                </div>
              </li>
            )
          })}
        </ol>
      )}

      <div className={`${baseClass}__add`}>
        <label className={`${baseClass}__label`} htmlFor={`${baseClass}-search`}>
          Add a link to another article
        </label>
        <input
          id={`${baseClass}-search`}
          className={`${baseClass}__search`}
          type="search"
          placeholder="Search by title…"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          // The panel sits inside the document form: Enter here must not save the article.
          onKeyDown={(event) => event.key === 'Enter' && event.preventDefault()}
        />
        {candidates.length > 0 && (
          <ul className={`${baseClass}__results`}>
            {candidates.map((target) => (
              <li key={target.id} className={`${baseClass}__result`}>
                <span>{target.title ?? `#${target.id}`}</span>
                <Button buttonStyle="secondary" size="xsmall" margin={false} disabled={busy} onClick={() => void add(target)}>
                  Add link
                </Button>
              </li>
            ))}
          </ul>
        )}
        {query.trim().length >= 2 && results.length > 0 && candidates.length === 0 && <p className={`${baseClass}__note`}>Every match is already linked.</p>}
      </div>
    </div>
  )
}
