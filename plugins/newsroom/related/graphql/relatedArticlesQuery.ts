import type { GraphQLInfo, PayloadRequest, SanitizedConfig } from 'payload'

import type { SanitizedRelatedOptions } from '../../options'
import { findByKey, linksOf } from '../lookup'

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
          if (!options.collections.some((entry) => entry.slug === collection)) throw new GraphQL.GraphQLError(`"${collection}" has no related links`)
          if (!args.id && !args.slug) throw new GraphQL.GraphQLError('relatedArticles needs an id or a slug')
          const limit = args.limit ?? options.topK
          if (!Number.isInteger(limit) || limit < 1 || limit > 50) throw new GraphQL.GraphQLError('limit must be from 1 to 50')
          const doc = await findByKey(context.req, collection, { id: args.id, slug: args.slug })
          if (!doc) return []
          return linksOf(context.req, options, doc.id, limit, 0)
        },
      },
    }
  }
}
