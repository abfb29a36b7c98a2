import { type GraphQLCompositeType, type GraphQLField, getNullableType, isListType, isObjectType } from 'graphql'

/**
 * What a field that runs a database query of its own costs on top of its items: a join runs a Payload
 * find for every parent document. Measured on a production build: a join per story about 12 ms, a plain
 * field about 0.08 ms, so a query counts as 100 fields.
 */
export const QUERY_COST = 100

/** Payload's page size when a collection query or a join names no limit. */
export const PAYLOAD_DEFAULT_LIMIT = 10

export interface ListSizeLimits {
  /** `securityLimits().reads.maxLimit`. */
  maxLimit: number
  /** What a list without a limit argument (hasMany relationships, arrays) is assumed to hold. */
  assumedListSize: number
}

interface JoinFieldConfig {
  type: 'join'
  name: string
  defaultLimit?: number
}

/** Payload's own config of a join field, which it keeps on the GraphQL field it builds for it. */
export function joinConfigOf(field: GraphQLField<unknown, unknown>): JoinFieldConfig | undefined {
  const config = (field.extensions as { field?: { type?: string } } | undefined)?.field
  return config?.type === 'join' ? (config as JoinFieldConfig) : undefined
}

const hasArgument = (field: GraphQLField<unknown, unknown>, name: string) => field.args.some((arg) => arg.name === name)

/** A collection query (`Articles`, `versionsArticles`, ...): paginated, with `limit` and `pagination`. */
export const isCollectionList = (field: GraphQLField<unknown, unknown>) => hasArgument(field, 'limit') && hasArgument(field, 'pagination')

/** Whether the field fetches a page of documents whose size its `limit` argument sets. */
export const takesLimit = (field: GraphQLField<unknown, unknown>) => hasArgument(field, 'limit')

/**
 * How many items a field can return, by which the cost of what is selected under it is multiplied:
 * its `limit` (joins: their `defaultLimit` when absent; everything else Payload's 10), the maximum for
 * `pagination: false` (refused anyway), an assumed size for lists that take no limit, and 1 otherwise.
 */
export function listSize(parent: GraphQLCompositeType, field: GraphQLField<unknown, unknown>, args: Record<string, unknown>, limits: ListSizeLimits): number {
  // The `docs` of a page: the field that returned the page has already counted its size.
  if (field.name === 'docs' && isObjectType(parent) && 'hasNextPage' in parent.getFields()) return 1
  if (takesLimit(field)) {
    if (args.pagination === false) return limits.maxLimit
    const limit = args.limit
    if (typeof limit === 'number') return limit >= 1 ? Math.min(limit, limits.maxLimit) : limits.maxLimit
    return joinConfigOf(field)?.defaultLimit ?? PAYLOAD_DEFAULT_LIMIT
  }
  return isListType(getNullableType(field.type)) ? limits.assumedListSize : 1
}
