import {
  type ArgumentNode,
  type DocumentNode,
  type FieldNode,
  getArgumentValues,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  type GraphQLSchema,
  Kind,
  parse,
  specifiedRules,
  TypeInfo,
  validate,
  visit,
  visitWithTypeInfo,
} from 'graphql'
import { type ComplexityEstimator, getComplexity } from 'graphql-query-complexity'
import { LRUCache } from 'lru-cache'

import { operationDepth } from './depth'
import { isCollectionList, joinConfigOf, listSize, type ListSizeLimits, PAYLOAD_DEFAULT_LIMIT, QUERY_COST, takesLimit } from './listSize'

export interface GraphQLLimits extends ListSizeLimits {
  maxDepth: number
  /** The largest `depth` argument (a rich-text field's population depth), as REST's `depth`. */
  maxReadDepth: number
  maxCost: number
  maxTokens: number
}

export interface GraphQLRequestBody {
  query: string
  variables?: Record<string, unknown> | null
  operationName?: string | null
}

export type Analysis =
  | { ok: true; document: DocumentNode; depth: number; cost: number }
  | { ok: false; messages: string[] }

const refuse = (...messages: string[]): Analysis => ({ ok: false, messages })

const INTROSPECTION_ROOTS = new Set(['__schema', '__type', '__typename'])

type Checked = { ok: true; document: DocumentNode } | { ok: false; messages: string[] }

/**
 * Parsed with a token limit, then graphql's own rules: first, so that a cycle of fragments or an
 * unknown one is refused before anything walks fragments recursively. A pure function of the schema
 * and the text, which is what lets `DocumentCache` keep its result.
 */
function parseAndValidate(schema: GraphQLSchema, query: string, maxTokens: number): Checked {
  let document: DocumentNode
  try {
    document = parse(query, { maxTokens, noLocation: false })
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    if (/more tha[nt] \d+ tokens/.test(message)) return refuse(`Query has more than ${maxTokens} tokens, the limit (NEWSROOM_GRAPHQL_MAX_TOKENS)`) as Checked
    return refuse(message) as Checked
  }
  const invalid = validate(schema, document, specifiedRules)
  if (invalid.length > 0) return refuse(...invalid.map((error) => error.message)) as Checked
  return { ok: true, document }
}

/**
 * The outcome of `parseAndValidate` for the query texts seen last, refusals included: a site sends the
 * same few documents with other variables all day, and graphql's validation is the largest part of the
 * guard's work. Bounded by the total length of the texts it keeps (their syntax trees are some ten times
 * that), so a client sending a new text each time only evicts older ones. The documents are shared and
 * never changed: `visit` returns new trees.
 */
export class DocumentCache {
  // One cache per schema: a reloaded config (development) brings a new schema, and the old one goes with it.
  private readonly bySchema = new WeakMap<GraphQLSchema, LRUCache<string, Checked>>()

  constructor(private readonly maxTextBytes: number) {}

  check(schema: GraphQLSchema, query: string, maxTokens: number): Checked {
    let entries = this.bySchema.get(schema)
    if (!entries) {
      entries = new LRUCache<string, Checked>({ maxSize: Math.max(1, this.maxTextBytes), sizeCalculation: (_value, key) => Math.max(1, key.length) })
      this.bySchema.set(schema, entries)
    }
    const key = `${maxTokens}:${query}`
    let checked = entries.get(key)
    if (!checked) {
      checked = parseAndValidate(schema, query, maxTokens)
      if (key.length <= this.maxTextBytes) entries.set(key, checked)
    }
    return checked
  }
}

/**
 * Decides whether a GraphQL request may run, before it touches the database: parsed with a token
 * limit; graphql's own rules first, so that a cycle of fragments or an unknown one is refused before
 * anything walks fragments recursively; then the depth, the read limits (`limit`, `pagination`) and the
 * cost, which multiplies what is selected under a list by the list's size. Joins without a `limit`
 * get their `defaultLimit` written into the returned document: Payload's GraphQL join otherwise fetches
 * every linked document, which no cost estimate can bound.
 *
 * `allowIntrospection` lets an operation made only of introspection fields (the playground's, in
 * development) skip the depth and cost limits; it reads the schema in memory, not the database.
 * `documents` keeps the parse and graphql's validation of texts seen before.
 */
