'use client'

import { Pill, useConfig, useFormFields } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { type NewsroomSlugs, resolveSlugs } from '../../options/slugs'

const WORDS = 8

/** The first words of a text, so a block header reads as its content rather than "Quote Untitled". */
export const firstWords = (text: string, count = WORDS): string => {
  const words = text.trim().split(/\s+/)
  return words.length > count ? `${words.slice(0, count).join(' ')}…` : words.join(' ')
}

const idOf = (value: unknown): null | string => {
  if (typeof value === 'number' || (typeof value === 'string' && value !== '')) return String(value)
  if (value && typeof value === 'object' && 'id' in value) return String((value as { id: unknown }).id)
  return null
}

/** Reads one document through REST with the editor's cookie; null when it cannot be read. */
function useDocument<T>(collection: string, id: null | string, query = 'depth=0'): null | T {
  const {
    config: {
      routes: { api },
      serverURL,
    },
  } = useConfig()
  const [doc, setDoc] = useState<null | T>(null)
  useEffect(() => {
    if (!id) return setDoc(null)
    let stale = false
    fetch(`${serverURL ?? ''}${api}/${collection}/${id}?${query}`, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : null))
      .then((json) => !stale && setDoc(json as T))
      .catch(() => !stale && setDoc(null))
    return () => {
      stale = true
    }
  }, [api, collection, id, query, serverURL])
  return doc
}

const Header: React.FC<{ kind: string; testId: string; children?: React.ReactNode }> = ({ kind, testId, children }) => (
  <div style={{ display: 'flex', alignItems: 'center', gap: 8, minWidth: 0 }} data-testid={testId}>
    <Pill pillStyle="white" size="small">
      {kind}
    </Pill>
    <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{children}</span>
  </div>
)

/** What the collections' config hands the labels (clientProps): the slugs their documents are read from. */
export interface BlockLabelProps {
  slugs?: Partial<NewsroomSlugs>
}

/** "Quote  «We will respond…» — Volodymyr Zelenskyy": what the block says, typed or chosen. */
export const QuoteBlockLabel: React.FC<BlockLabelProps> = (props) => {
  const slugs = resolveSlugs(props.slugs)
  const text = useFormFields(([fields]) => fields.text?.value) as string | undefined
  const speakerId = idOf(useFormFields(([fields]) => fields.speaker?.value))
  const attribution = useFormFields(([fields]) => fields.attribution?.value) as string | undefined
  const quoteId = idOf(useFormFields(([fields]) => fields.quote?.value))
  const typed = typeof text === 'string' && text.trim() !== ''
  const chosen = useDocument<{ text?: string; attribution?: null | string; speaker?: { name?: string } | null }>(slugs.quotes, typed ? null : quoteId, 'depth=1')
  const speaker = useDocument<{ name?: string }>(slugs.people, typed ? speakerId : null)
  const words = typed ? text : chosen?.text
  const who = typed ? (speaker?.name ?? attribution) : (chosen?.speaker?.name ?? chosen?.attribution)
  return (
    <Header kind="Quote" testId="quote-block-label">
      {words ? `«${firstWords(words)}»${who ? ` — ${who}` : ''}` : 'Type the quote, or choose one'}
    </Header>
  )
}

/** "Read also  <the linked headline>", or the block's own headline for a story not in the CMS. */
export const ReadAlsoBlockLabel: React.FC<BlockLabelProps> = (props) => {
  const slugs = resolveSlugs(props.slugs)
  const articleId = idOf(useFormFields(([fields]) => fields.article?.value))
  const headline = useFormFields(([fields]) => fields.headline?.value) as string | undefined
  const article = useDocument<{ title?: string }>(slugs.articles, articleId, 'depth=0&draft=true&select[title]=true')
  return (
    <Header kind="Read also" testId="read-also-block-label">
      {article?.title ?? headline ?? (articleId ? '…' : 'Choose an article or type a headline')}
    </Header>
  )
}
