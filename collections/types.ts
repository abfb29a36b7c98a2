/**
 * The documents of the collections as the package's code reads them: the stored shape of the default
 * configuration (an app's generated types describe its own, possibly extended, collections).
 */
export type Id = number | string

type Ref<T = { id: number }> = number | T

export interface LexicalBody {
  root: {
    type: string
    children: Array<{ type: unknown; version: number; [k: string]: unknown }>
    direction: ('ltr' | 'rtl') | null
    format: 'left' | 'start' | 'center' | 'right' | 'end' | 'justify' | ''
    indent: number
    version: number
  }
  [k: string]: unknown
}

export interface PendingHeadlineDoc {
  blockId: string
  headline: string
  normalized?: null | string
  publishedAt?: null | string
  views?: null | number
  id?: null | string
}

export interface ArticleDoc {
  id: number
  title: string
  slug?: null | string
  dateline?: null | string
  credit?: null | string
  source?: null | string
  lead?: null | string
  body?: LexicalBody | null
  author?: Ref | null
  people?: Ref[] | null
  tags?: null | string[]
  publishedAt?: null | string
  views?: null | number
  createdBy?: Ref | null
  importKey?: null | string
  importDigest?: null | string
  unresolvedHeadlines?: PendingHeadlineDoc[] | null
  updatedAt: string
  createdAt: string
  _status?: ('draft' | 'published') | null
}

export interface PersonDoc {
  id: number
  name: string
  slug?: null | string
  role?: null | string
  kind?: ('organisation' | 'person') | null
  aliases?: null | string[]
  bio?: null | string
  updatedAt: string
  createdAt: string
}

export interface RelatedLinkDoc {
  id: number
  from: Ref
  to?: Ref | null
  url?: null | string
  headline?: null | string
  origin?: ('auto' | 'manual') | null
  score?: null | number
  order?: null | number
  position?: { placement?: ('end' | 'inline') | null; afterParagraph?: null | number }
  pinned?: boolean | null
  excluded?: boolean | null
  updatedAt: string
  createdAt: string
}

export interface QuoteDoc {
  id: number
  text: string
  speaker?: Ref | null
  attribution?: null | string
  article?: Ref | null
  saidAt?: null | string
  source?: null | string
  updatedAt: string
  createdAt: string
}