export function analyseOperation(schema: GraphQLSchema, body: GraphQLRequestBody, limits: GraphQLLimits, allowIntrospection = false, documents?: DocumentCache): Analysis {
  const checked = documents ? documents.check(schema, body.query, limits.maxTokens) : parseAndValidate(schema, body.query, limits.maxTokens)
  if (!checked.ok) return checked
  const { document } = checked

  const operation = getOperationAST(document, body.operationName ?? undefined)
  if (!operation) {
    return refuse(body.operationName ? `Unknown operation named "${body.operationName}"` : 'The document has several operations: name the one to run with operationName')
  }
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], body.variables ?? {})
  if (coerced.errors) return refuse(...coerced.errors.map((error) => error.message))
  const variables = coerced.coerced

  const introspectionOnly = operation.selectionSet.selections.every((selection) => selection.kind === Kind.FIELD && INTROSPECTION_ROOTS.has(selection.name.value))
  if (allowIntrospection && introspectionOnly) return { ok: true, document, depth: 0, cost: 0 }

  const depth = operationDepth(document, operation)
  if (depth > limits.maxDepth) return refuse(`Query depth ${depth} exceeds the limit of ${limits.maxDepth} (NEWSROOM_GRAPHQL_MAX_DEPTH)`)

  // Only the operation that runs, with its fragments: another operation's variables have no values.
  const runnable: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: document.definitions.filter((definition) => definition === operation || definition.kind === Kind.FRAGMENT_DEFINITION),
  }
  const limited = applyReadLimits(schema, runnable, variables, limits)
  if (!limited.ok) return limited

  let cost: number
  try {
    cost = getComplexity({ schema, query: limited.document, variables: body.variables ?? {}, operationName: operation.name?.value, estimators: [costEstimator(limits)] })
  } catch (error) {
    return refuse(`Query is too large to analyse: ${error instanceof Error ? error.message : String(error)} (NEWSROOM_GRAPHQL_MAX_COST)`)
  }
  if (cost > limits.maxCost) {
    return refuse(`Query cost ${Math.round(cost)} exceeds the limit of ${limits.maxCost} (NEWSROOM_GRAPHQL_MAX_COST): ask for fewer documents (smaller limits) or fewer nested lists`)
  }
  return { ok: true, document: limited.document, depth, cost }
}

/**
 * Each field costs 1 (a field that queries the database, `QUERY_COST` more), plus what is selected
 * under it times the number of items it can return.
 */
export function costEstimator(limits: ListSizeLimits): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => 1 + (takesLimit(field) ? QUERY_COST : 0) + listSize(type, field, args, limits) * childComplexity
}

const intArgument = (name: string, value: number): ArgumentNode => ({
  kind: Kind.ARGUMENT,
  name: { kind: Kind.NAME, value: name },
  value: { kind: Kind.INT, value: String(value) },
})

/**
 * Refuses `pagination: false` and a `limit` outside 1..maxLimit on any field that takes one (limit 0
 * means "all" to Payload), and writes each join's default limit into joins that name none.
 */
function applyReadLimits(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, limits: GraphQLLimits): { ok: true; document: DocumentNode } | { ok: false; messages: string[] } {
  const messages: string[] = []
  const typeInfo = new TypeInfo(schema)
  const rewritten = visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node: FieldNode) {
        const field = typeInfo.getFieldDef()
        const takesDepth = field?.args.some((arg) => arg.name === 'depth')
        if (!field || (!takesLimit(field) && !takesDepth)) return undefined
        let args: Record<string, unknown>
        try {
          args = getArgumentValues(field, node, variables)
        } catch (error) {
          messages.push(error instanceof GraphQLError ? error.message : String(error))
          return undefined
        }
        const name = node.name.value
        if (typeof args.depth === 'number' && (args.depth > limits.maxReadDepth || args.depth < 0)) {
          messages.push(`depth ${args.depth} on ${name} must be from 0 to ${limits.maxReadDepth} (NEWSROOM_MAX_DEPTH)`)
        }
        if (!takesLimit(field)) return undefined
        if (isCollectionList(field) && args.pagination === false) {
          messages.push(`pagination: false on ${name} asks for every document; page through them with limit (at most ${limits.maxLimit}, NEWSROOM_MAX_LIMIT) instead`)
        }
        const limit = args.limit
        if (typeof limit === 'number' && limit > limits.maxLimit) {
          messages.push(`limit ${limit} on ${name} exceeds the maximum of ${limits.maxLimit} (NEWSROOM_MAX_LIMIT)`)
        } else if (typeof limit === 'number' && limit < 1) {
          messages.push(`limit ${limit} on ${name} must be from 1 to ${limits.maxLimit} (NEWSROOM_MAX_LIMIT)`)
        }
        const join = joinConfigOf(field)
        if (!join || typeof limit === 'number') return undefined
        const limitNode = node.arguments?.find((argument) => argument.name.value === 'limit')
        if (limitNode?.value.kind === Kind.VARIABLE) {
          messages.push(`limit on ${name} is the variable $${limitNode.value.name.value}, which has no value: give a limit from 1 to ${limits.maxLimit}`)
          return undefined
        }
        const others = (node.arguments ?? []).filter((argument) => argument !== limitNode)
        return { ...node, arguments: [...others, intArgument('limit', Math.min(join.defaultLimit ?? PAYLOAD_DEFAULT_LIMIT, limits.maxLimit))] }
      },
    }),
  )
  return messages.length > 0 ? { ok: false, messages } : { ok: true, document: rewritten }
}
