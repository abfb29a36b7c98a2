import type { GraphQLFieldConfig, GraphQLResolveInfo } from 'graphql'

/** The fields of a paginated answer that need the total count (`count(*)`) or the page arithmetic built on it. */
const FROM_COUNT = new Set(['totalDocs', 'totalPages', 'hasNextPage', 'hasPrevPage', 'nextPage', 'prevPage', 'page', 'pagingCounter', 'limit'])

/**
 * True when the query asks for anything besides `docs` (and `__typename`) of a list. A fragment may
 * ask for anything, so it counts as asking.
 */
export function asksForCount(info: Pick<GraphQLResolveInfo, 'fieldNodes'>): boolean {
  for (const node of info.fieldNodes) {
    for (const selection of node.selectionSet?.selections ?? []) {
      if (selection.kind !== 'Field' || FROM_COUNT.has(selection.name.value)) return true
    }
  }
  return false
}

// Payload's default page size when a list query gives no `limit`.
const DEFAULT_LIMIT = 10

type Field = GraphQLFieldConfig<unknown, unknown, Record<string, unknown>>

/**
 * Payload's list queries (`Articles`, `People`, ...) count every match for `totalDocs` on each call,
 * asked for or not: the article page, which reads `docs` of one story by slug, paid a `count(*)`
 * per request. These wrappers read the page without counting when the selection has no field that
 * needs the count; same documents, same order, same limit and page. A client's own `pagination`
 * argument is left as it is (the GraphQL guard decides about it).
 */
export function countOnlyWhenAsked(fields: Record<string, Field>): Record<string, Field> {
  const wrapped: Record<string, Field> = {}
  for (const [name, field] of Object.entries(fields)) {
    const resolve = field.resolve
    if (!resolve || !field.args || !('pagination' in field.args)) continue
    wrapped[name] = {
      ...field,
      resolve: (source, args, context, info) =>
        args.pagination === undefined && args.limit !== 0 && !asksForCount(info)
          ? resolve(source, { ...args, pagination: false, limit: args.limit ?? DEFAULT_LIMIT }, context, info)
          : resolve(source, args, context, info),
    }
  }
  return wrapped
}
