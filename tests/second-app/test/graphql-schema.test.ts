import { configToSchema } from '@payloadcms/graphql'
import { printSchema } from 'graphql'

import { secondAppConfig } from '../config'

// The schema the second app serves, built as `payload-graphql generate:schema` builds it; no database needed.
test('the plugin adds its queries and mutation for posts to the second app’s schema', async () => {
  const config = await secondAppConfig({ databaseUri: 'postgres://unused@127.0.0.1:1/unused' })
  const { schema } = configToSchema(config)
  const queries = schema.getQueryType()!.getFields()
  const mutations = schema.getMutationType()!.getFields()

  expect(queries.relatedArticles.args.map((arg) => arg.name).sort()).toEqual(['collection', 'id', 'limit', 'slug'])
  expect(String(queries.relatedArticles.type)).toBe('[RelatedLink!]!')
  // Named after the collection the plugin was mapped onto, not the default `articles`.
  expect(queries.mostReadPosts).toBeDefined()
  expect(queries.mostReadArticles).toBeUndefined()
  expect(queries.mostReadPosts.args.map((arg) => arg.name).sort()).toEqual(['limit', 'period'])
  expect(mutations.trackView.args.map((arg) => arg.name).sort()).toEqual(['collection', 'id', 'preview', 'slug'])

  const sdl = printSchema(schema)
  expect(sdl).toMatch(/enum ViewPeriod \{\s+DAY\s+WEEK\s+MONTH\s+ALL\s+\}/)
  // The fields it adds to posts.
  const post = schema.getType('Post') as import('graphql').GraphQLObjectType
  expect(Object.keys(post.getFields())).toEqual(expect.arrayContaining(['views', 'neverAutoLink', 'mentionsAdded', 'heading', 'mentions', 'topics']))
})
