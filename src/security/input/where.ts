import type { FlattenedField } from 'payload'

import { describe, integerValueProblem } from '../../../collections/security/input/ids'

/** A filter the database cannot run, said in words: the path and operator it concerns, and why. */
export interface WhereProblem {
  path: string
  message: string
}

/** What the walker needs to know of the schema: the fields of a collection, to follow relationships. */
export interface WhereSchema {
  fields: readonly FlattenedField[]
  fieldsOf: (collection: string) => readonly FlattenedField[] | undefined
  /** Fields tried when a path is not among `fields`: a version's (`parent`, `version.title`), for reads that may be of versions. */
  fallbackFields?: readonly FlattenedField[]
  /** Deepest nesting of `and`/`or` groups. */
  maxDepth: number
}

const TEXT_OPERATORS = ['equals', 'not_equals', 'in', 'not_in', 'like', 'not_like', 'contains', 'exists']
const ORDERED_OPERATORS = ['equals', 'not_equals', 'in', 'not_in', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal', 'exists']
const CHOICE_OPERATORS = ['equals', 'not_equals', 'in', 'not_in', 'exists']

type Leaf =
  | { kind: 'text' }
  | { kind: 'number' }
  | { kind: 'date' }
  | { kind: 'checkbox' }
  | { kind: 'id' }
  | { kind: 'choice'; options: readonly string[] }
  | { kind: 'document' }
  | { kind: 'polymorphic'; options: readonly string[] }

/**
 * The operators @payloadcms/db-postgres can run on each kind of field. Payload accepts more names
 * (`all`, `near`, `within`, `intersects`), which this adapter does not implement or which need a
 * point field; JSON and rich text take only `exists` (`like` on jsonb has no operator in PostgreSQL).
 */
const OPERATORS: Record<Leaf['kind'], readonly string[]> = {
  text: TEXT_OPERATORS,
  number: ORDERED_OPERATORS,
  date: ORDERED_OPERATORS,
  checkbox: ['equals', 'not_equals', 'exists'],
  id: ORDERED_OPERATORS,
  choice: CHOICE_OPERATORS,
  document: ['exists'],
  // The adapter compares a relationship to several collections only with a { relationTo, value } pair.
  polymorphic: ['equals', 'not_equals'],
}

function leafOf(field: FlattenedField): Leaf | null {
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      return { kind: 'text' }
    case 'number':
      return { kind: 'number' }
    case 'date':
      return { kind: 'date' }
    case 'checkbox':
      return { kind: 'checkbox' }
    case 'select':
    case 'radio':
      return { kind: 'choice', options: field.options.map((option) => (typeof option === 'string' ? option : option.value)) }
    case 'relationship':
    case 'upload':
      return { kind: 'id' }
    case 'richText':
    case 'json':
      return { kind: 'document' }
    default:
      return null
  }
}

type Resolved = { leaf: Leaf } | { problem: string }

/** Follows a dotted path through groups, tabs, arrays and single relationships to the field it filters. */
export function resolvePath(path: string, schema: WhereSchema): Resolved {
  const resolved = resolveIn(path, schema.fields, schema)
  if ('problem' in resolved && schema.fallbackFields) {
    const fallback = resolveIn(path, schema.fallbackFields, schema)
    if (!('problem' in fallback)) return fallback
  }
  return resolved
}

function resolveIn(path: string, start: readonly FlattenedField[], schema: WhereSchema): Resolved {
  const segments = path.split('.')
  let fields: readonly FlattenedField[] | undefined = start
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index]
    const last = index === segments.length - 1
    if (!fields) return { problem: `"${path}" is not a field that can be filtered` }
    if (segment === 'id' && !fields.some((field) => field.name === 'id')) {
      if (!last) return { problem: `"${path}" is not a field that can be filtered` }
      return { leaf: { kind: 'id' } }
    }
    const field: FlattenedField | undefined = fields.find((candidate) => candidate.name === segment)
    if (!field) return { problem: `"${path}" is not a field that can be filtered` }
    switch (field.type) {
      case 'join':
        return { problem: `"${path}" goes through the join field "${segment}", which cannot be filtered` }
      case 'group':
      case 'tab':
      case 'array':
        if (last) return { problem: `"${path}" is a group of fields; filter one of its fields instead` }
        fields = field.flattenedFields
        continue
      case 'blocks':
      case 'point':
        return { problem: `"${path}" cannot be filtered` }
      case 'relationship':
      case 'upload':
        if (last && typeof field.relationTo === 'string') return { leaf: { kind: 'id' } }
        if (typeof field.relationTo !== 'string') {
          // A relationship to several collections is stored as { relationTo, value }.
          if (last) return { leaf: { kind: 'polymorphic', options: field.relationTo } }
          const rest = segments.slice(index + 1).join('.')
          if (rest === 'relationTo') return { leaf: { kind: 'choice', options: field.relationTo } }
          if (rest === 'value') return { leaf: { kind: 'id' } }
          return { problem: `"${path}": a relationship to several collections is filtered by "${segment}.relationTo" and "${segment}.value"` }
        }
        fields = schema.fieldsOf(field.relationTo)
        continue
      default: {
        const leaf = leafOf(field)
        if (!leaf) return { problem: `"${path}" cannot be filtered` }
        if (!last) {
          if (leaf.kind === 'document') return { problem: `"${path}": the insides of "${segment}" cannot be filtered` }
          return { problem: `"${path}" is not a field that can be filtered` }
        }
        return { leaf }
      }
    }
  }
  return { problem: `"${path}" is not a field that can be filtered` }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** Null when one scalar suits the field, otherwise what is wrong with it. */
