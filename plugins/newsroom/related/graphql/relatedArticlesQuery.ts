import { APIError, type GraphQLInfo, type PayloadRequest, type SanitizedConfig } from 'payload'

import type { SanitizedRelatedOptions } from '../../options'
import { findByKey, inlineTargetsOf, linksOf } from '../lookup'

type GraphQLModule = typeof import('graphql')

/**
 * `relatedArticles(id: String, slug: String, collection: String, limit: Int): [RelatedLink]`:
 * a story's links in order, each with its target, for frontends that start from a slug.
 */
export function relatedArticlesQuery(options: SanitizedRelatedOptions) {
  return (GraphQL: GraphQLModule, payload: { config: SanitizedConfig } & GraphQLInfo) => {
    const linkType = (payload.collections[options.linksCollection] as unknown as { graphQL?: { type: import('graphql').GraphQLObjectType } } | undefined)?.graphQL?.type
    if (!linkType) return {}
    return {
      relatedArticles: {
        type: new GraphQL.GraphQLNonNull(new GraphQL.GraphQLList(new GraphQL.GraphQLNonNull(linkType))),
        args: {
          id: { type: GraphQL.GraphQLString },
          slug: { type: GraphQL.GraphQLString },
          collection: { type: GraphQL.GraphQLString, description: `Default "${options.collections[0].slug}"` },
          limit: { type: GraphQL.GraphQLInt },
        },
        resolve: async (_: unknown, args: { collection?: string; id?: string; limit?: number; slug?: string }, context: { req: PayloadRequest }) => {
          const collection = args.collection ?? options.collections[0].slug
          // APIError, not GraphQLError: Payload answers a GraphQLError thrown here as a 500.
          const badRequest = (message: string) => new APIError(message, 400, null, true)
          if (!options.collections.some((entry) => entry.slug === collection)) throw badRequest(`"${collection}" has no related links`)
          if (!args.id && !args.slug) throw badRequest('relatedArticles needs an id or a slug')
          if (args.id && !/^\d{1,10}$/.test(args.id)) throw badRequest(`Malformed id ${JSON.stringify(args.id.slice(0, 60))}: ids are whole numbers`)
          if (args.id && Number(args.id) > 2_147_483_647) throw badRequest(`Id "${args.id}" is out of range: ids are whole numbers up to 2147483647`)
          if (!args.id && args.slug && (args.slug.includes('\u0000') || args.slug.length > 300)) throw badRequest('A slug has 1 to 300 characters, without NUL')
          const limit = args.limit ?? options.topK
          if (!Number.isInteger(limit) || limit < 1 || limit > 50) throw badRequest('limit must be from 1 to 50')
          const doc = await findByKey(context.req, collection, { id: args.id, slug: args.slug })
          if (!doc) return []
          return linksOf(context.req, options, doc.id, limit, 0, inlineTargetsOf(options, collection, doc))
        },
      },
    }
  }
}
