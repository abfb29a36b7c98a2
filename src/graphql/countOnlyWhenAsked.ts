import type { GraphQLResolveInfo, GraphQLSchema } from 'graphql'

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

/**
 * Payload's list queries (`Articles`, `People`, ...) count every match for `totalDocs` on each call,
 * asked for or not: the article page, which reads `docs` of one story by slug, paid a `count(*)`
 * per request. This wraps their resolvers in the built schema so that they read the page without
 * counting when the selection has no field that needs the count; same documents, same order, same
 * limit and page. A client's own `pagination` argument is left as it is (the GraphQL guard decides).
 *
 * Wrapped in the schema, not registered as `graphQL.queries`: Payload gives custom queries a copy of
 * the GraphQL context, and `select: true` keeps what to select in the context, where the joins and
 * relationships under the list look for it; from a copy they never saw it and read every column.
 */
export function countOnlyWhenAsked(schema: GraphQLSchema): GraphQLSchema {
  const fields = schema.getQueryType()?.getFields() ?? {}
  for (const field of Object.values(fields)) {
    const resolve = field.resolve
    if (!resolve || !field.args.some((arg) => arg.name === 'pagination')) continue
    field.resolve = (source, args: Record<string, unknown>, context, info) =>
      args.pagination === undefined && args.limit !== 0 && !asksForCount(info)
        ? resolve(source, { ...args, pagination: false, limit: args.limit ?? DEFAULT_LIMIT }, context, info)
        : resolve(source, args, context, info)
  }
  return schema
}