function scalarProblem(leaf: Leaf, value: unknown): null | string {
  if (value === null) return null
  if (typeof value === 'object' && !(value instanceof Date) && leaf.kind !== 'polymorphic') return 'must be a single value, not an object or a list'
  if (typeof value === 'string' && value.includes('\u0000')) return 'must not contain a NUL character'
  switch (leaf.kind) {
    case 'text':
      return null
    case 'number': {
      if (typeof value === 'boolean' || (typeof value === 'string' && value.trim() === '')) return 'must be a number'
      const number = Number(value)
      return Number.isFinite(number) ? null : Number.isNaN(number) ? 'must be a number' : 'must be a finite number'
    }
    case 'date': {
      if (typeof value === 'boolean' || value === '') return 'must be a date'
      const time = value instanceof Date ? value.getTime() : new Date(value as number | string).getTime()
      if (!Number.isFinite(time)) return 'must be a date, e.g. 2026-01-31T12:00:00Z'
      const year = new Date(time).getUTCFullYear()
      return year >= 1 && year <= 9999 ? null : 'must be a date between the years 1 and 9999'
    }
    case 'checkbox':
      return value === true || value === false || value === 'true' || value === 'false' ? null : 'must be true or false'
    case 'id': {
      const problem = integerValueProblem(value)
      return problem ? `must be an id: ${problem}` : null
    }
    case 'choice':
      return leaf.options.includes(String(value)) ? null : `must be one of ${leaf.options.map((option) => JSON.stringify(option)).join(', ')}`
    case 'document':
      return 'cannot be compared'
    case 'polymorphic': {
      const pair = value as { relationTo?: unknown; value?: unknown }
      if (typeof pair !== 'object' || pair === null || !leaf.options.includes(String(pair.relationTo))) {
        return `must be a pair { relationTo: ${leaf.options.map((option) => JSON.stringify(option)).join(' | ')}, value: <id> } (or filter by ".relationTo" and ".value")`
      }
      const problem = integerValueProblem(pair.value)
      return problem ? `must name an id: ${problem}` : null
    }
  }
}

/** Null when `operator` with `value` can be run on the field, otherwise what is wrong. */
function constraintProblem(leaf: Leaf, operator: string, value: unknown): null | string {
  if (!OPERATORS[leaf.kind].includes(operator)) {
    return `the operator "${operator}" is not supported here (use one of ${OPERATORS[leaf.kind].join(', ')})`
  }
  if (operator === 'exists') {
    return value === true || value === false || value === 'true' || value === 'false' ? null : '"exists" takes true or false'
  }
  if (operator === 'in' || operator === 'not_in') {
    // Payload splits a comma-separated string into a list.
    const list = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : isRecord(value) ? Object.values(value) : [value]
    for (const entry of list) {
      const problem = entry === null ? null : scalarProblem(leaf, entry)
      if (problem) return `the value ${describe(entry)} ${problem}`
    }
    return null
  }
  if (value === null && (operator === 'equals' || operator === 'not_equals') && leaf.kind !== 'polymorphic') return null
  if (value === null || value === undefined) return `the value ${describe(value)} is missing`
  if (leaf.kind === 'text' && (operator === 'like' || operator === 'not_like' || operator === 'contains') && typeof value === 'object') {
    return `the value ${describe(value)} must be text`
  }
  const problem = scalarProblem(leaf, value)
  return problem ? `the value ${describe(value)} ${problem}` : null
}

/**
 * The first part of a `where` that PostgreSQL would fail on (and Payload answer with a 500), or null.
 * Walks the tree with a stack, not recursion, so a deeply nested filter cannot overflow it.
 */
export function whereProblem(where: unknown, schema: WhereSchema): null | WhereProblem {
  if (where === undefined || where === null) return null
  const stack: Array<{ where: unknown; depth: number; at: string }> = [{ where, depth: 0, at: 'where' }]
  while (stack.length > 0) {
    const { where: current, depth, at } = stack.pop()!
    if (!isRecord(current)) return { path: at, message: `${at} must be an object of field filters` }
    for (const [key, constraint] of Object.entries(current)) {
      const lower = key.toLowerCase()
      if (lower === 'and' || lower === 'or') {
        if (depth + 1 > schema.maxDepth) return { path: `${at}.${key}`, message: `Filters may nest "and"/"or" at most ${schema.maxDepth} levels deep` }
        const items = Array.isArray(constraint) ? constraint : isRecord(constraint) ? Object.values(constraint) : null
        if (!items) return { path: `${at}.${key}`, message: `"${key}" must be a list of filters` }
        items.forEach((item, index) => stack.push({ where: item, depth: depth + 1, at: `${at}.${key}[${index}]` }))
        continue
      }
      const resolved = resolvePath(key, schema)
      if ('problem' in resolved) return { path: key, message: `Invalid filter: ${resolved.problem}` }
      if (!isRecord(constraint) || Object.keys(constraint).length === 0) {
        return { path: key, message: `The filter on "${key}" needs an operator, e.g. where[${key}][equals]=...` }
      }
      for (const [operator, value] of Object.entries(constraint)) {
        const problem = constraintProblem(resolved.leaf, operator, value)
        if (problem) return { path: `${key}.${operator}`, message: `Cannot filter "${key}" with "${operator}": ${problem}` }
      }
    }
  }
  return null
}
