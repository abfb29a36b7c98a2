import { APIError, type GraphQLInfo, type PayloadRequest, type SanitizedConfig } from 'payload'

import type { SanitizedViewsOptions } from '../../options'
import { handleBeacon } from '../beacon'
import type { Period } from '../calendar'
import { MAX_LIMIT, mostReadDocuments } from '../mostRead'
import { counterFor } from '../runtime'

type GraphQLModule = typeof import('graphql')
type Info = { config: SanitizedConfig } & GraphQLInfo

const pascal = (slug: string) => slug.replace(/(^|[-_\s]+)([a-z0-9])/gi, (_, __, letter: string) => letter.toUpperCase())
const lowerFirst = (name: string) => name.charAt(0).toLowerCase() + name.slice(1)

/** Public API errors: Payload shows their message (and status) instead of "Something went wrong". */
function fail(_GraphQL: GraphQLModule, status: number, message: string): never {
  throw new APIError(message, status, null, true)
}

let periodEnum: import('graphql').GraphQLEnumType | undefined
const periodType = (GraphQL: GraphQLModule) =>
  (periodEnum ??= new GraphQL.GraphQLEnumType({
    name: 'ViewPeriod',
    description: 'Today, the last 7 days, the last 30 days (today included), or all time.',
    values: { DAY: { value: 'day' }, WEEK: { value: 'week' }, MONTH: { value: 'month' }, ALL: { value: 'all' } },
  }))

/** `trackView(collection, id | slug, preview)`: the beacon as a mutation. */
export function trackViewMutation(options: SanitizedViewsOptions) {
  return (GraphQL: GraphQLModule) => ({
    trackView: {
      type: new GraphQL.GraphQLNonNull(
        new GraphQL.GraphQLObjectType({
          name: 'TrackViewResult',
          fields: { counted: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLBoolean) }, reason: { type: GraphQL.GraphQLString, description: 'Why it was not counted: bot, duplicate, preview, privacy or signed-in.' } },
        }),
      ),
      args: {
        collection: { type: GraphQL.GraphQLString, description: `Default "${options.collections[0].slug}"` },
        id: { type: GraphQL.GraphQLString },
        slug: { type: GraphQL.GraphQLString },
        preview: { type: GraphQL.GraphQLBoolean },
      },
      resolve: async (_: unknown, args: { collection?: string; id?: string; preview?: boolean; slug?: string }, context: { req: PayloadRequest }) => {
        const req = context.req
        if (!args.id === !args.slug) fail(GraphQL, 400, 'trackView needs either an id or a slug')
        const counter = await counterFor(req.payload)
        const result = await handleBeacon(counter, {
          collection: args.collection ?? options.collections[0].slug,
          by: args.id ? 'id' : 'slug',
          value: (args.id ?? args.slug) as string,
          header: (name) => req.headers.get(name),
          body: JSON.stringify({ preview: args.preview ?? false }),
          signedIn: Boolean(req.user),
        })
        if (result.status !== 202) fail(GraphQL, result.status, (result.body.errors as Array<{ message: string }>)[0].message)
        return result.body
      },
    },
  })
}

/** `mostRead<Collection>(period, limit)` for each tracked collection, e.g. `mostReadArticles`. */
export function mostReadQueries(options: SanitizedViewsOptions) {
  return (GraphQL: GraphQLModule, payload: Info) => {
    const queries: Record<string, unknown> = {}
    for (const collection of options.collections) {
      const docType = (payload.collections[collection.slug] as unknown as { graphQL?: { type: import('graphql').GraphQLObjectType } } | undefined)?.graphQL?.type
      if (!docType) continue
      const entryType = new GraphQL.GraphQLObjectType({
        name: `MostRead${docType.name}`,
        fields: {
          rank: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLInt) },
          views: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLFloat), description: 'Views in the period.' },
          [lowerFirst(docType.name)]: { type: new GraphQL.GraphQLNonNull(docType) },
        },
      })
      queries[`mostRead${pascal(collection.slug)}`] = {
        type: new GraphQL.GraphQLNonNull(new GraphQL.GraphQLList(new GraphQL.GraphQLNonNull(entryType))),
        args: {
          period: { type: periodType(GraphQL), defaultValue: 'week' },
          limit: { type: GraphQL.GraphQLInt, defaultValue: 10 },
        },
        resolve: async (_: unknown, args: { limit: number; period: Period }, context: { req: PayloadRequest }) => {
          if (!Number.isInteger(args.limit) || args.limit < 1 || args.limit > MAX_LIMIT) fail(GraphQL, 400, `limit must be a whole number from 1 to ${MAX_LIMIT}`)
          const entries = await mostReadDocuments(context.req, collection.slug, args.period, args.limit)
          return entries.map(({ rank, views, doc }) => ({ rank, views, [lowerFirst(docType.name)]: doc }))
        },
      }
    }
    return queries
  }
}
