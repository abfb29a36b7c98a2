import { text as defaultTextValidation, textarea as defaultTextareaValidation } from 'payload/shared'

/**
 * The longest value each free-text field takes, in characters. Generous for real stories (the longest
 * lead of the sample and wire corpus is far below its limit) and small enough that one request cannot
 * store megabytes in a headline. A field's `maxLength` is taken from here.
 */
export const MAX_LENGTH = {
  title: 300,
  slug: 200,
  dateline: 100,
  credit: 100,
  source: 100,
  lead: 2_000,
  tag: 100,
  quote: 5_000,
  attribution: 500,
  name: 200,
  role: 300,
  alias: 200,
  bio: 5_000,
  headline: 300,
  url: 2_048,
  alt: 500,
  caption: 2_000,
  photoCredit: 200,
  /** Ids of Lexical blocks (ObjectId-like, 24 characters) and normalised headlines kept for matching. */
  blockId: 100,
} as const

interface LengthOptions {
  type?: string
  hasMany?: boolean
  maxLength?: number
  label?: unknown
  name?: string
}

const describe = (what: string | undefined, name: string | undefined) => what ?? (name ? `The ${name}` : 'The value')

/**
 * Says which field is too long, its limit and the length sent, then runs Payload's own validation of
 * the field type (required, rows of a hasMany, minLength): a custom `validate` replaces Payload's, so
 * without this call the field's `maxLength` would never be checked.
 */
export async function checkLength(value: unknown, validateOptions: unknown, what?: string): Promise<string | true> {
  const options = validateOptions as LengthOptions
  const max = options.maxLength
  if (typeof max === 'number') {
    const strings = Array.isArray(value) ? value : [value]
    for (const string of strings) {
      if (typeof string === 'string' && string.length > max) {
        const subject = describe(what, options.name)
        const each = Array.isArray(value) ? ' (each entry)' : ''
        return `${subject} is ${string.length} characters long; at most ${max} are allowed${each}`
      }
    }
  }
  const builtIn = options.type === 'textarea' ? defaultTextareaValidation : defaultTextValidation
  return builtIn(value as never, options as never)
}

/** A `validate` for a text or textarea field that only adds a message naming it to Payload's checks. */
export const withinLength =
  (what?: string) =>
  (value: unknown, options: unknown): Promise<string | true> =>
    checkLength(value, options, what)
