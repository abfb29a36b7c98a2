'use client'

import { Button, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useCallback, useState } from 'react'

import { DEFAULT_SLUGS } from '../../options/slugs'

/** What POST /api/<articles>/import answers (see import/importWireStory.ts, WireImportResult). */
type Suggestion = { id: number; title: string; slug: null | string; score: number }
type LineNote = { text: string; line: number }
type ImportResult = {
  dryRun: boolean
  article: { id: null | number; title: string; slug: string; status: 'draft' | 'published'; created: boolean }
  date: null | string
  time: null | string
  publishedAt: null | string
  dateline: null | string
  credit: null | string
  source: null | string
  lead: null | string
  author: null | { id: null | number; name: string; created: boolean }
  authorRole: null | string
  people: { matched: Array<{ id: number; name: string; mentionedAs: string }>; unmatched: string[] }
  quotes: Array<{ text: string; attribution: string; created: boolean }>
  relatedLinks: Array<{ headline: string; to: { id: number; title: string }; afterParagraph: null | number }>
  unresolved: Array<{ headline: string; publishedAt: null | string; views: null | number; suggestions: Suggestion[] }>
  captions: LineNote[]
  notes: LineNote[]
  warnings: Array<{ line: number; message: string }>
  views: null | number
  viewsSet: boolean
  reimport: null | 'draft' | 'update'
}

type ErrorBody = { errors?: Array<{ message?: string }> }

const styles = {
  panel: {
    margin: 'var(--base) 0',
    padding: 'var(--base)',
    border: '1px solid var(--theme-elevation-150)',
    borderRadius: 'var(--style-radius-m, 4px)',
    background: 'var(--theme-elevation-50)',
  },
  textarea: {
    width: '100%',
    minHeight: '16rem',
    padding: 'calc(var(--base) / 2)',
    fontFamily: 'var(--font-mono, monospace)',
    fontSize: '0.85rem',
    border: '1px solid var(--theme-elevation-150)',
    borderRadius: 'var(--style-radius-s, 3px)',
    background: 'var(--theme-input-bg, var(--theme-elevation-0))',
    color: 'var(--theme-text)',
  },
  actions: { display: 'flex', gap: 'calc(var(--base) / 2)', flexWrap: 'wrap' as const, alignItems: 'center' },
  error: { color: 'var(--theme-error-500)', margin: 'calc(var(--base) / 2) 0', whiteSpace: 'pre-wrap' as const },
  muted: { color: 'var(--theme-elevation-600)' },
  list: { margin: '0.25rem 0 0.5rem', paddingLeft: '1.25rem' },
  warning: { color: 'var(--theme-warning-600, var(--theme-error-500))' },
} satisfies Record<string, React.CSSProperties>

const formatDate = (iso: string) => {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })
}

/**
 * "Import from text" above the articles list: paste a wire story, preview what the importer makes of
 * it (a dry run, nothing saved), then create the draft and open it.
 */
export function ImportFromText(props: { articles?: string }): React.ReactElement {
  const articles = props.articles ?? DEFAULT_SLUGS.articles
  const { config } = useConfig()
  const router = useRouter()
  const [open, setOpen] = useState(false)
  const [text, setText] = useState('')
  const [busy, setBusy] = useState<'create' | 'preview' | null>(null)
  const [error, setError] = useState<null | string>(null)
  const [preview, setPreview] = useState<ImportResult | null>(null)

  const endpoint = `${config.serverURL ?? ''}${config.routes.api}/${articles}/import`

  const send = useCallback(
    async (dryRun: boolean): Promise<ImportResult | null> => {
      setBusy(dryRun ? 'preview' : 'create')
      setError(null)
      try {
        const response = await fetch(endpoint, {
          method: 'POST',
          credentials: 'include',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ text, dryRun }),
        })
        const json = (await response.json().catch(() => ({}))) as ErrorBody & ImportResult
        if (!response.ok) {
          setError(json.errors?.map((entry) => entry.message).filter(Boolean).join('\n') || `The import failed (${response.status}).`)
          return null
        }
        return json
      } catch (caught) {
        setError(caught instanceof Error ? caught.message : String(caught))
        return null
      } finally {
        setBusy(null)
      }
    },
    [endpoint, text],
  )

  const onPreview = async () => {
    setPreview(await send(true))
  }

  const onCreate = async () => {
    const result = await send(false)
    if (result?.article.id != null) router.push(`${config.routes.admin}/collections/${articles}/${result.article.id}`)
  }

  if (!open) {
    return (
      <div style={{ margin: 'calc(var(--base) / 2) 0' }}>
        <Button buttonStyle="secondary" size="small" onClick={() => setOpen(true)}>
          Import from text
        </Button>
      </div>
    )
  }

  return (
    <div style={styles.panel} aria-label="Import a wire story from text">
      <h3 style={{ marginTop: 0 }}>Import a wire story</h3>
      <p style={styles.muted}>
        Paste the story as plain text, as copied from the agency&apos;s page. Preview shows what will be made; nothing is
        saved until you create the draft. Importing the same story again updates its article, or, when an editor has
        changed it since, saves a new draft version beside their work.
      </p>
      <textarea
        aria-label="Wire story text"
        style={styles.textarea}
        value={text}
        onChange={(event) => {
          setText(event.target.value)
          setPreview(null)
        }}
        placeholder={'date 2026-01-06\nReuters: Headline\nKyiv • UNN\n• 1272 views\nLead paragraph...'}
      />
      {error && (
        <p role="alert" style={styles.error}>
          {error}
        </p>
      )}
      <div style={styles.actions}>
        <Button buttonStyle="secondary" size="small" disabled={busy !== null || text.trim() === ''} onClick={onPreview}>
          {busy === 'preview' ? 'Previewing…' : 'Preview'}
        </Button>
        <Button buttonStyle="primary" size="small" disabled={busy !== null || text.trim() === ''} onClick={onCreate}>
          {busy === 'create' ? 'Saving…' : preview && !preview.article.created ? 'Update draft' : 'Create draft'}
        </Button>
        <Button
          buttonStyle="subtle"
          size="small"
          onClick={() => {
            setOpen(false)
            setError(null)
            setPreview(null)
          }}
        >
          Close
        </Button>
      </div>
      {preview && <Preview result={preview} adminRoute={config.routes.admin} articles={articles} />}
    </div>
  )
}

