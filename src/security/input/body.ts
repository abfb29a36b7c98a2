import type { FlattenedField } from 'payload'

/** Something wrong in a request body, with the path of the value (`tags`, `body.root.children[2]`). */
export interface BodyProblem {
  path: string
  message: string
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** A create or update needs a JSON object; `null`, a list, a string or no body at all is a 400, not a TypeError. */
export function bodyShapeProblem(data: unknown): BodyProblem | null {
  if (isPlainObject(data)) return null
  const got = data === undefined ? 'no JSON body' : data === null ? 'null' : Array.isArray(data) ? 'a list' : `a ${typeof data}`
  return { path: '', message: `The request body must be a JSON object (got ${got}); send it with Content-Type: application/json` }
}

/**
 * The first string anywhere in `data` holding a NUL character, which PostgreSQL cannot store in text
 * or jsonb. Iterative, so a deeply nested body is walked without growing the call stack.
 */
export function nulCharacterProblem(data: unknown): BodyProblem | null {
  const stack: Array<{ value: unknown; path: string }> = [{ value: data, path: '' }]
  while (stack.length > 0) {
    const { value, path } = stack.pop()!
    if (typeof value === 'string') {
      if (value.includes('\u0000')) return { path, message: `${path || 'The body'} must not contain a NUL character (\\u0000)` }
    } else if (Array.isArray(value)) {
      value.forEach((entry, index) => stack.push({ value: entry, path: `${path}[${index}]` }))
    } else if (isPlainObject(value)) {
      for (const [key, entry] of Object.entries(value)) {
        if (key.includes('\u0000')) return { path, message: `${path || 'The body'} must not contain a key with a NUL character` }
        stack.push({ value: entry, path: path ? `${path}.${key}` : key })
      }
    }
  }
  return null
}

/** Fields that hold a list of values in one column family: tags, people, aliases. */
const isListField = (field: FlattenedField): boolean =>
  (field.type === 'text' || field.type === 'number' || field.type === 'select' || field.type === 'relationship' || field.type === 'upload') && Boolean((field as { hasMany?: boolean }).hasMany)

/**
 * The first hasMany field in `data` (top level, or inside groups and tabs) with more than `max`
 * entries. Each entry becomes a row and a bound parameter; 100,000 of them overflow the SQL builder.
 */
export function listLengthProblem(data: Record<string, unknown>, fields: readonly FlattenedField[], max: number, prefix = ''): BodyProblem | null {
  for (const field of fields) {
    if (!('name' in field) || !(field.name in data)) continue
    const value = data[field.name]
    const path = `${prefix}${field.name}`
    if (isListField(field) && Array.isArray(value) && value.length > max) {
      return { path, message: `${path} may have at most ${max} entries (got ${value.length})` }
    }
    if ((field.type === 'group' || field.type === 'tab') && isPlainObject(value)) {
      const problem = listLengthProblem(value, field.flattenedFields, max, `${path}.`)
      if (problem) return problem
    }
  }
  return null
}

/** Top-level rich text fields of a collection, so their bodies can be checked before Payload walks them. */
export const richTextFields = (fields: readonly FlattenedField[]) => fields.filter((field) => field.type === 'richText')
