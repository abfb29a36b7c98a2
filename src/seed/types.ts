/** Sample content, written for this project, in the shape of a wire agency's stories. Keys tie it together. */
export interface SeedPerson {
  key: string
  name: string
  role?: string
  kind: 'organisation' | 'person'
  aliases?: string[]
  bio?: string
}

export interface SeedQuote {
  key: string
  text: string
  /** A SeedPerson key; leave out for an unnamed speaker, and give an attribution instead. */
  speaker?: string
  attribution?: string
  source?: string
}

/** One piece of an article body, in reading order. */
export type SeedBodyPart =
  | { h: string }
  | { p: string }
  /** A SeedQuote key: the quote is shown here, with its attribution. */
  | { quote: string }
  /** A SeedArticle key: an inline "read also" headline of that article. */
  | { readAlso: string }

export interface SeedRelated {
  /** A SeedArticle key. */
  to: string
  placement: 'end' | 'inline'
  afterParagraph?: number
  pinned?: boolean
}

/** A sample photo, drawn at seed time from an SVG scene, so the repository holds no binary. */
export interface SeedImage {
  key: string
  /** Also how a later seed finds the image it made. */
  alt: string
  caption: string
  credit: string
  filename: string
  /** An SVG document, rasterised to a JPEG with sharp. */
  svg: string
}

export interface SeedArticle {
  key: string
  lang: 'en' | 'uk'
  title: string
  dateline: string
  credit: string
  source?: string
  lead: string
  body: SeedBodyPart[]
  /** A SeedPerson key (the byline). */
  author: string
  /** SeedPerson keys of the people and organisations the story names. */
  people: string[]
  tags: string[]
  /** ISO 8601 with a time zone. */
  publishedAt: string
  views: number
  status: 'draft' | 'published'
  related?: SeedRelated[]
  /** A SeedImage key: the photo shown with the headline. */
  featuredImage?: string
}

export interface SeedContent {
  people: SeedPerson[]
  quotes: SeedQuote[]
  articles: SeedArticle[]
  images?: SeedImage[]
}
