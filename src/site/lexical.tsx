import { Fragment, type ReactNode } from 'react'

import { readAlsoMeta } from './format'

/** A Lexical node as stored in `Articles.body` (only what rendering reads). */
export interface LexicalNode {
  type: string
  children?: LexicalNode[]
  text?: string
  format?: number | string
  tag?: string
  listType?: string
  fields?: Record<string, unknown> & { blockType?: string; url?: string; newTab?: boolean }
  [key: string]: unknown
}

export interface BodyQuote {
  id: number
  text: string
  attribution?: string | null
  speaker?: { name: string; href?: string } | null
}

export interface BodyHeadline {
  headline: string
  href?: string | null
  publishedAt?: string | null
  views?: number | null
}

/** What the body's blocks point at, and the related links placed inline after a paragraph. */
export interface BodyContext {
  quotes: Map<number, BodyQuote>
  /** Read-also targets by article id. */
  articles: Map<number, BodyHeadline>
  /** Related links shown after the Nth paragraph (1-based) of the body. */
  inlineAfterParagraph?: Map<number, BodyHeadline[]>
  /** The body's Image blocks' pictures by Media id. */
  images?: Map<number, BodyImage>
}

export interface BodyImage {
  src: string
  alt: string
  width?: null | number
  height?: null | number
  caption?: null | string
  credit?: null | string
}

