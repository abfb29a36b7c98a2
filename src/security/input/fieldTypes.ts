import type { FlattenedField } from 'payload'

import type { BodyProblem } from './body'
import { describe, integerIdProblem } from '../../../collections/security/input/ids'

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

const kindOf = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : `a ${typeof value}`)

/** What one value of a field must be; null when it is fine. Lists (hasMany) are split by the caller. */
function scalarProblem(field: FlattenedField, value: unknown): null | string {
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      return typeof value === 'string' ? null : `must be text (got ${kindOf(value)})`
    case 'number':
      if (typeof value === 'number') return Number.isFinite(value) ? null : 'must be a finite number'
      return typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)) ? null : `must be a number (got ${describe(value)})`
    case 'checkbox':
      return typeof value === 'boolean' ? null : `must be true or false (got ${describe(value)})`
    case 'date':
      return typeof value === 'string' || typeof value === 'number' ? null : `must be a date (got ${kindOf(value)})`
    case 'select':
    case 'radio':
      // Which option is Payload's own check ("invalid selection"); a non-string would reach SQL as it is.
      return typeof value === 'string' ? null : `must be one of its options as text (got ${describe(value)})`
    case 'relationship':
    case 'upload': {
      // A populated document sent back as it was read is accepted: Payload keeps its id.
      const id = isPlainObject(value) ? (typeof field.relationTo === 'string' ? value.id : value.value) : value
      if (isPlainObject(id)) return integerIdProblem((id as { id?: unknown }).id)
      return integerIdProblem(id)
    }
    case 'richText':
      return isPlainObject(value) ? null : `must be a rich text object (got ${kindOf(value)})`
    default:
      return null
  }
}

/**
 * The first value in a create/update body whose type its field cannot take: text that is an object,
 * a number that is a word, an id out of range, an option that does not exist, a group that is a
 * string. Such values otherwise reach validators and SQL that assume the right type (a 500).
 * `null` clears a field and is left to Payload's own `required` check.
 */
export function fieldTypeProblem(data: Record<string, unknown>, fields: readonly FlattenedField[], prefix = ''): BodyProblem | null {
  for (const field of fields) {
    if (!('name' in field) || !Object.hasOwn(data, field.name)) continue
    const value = data[field.name]
    const path = `${prefix}${field.name}`
    const problem = (message: string): BodyProblem => ({ path, message: `${path} ${message}` })
    // A group cannot be cleared: Payload walks its fields inside it, and null has none.
    if (value === null && (field.type === 'group' || field.type === 'tab')) return problem('must be an object of fields (got null)')
    if (value === null || value === undefined) continue
    switch (field.type) {
      case 'join':
      case 'json':
      case 'point':
        continue
      case 'group':
      case 'tab': {
        if (!isPlainObject(value)) return problem(`must be an object of fields (got ${kindOf(value)})`)
        const inner = fieldTypeProblem(value, field.flattenedFields, `${path}.`)
        if (inner) return inner
        continue
      }
      case 'array': {
        // The admin's form sends an array without rows as its row count, 0.
        if (value === 0) continue
        if (!Array.isArray(value)) return problem(`must be a list of rows (got ${kindOf(value)})`)
        for (const [index, row] of value.entries()) {
          if (!isPlainObject(row)) return { path: `${path}[${index}]`, message: `${path}[${index}] must be an object of fields (got ${kindOf(row)})` }
          const inner = fieldTypeProblem(row, field.flattenedFields, `${path}[${index}].`)
          if (inner) return inner
        }
        continue
      }
      case 'blocks': {
        if (value === 0) continue
        if (!Array.isArray(value)) return problem(`must be a list of blocks (got ${kindOf(value)})`)
        continue
      }
      default: {
        const many = 'hasMany' in field && field.hasMany
        if (many) {
          if (!Array.isArray(value)) return problem(`must be a list (got ${kindOf(value)})`)
          for (const [index, entry] of value.entries()) {
            const message = scalarProblem(field, entry)
            if (message) return { path: `${path}[${index}]`, message: `${path}[${index}] ${message}` }
          }
          continue
        }
        const message = scalarProblem(field, value)
        if (message) return problem(message)
      }
    }
  }
  return null
}
