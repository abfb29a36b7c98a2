'use client'

import { Button, toast, useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import React, { useCallback, useEffect, useRef, useState } from 'react'

import { scoreBand } from '../explain'
import { type InlineLinkBlock, inlineTargets } from '../inlineLinks'
import { orderForMove } from '../moveOrder'
import './RelatedLinksPanel.css'

/** The links collection and the collection links point at, when the plugin's field does not name them. */
const DEFAULT_LINKS = 'related-links'
const DEFAULT_TARGETS = 'articles'
const SEARCH_DELAY_MS = 300
/** After a save the background recompute usually lands within seconds; the panel stops watching after this. */
const FOLLOW_MS = 60_000
const FOLLOW_EVERY_MS = 1_000
const FOLLOW_AFTER_MOUNT_MS = 15_000

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

/** What a reader would notice changing in the list: used to tell when a background recompute has landed. */
const signature = (links: Link[]) =>
  JSON.stringify(links.map((link) => [link.id, link.order, link.score, link.pinned, link.excluded, link.headline, link.position?.afterParagraph ?? null]))

export interface RelatedLinksPanelProps {
  /** The body field and the blocks in it that link a story inline (the plugin's `inlineLinkBlocks`). */
  bodyField?: string
  inlineLinkBlocks?: InlineLinkBlock[]
  /** The story's title field, searched when adding a link (the plugin's `fields.title`). */
  titleField?: string
  /** The plugin's `linksCollection`. */
  linksCollection?: string
}

/** The "read also" links of the article being edited, with the editor's controls over them. */
export const RelatedLinksPanel: React.FC<RelatedLinksPanelProps> = ({ bodyField = 'body', inlineLinkBlocks = [], titleField = 'title', linksCollection }) => {
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo()
  // An app maps the plugin onto its own collections and names: links point at stories of the collection being edited.
  const LINKS = linksCollection ?? DEFAULT_LINKS
  const TARGETS = collectionSlug ?? DEFAULT_TARGETS
  const body = useFormFields(([fields]) => fields[bodyField]?.value)
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

  const [following, setFollowing] = useState(false)
  const shown = useRef<string>('')

  const load = useCallback(async (): Promise<Link[] | null> => {
    if (id === undefined || id === null) return null
    try {
      const params = `where[from][equals]=${encodeURIComponent(String(id))}&sort=order&depth=1&limit=100`
      const { docs } = await request<{ docs: Link[] }>(`${api}/${LINKS}?${params}`)
      setLinks(docs)
      shown.current = signature(docs)
      setLoadError(null)
      // "No related links yet" told an editor nothing: ask the engine what came closest.
      setWhy(docs.length === 0 ? (await request<{ message: string }>(`${api}/${TARGETS}/related/${id}/why`).catch(() => null))?.message ?? null : null)
      return docs
    } catch (error) {
      setLoadError((error as Error).message)
      return null
    }
  }, [api, collectionSlug, id])

  useEffect(() => {
    void load()
  }, [load])

  // A save (Publish, Save draft) queues a recompute in the background: follow it until the list
  // changes, then show the new links, for at most FOLLOW_MS.
  const lastSeen = useRef<number | undefined>(undefined)
  useEffect(() => {
    const previous = lastSeen.current
    lastSeen.current = lastUpdateTime
    // A save changes the time; the view may also mount afresh right after one (the first value is then
    // seconds old). A document loaded long after its last save is not followed.
    const savedNow = previous ? lastUpdateTime !== previous : Date.now() - Number(lastUpdateTime || 0) < FOLLOW_AFTER_MOUNT_MS
    if (!savedNow || id === undefined || id === null) return
    const before = shown.current
    const until = Date.now() + FOLLOW_MS
    let stopped = false
    setFollowing(true)
    const tick = async () => {
      if (stopped) return
      const docs = await load()
      if (stopped) return
      if ((docs && signature(docs) !== before) || Date.now() > until) {
        setFollowing(false)
        return
      }
      setTimeout(() => void tick(), FOLLOW_EVERY_MS)
    }
    const timer = setTimeout(() => void tick(), FOLLOW_EVERY_MS)
    return () => {
      stopped = true
      clearTimeout(timer)
      setFollowing(false)
    }
  }, [id, lastUpdateTime, load])

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

  /**
   * Moves one shown link: only that link gets a new order (between its new neighbours), and it is
   * pinned, saying so, since a recompute would otherwise put an auto link back. Neighbours keep their
   * order and their state; when their orders tie the list is numbered afresh, and the toast names
   * every auto link that became pinned.
   */
  const move = (list: Link[], index: number, offset: -1 | 1) =>
    act(async () => {
      const link = list[index]
      if (!link) return
      const order = orderForMove(list.map((entry) => entry.order ?? 0), index, offset)
      const pinnedNow: string[] = []
      const title = (entry: Link) => entry.headline || targetOf(entry)?.title || `#${entry.id}`
      // A manual link is kept by every recompute anyway: only an auto one needs the pin.
      const pin = link.origin === 'auto' ? { pinned: true } : {}
      if (order !== null) {
        await patch(link, { order, ...pin })
        if (!link.pinned && link.origin === 'auto') pinnedNow.push(title(link))
      } else {
        const next = [...list]
        next.splice(index, 1)
        next.splice(index + offset, 0, link)
        for (const [position, entry] of next.entries()) {
          if ((entry.order ?? 0) === position + 1 && entry !== link) continue
          await patch(entry, entry === link ? { order: position + 1, ...pin } : { order: position + 1 })
          if (!entry.pinned && entry.origin === 'auto') pinnedNow.push(title(entry))
        }
      }
      if (pinnedNow.length > 0) toast.success(`Moved. Pinned so that recomputes keep the order: ${pinnedNow.map((name) => `"${name}"`).join(', ')}.`)
      else toast.success('Moved.')
    })

  const recompute = () =>
    act(async () => {
      const result = await request<{ indexed: boolean; created: number; updated: number; removed: number; why?: null | string }>(
        `${api}/${TARGETS}/related/${id}/recompute`,
        { method: 'POST' },
      )
      if (!result.indexed) toast.info('This article is not linked automatically (unpublished, or "never auto link" is set).')
      else if (result.why) toast.info(result.why)
      else toast.success(`Recomputed: ${result.created} added, ${result.updated} updated, ${result.removed} removed.`)
    })

  /** Excluding a pinned link unpins it in the same request: a link is never both (the API refuses it). */
  const toggleExcluded = (link: Link) =>
    act(
      () => patch(link, link.excluded ? { excluded: false } : { excluded: true, pinned: false }),
      link.excluded ? 'Included: readers see it again.' : link.pinned ? 'Unpinned and excluded: hidden from readers.' : 'Excluded: hidden from readers.',
    )

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
        const { docs } = await request<{ docs: Array<Record<string, unknown> & { id: number | string }> }>(
          `${api}/${TARGETS}?where[${titleField}][like]=${encodeURIComponent(text)}&limit=10&depth=0`,
        )
        if (!stale) setResults(docs.map((doc) => ({ id: doc.id, title: typeof doc[titleField] === 'string' ? (doc[titleField] as string) : null })))
      } catch (error) {
        if (!stale) toast.error((error as Error).message)
      }
    }, SEARCH_DELAY_MS)
    return () => {
      stale = true
      clearTimeout(timer)
    }
  }, [api, query, TARGETS, titleField])

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
  const inline = inlineTargets(body, inlineLinkBlocks)
  const isInline = (link: Link) => inline.has(String(targetOf(link)?.id ?? link.to))
  const shownLinks = (links ?? []).filter((link) => !link.excluded && !isInline(link))
  const hiddenLinks = (links ?? []).filter((link) => link.excluded || isInline(link))

  const row = (link: Link, index: number, list: Link[] | null) => {
    const target = targetOf(link)
    const headline = link.headline || target?.title || link.url || `#${link.id}`
    const reasons = describeReasons(link.reasons)
    const movePins = link.origin === 'auto' && !link.pinned
    return (
      <li key={link.id} data-testid="related-link-row" className={[`${baseClass}__row`, link.excluded && `${baseClass}__row--excluded`].filter(Boolean).join(' ')}>
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
            {isInline(link) && <span className={`${baseClass}__badge ${baseClass}__badge--inline`}>in the body</span>}
            {typeof link.score === 'number' ? (
              <span className={`${baseClass}__score`} title="0 = nothing shared, 1 = the same story">
                <meter min={0} max={1} low={0.2} high={0.4} optimum={1} value={link.score} />
                score {link.score.toFixed(2)} of 1 ({scoreBand(link.score)})
              </span>
            ) : (
              <span>score —</span>
            )}
            {list && <span>{describePosition(link.position)}</span>}
          </div>
          {reasons && <div className={`${baseClass}__reasons`}>{reasons}</div>}
        </div>
        <div className={`${baseClass}__actions`}>
          {list && (
            <Button buttonStyle="secondary" size="xsmall" margin={false} disabled={busy} onClick={() => void act(() => patch(link, { pinned: !link.pinned }), link.pinned ? 'Unpinned: recomputes may replace it.' : 'Pinned: recomputes keep it.')}>
              {link.pinned ? 'Unpin' : 'Pin'}
            </Button>
          )}
          <Button buttonStyle="secondary" size="xsmall" margin={false} disabled={busy} onClick={() => void toggleExcluded(link)}>
            {link.excluded ? 'Include' : 'Exclude'}
          </Button>
          {list && (
            <>
              <Button
                buttonStyle="secondary"
                size="xsmall"
                margin={false}
                aria-label={movePins ? 'Move up (pins it)' : 'Move up'}
                tooltip={movePins ? 'Moving an auto link pins it' : undefined}
                disabled={busy || index === 0}
                onClick={() => void move(list, index, -1)}
              >
                ↑
              </Button>
              <Button
                buttonStyle="secondary"
                size="xsmall"
                margin={false}
                aria-label={movePins ? 'Move down (pins it)' : 'Move down'}
                tooltip={movePins ? 'Moving an auto link pins it' : undefined}
                disabled={busy || index === list.length - 1}
                onClick={() => void move(list, index, 1)}
              >
                ↓
              </Button>
            </>
          )}
        </div>
      </li>
    )
  }

  return (
    <div className={baseClass} data-testid="related-links-panel" aria-busy={busy}>
      <div className={`${baseClass}__header`}>
        <h3 className={`${baseClass}__title`}>Related links</h3>
        <Button buttonStyle="secondary" size="small" margin={false} disabled={busy} onClick={() => void recompute()}>
          Recompute now
        </Button>
      </div>
      {following && (
        <p className={`${baseClass}__note`} data-testid="related-links-following">
          Saved: updating the links in the background…
        </p>
      )}

      {loadError ? (
        <p className={`${baseClass}__note ${baseClass}__note--error`}>Could not load the links: {loadError}</p>
      ) : links === null ? (
        <p className={`${baseClass}__note`}>Loading…</p>
      ) : links.length === 0 ? (
        <p className={`${baseClass}__note`} data-testid="related-links-why">
          {why ?? 'No related links yet.'}
        </p>
      ) : (
        <>
          <p className={`${baseClass}__note`}>Readers see these, in this order. Moving an auto link pins it, so that recomputes keep your order.</p>
          <ol className={`${baseClass}__list`} data-testid="related-links-shown">
            {shownLinks.map((link, index) => row(link, index, shownLinks))}
          </ol>
          {hiddenLinks.length > 0 && (
            <>
              <h4 className={`${baseClass}__subtitle`}>Hidden from readers</h4>
              <p className={`${baseClass}__note`}>Excluded links are never added again automatically; a story the body links as “Read also” is not listed twice.</p>
              <ul className={`${baseClass}__list`} data-testid="related-links-hidden">
                {hiddenLinks.map((link, index) => row(link, index, null))}
              </ul>
            </>
          )}
        </>
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