/** A picture with its caption (the block's own, else the image's) and its photo credit. */
export function Figure({ image, caption }: { image: BodyImage; caption?: null | string }) {
  const text = caption || image.caption
  return (
    <figure className="image">
      <img src={image.src} alt={image.alt} width={image.width ?? undefined} height={image.height ?? undefined} loading="lazy" />
      {text || image.credit ? (
        <figcaption>
          {text}
          {text && image.credit ? ' ' : null}
          {image.credit ? <span className="credit">{image.credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  )
}

// Lexical's text format bits.
const BOLD = 1
const ITALIC = 2
const STRIKETHROUGH = 4
const UNDERLINE = 8
const CODE = 16
const SUBSCRIPT = 32
const SUPERSCRIPT = 64

function renderText(node: LexicalNode, key: number): ReactNode {
  let content: ReactNode = node.text ?? ''
  const format = typeof node.format === 'number' ? node.format : 0
  if (format & CODE) content = <code>{content}</code>
  if (format & SUBSCRIPT) content = <sub>{content}</sub>
  if (format & SUPERSCRIPT) content = <sup>{content}</sup>
  if (format & STRIKETHROUGH) content = <s>{content}</s>
  if (format & UNDERLINE) content = <u>{content}</u>
  if (format & ITALIC) content = <em>{content}</em>
  if (format & BOLD) content = <strong>{content}</strong>
  return <Fragment key={key}>{content}</Fragment>
}

const safeHref = (url: unknown): string | undefined => {
  if (typeof url !== 'string') return undefined
  // Only web and mail links: a `javascript:` URL in a body must never become a link.
  return /^(https?:|mailto:|\/(?!\/)|#)/i.test(url.trim()) ? url.trim() : undefined
}

/** One "read also" line: the headline linked, then `DD.MM.YY, HH:MM • N views`. */
export function ReadAlso({ item }: { item: BodyHeadline }) {
  return (
    <aside className="read-also" aria-label="Read also">
      {item.href ? <a href={item.href}>{item.headline}</a> : <span>{item.headline}</span>}
      <span className="read-also__meta">{readAlsoMeta(item.publishedAt, item.views)}</span>
    </aside>
  )
}

/** A quote with its words, then the speaker or the attribution: `- a representative ... told reporters`. */
export function QuoteView({ quote }: { quote: BodyQuote }) {
  const by = quote.attribution?.trim()
  return (
    <figure className="quote">
      <blockquote>
        <p>{quote.text}</p>
      </blockquote>
      {by || quote.speaker ? (
        <figcaption>
          {'- '}
          {by ?? ''}
          {quote.speaker ? (
            <>
              {by ? ' ' : ''}
              <cite className="quote__speaker">{quote.speaker.href ? <a href={quote.speaker.href}>{quote.speaker.name}</a> : quote.speaker.name}</cite>
            </>
          ) : null}
        </figcaption>
      ) : null}
    </figure>
  )
}

function renderBlock(node: LexicalNode, context: BodyContext, key: number): ReactNode {
  const fields = node.fields ?? {}
  if (fields.blockType === 'quote') {
    const id = typeof fields.quote === 'object' && fields.quote ? (fields.quote as { id: number }).id : (fields.quote as number)
    const quote = context.quotes.get(Number(id))
    // A quote the reader may not see (or one deleted since) leaves no hole.
    return quote ? <QuoteView key={key} quote={quote} /> : null
  }
  if (fields.blockType === 'image') {
    const id = typeof fields.image === 'object' && fields.image ? (fields.image as { id: number }).id : (fields.image as number | null | undefined)
    const image = id !== null && id !== undefined ? context.images?.get(Number(id)) : undefined
    return image ? <Figure key={key} image={image} caption={typeof fields.caption === 'string' ? fields.caption : null} /> : null
  }
  if (fields.blockType === 'readAlso') {
    const id = typeof fields.article === 'object' && fields.article ? (fields.article as { id: number }).id : (fields.article as number | null | undefined)
    const target = id !== null && id !== undefined ? context.articles.get(Number(id)) : undefined
    const headline = (typeof fields.headline === 'string' && fields.headline.trim()) || target?.headline
    if (!headline) return null
    return (
      <ReadAlso
        key={key}
        item={{
          headline,
          href: target?.href,
          publishedAt: target?.publishedAt ?? (fields.publishedAt as string | null | undefined),
          views: target?.views ?? (fields.views as number | null | undefined),
        }}
      />
    )
  }
  return null
}

function renderChildren(nodes: LexicalNode[] | undefined, context: BodyContext): ReactNode[] {
  return (nodes ?? []).map((child, index) => renderNode(child, context, index))
}

/** One node and what is under it; unknown node types render their children, or nothing. */
export function renderNode(node: LexicalNode, context: BodyContext, key: number): ReactNode {
  switch (node.type) {
    case 'text':
      return renderText(node, key)
    case 'linebreak':
      return <br key={key} />
    case 'tab':
      return <Fragment key={key}>{'\t'}</Fragment>
    case 'paragraph':
      return <p key={key}>{renderChildren(node.children, context)}</p>
    case 'heading': {
      // Subheads of a story sit under its h1: h2 and h3 only.
      const Tag = node.tag === 'h3' ? 'h3' : 'h2'
      return <Tag key={key}>{renderChildren(node.children, context)}</Tag>
    }
    case 'list': {
      const Tag = node.listType === 'number' ? 'ol' : 'ul'
      return <Tag key={key}>{renderChildren(node.children, context)}</Tag>
    }
    case 'listitem':
      return <li key={key}>{renderChildren(node.children, context)}</li>
    case 'quote':
      return <blockquote key={key}>{renderChildren(node.children, context)}</blockquote>
    case 'link':
    case 'autolink': {
      const href = safeHref(node.fields?.url ?? node.url)
      const children = renderChildren(node.children, context)
      if (!href) return <Fragment key={key}>{children}</Fragment>
      return node.fields?.newTab ? (
        <a key={key} href={href} target="_blank" rel="noopener noreferrer">
          {children}
        </a>
      ) : (
        <a key={key} href={href}>
          {children}
        </a>
      )
    }
    case 'horizontalrule':
      return <hr key={key} />
    case 'block':
      return renderBlock(node, context, key)
    default:
      return node.children ? <Fragment key={key}>{renderChildren(node.children, context)}</Fragment> : null
  }
}

/**
 * The body's top-level nodes, with the related links placed inline after their paragraph
 * (`position.afterParagraph`, counting the body's paragraphs from 1). Links placed after a paragraph the
 * body does not have come after the last one, so none is lost.
 */
export function renderBody(root: { root?: LexicalNode } | null | undefined, context: BodyContext): ReactNode[] {
  const nodes = root?.root?.children ?? []
  const out: ReactNode[] = []
  const inline = context.inlineAfterParagraph ?? new Map<number, BodyHeadline[]>()
  let paragraphs = 0
  const placed = new Set<number>()
  nodes.forEach((node, index) => {
    out.push(renderNode(node, context, index))
    if (node.type !== 'paragraph') return
    paragraphs += 1
    const links = inline.get(paragraphs)
    if (!links) return
    placed.add(paragraphs)
    links.forEach((item, position) => out.push(<ReadAlso key={`inline-${paragraphs}-${position}`} item={item} />))
  })
  for (const [after, links] of [...inline].sort(([a], [b]) => a - b)) {
    if (placed.has(after)) continue
    links.forEach((item, position) => out.push(<ReadAlso key={`inline-late-${after}-${position}`} item={item} />))
  }
  return out
}

/** Ids the body's blocks point at, to fetch in one query each: read-also articles, quotes and images. */
export function bodyReferences(root: { root?: LexicalNode } | null | undefined): { articles: number[]; quotes: number[]; images: number[] } {
  const articles = new Set<number>()
  const quotes = new Set<number>()
  const images = new Set<number>()
  const stack: LexicalNode[] = [...(root?.root?.children ?? [])]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'block' && node.fields) {
      const ref = node.fields.blockType === 'readAlso' ? node.fields.article : node.fields.blockType === 'quote' ? node.fields.quote : undefined
      const id = typeof ref === 'object' && ref ? Number((ref as { id: unknown }).id) : Number(ref)
      if (ref !== null && ref !== undefined && Number.isInteger(id)) (node.fields.blockType === 'readAlso' ? articles : quotes).add(id)
      if (node.fields.blockType === 'image') {
        const image = node.fields.image
        const imageId = typeof image === 'object' && image ? Number((image as { id: unknown }).id) : Number(image)
        if (image !== null && image !== undefined && Number.isInteger(imageId)) images.add(imageId)
      }
    }
    if (node.children) stack.push(...node.children)
  }
  const sorted = (ids: Set<number>) => [...ids].sort((a, b) => a - b)
  return { articles: sorted(articles), quotes: sorted(quotes), images: sorted(images) }
}