/** Everything the importer understood, so the editor can check it before anything is saved. */
function Preview({ result, adminRoute, articles }: { result: ImportResult; adminRoute: string; articles: string }): React.ReactElement {
  const place = [result.dateline, result.credit].filter(Boolean).join(' • ')
  const when = result.publishedAt ? `${formatDate(result.publishedAt)}${result.time ? ` (${result.time} Kyiv time)` : ' (no time printed: start of the day, Kyiv)'}` : '— (no date found)'
  const admin = (id: number) => `${adminRoute}/collections/${articles}/${id}`
  return (
    <div style={{ marginTop: 'var(--base)' }} aria-label="Import preview">
      <h4 style={{ margin: '0 0 0.25rem' }}>{result.article.title}</h4>
      <p style={styles.muted}>
        {result.article.created
          ? 'A new draft will be created.'
          : result.reimport === 'draft'
            ? `An editor changed the ${result.article.status} article "${result.article.slug}" since it was imported: this import will be saved as a new draft version beside their work, to compare and publish.`
            : `Updates the existing ${result.article.status} article "${result.article.slug}".`}
      </p>
      {result.warnings.length > 0 && (
        <div role="status" aria-label="Import warnings">
          <strong>Check these lines ({result.warnings.length})</strong>
          <ul style={styles.list}>
            {result.warnings.map((warning) => (
              <li key={`${warning.line}:${warning.message}`} style={styles.warning}>
                line {warning.line}: {warning.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <ul style={styles.list}>
        <li>Published: {when}</li>
        <li>Dateline and credit: {place || '—'}</li>
        <li>Cited source: {result.source ?? '—'}</li>
        <li>
          Views: {result.views ?? '—'}
          {result.views !== null && !result.viewsSet ? ' (stated in the text; not copied: view tracking counts views)' : ''}
        </li>
        <li>
          Author:{' '}
          {result.author
            ? `${result.author.name}${result.authorRole ? `, ${result.authorRole}` : ''}${result.author.created ? ' (not in People: will be created)' : ' (found in People)'}`
            : '—'}
        </li>
        <li>Lead: {result.lead ?? '—'}</li>
        <li>
          People named: {result.people.matched.length > 0 ? result.people.matched.map((person) => person.name).join(', ') : 'none found in People'}
          {result.people.unmatched.length > 0 && <span style={styles.muted}> — not in People: {result.people.unmatched.join(', ')}</span>}
        </li>
      </ul>
      {result.quotes.length > 0 && (
        <>
          <strong>Quotes ({result.quotes.length})</strong>
          <ul style={styles.list}>
            {result.quotes.map((quote, index) => (
              <li key={index}>
                “{quote.text}” <span style={styles.muted}>— {quote.attribution}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {result.relatedLinks.length > 0 && (
        <>
          <strong>Read also: linked to existing articles</strong>
          <ul style={styles.list}>
            {result.relatedLinks.map((link) => (
              <li key={link.headline}>
                {link.headline} → {link.to.title}
                {link.afterParagraph ? ` (after paragraph ${link.afterParagraph})` : ' (at the end)'}
              </li>
            ))}
          </ul>
        </>
      )}
      {result.unresolved.length > 0 && (
        <>
          <strong>Read also: not found (linked when a matching article is published)</strong>
          <ul style={styles.list}>
            {result.unresolved.map((headline) => (
              <li key={headline.headline}>
                {headline.headline}
                {headline.publishedAt && (
                  <span style={styles.muted}>
                    {' '}
                    — {formatDate(headline.publishedAt)}
                    {headline.views !== null ? `, ${headline.views} views` : ''}
                  </span>
                )}
                {headline.suggestions.length > 0 && (
                  <span style={styles.muted}>
                    {' '}
                    — closest:{' '}
                    {headline.suggestions.map((suggestion, index) => (
                      <React.Fragment key={suggestion.id}>
                        {index > 0 && ', '}
                        <a href={admin(suggestion.id)} target="_blank" rel="noreferrer">
                          {suggestion.title}
                        </a>{' '}
                        ({Math.round(suggestion.score * 100)}%)
                      </React.Fragment>
                    ))}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {(result.captions.length > 0 || result.notes.length > 0) && (
        <p style={styles.muted}>
          Left out of the text: {result.captions.map((caption) => `photo caption (line ${caption.line})`).concat(result.notes.map((note) => `editor's note (line ${note.line})`)).join(', ')}
        </p>
      )}
    </div>
  )
}
