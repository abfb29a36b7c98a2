import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { configToSchema } from '@payloadcms/graphql'
import type { GraphQLObjectType } from 'graphql'

import { SCHEMA_SLUGS, secondAppConfig } from '../config'
import { type SecondApp, startApp } from './app'
import { payloadCli } from './cli'
import { scratchDatabase } from './database'

// Our schema from its tarball, extended in this app's own config: renamed slugs, one added field.
const app = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

let second: SecondApp
let database: Awaited<ReturnType<typeof scratchDatabase>>

beforeAll(async () => {
  database = await scratchDatabase()
  second = await startApp(database.uri)
}, 120_000)

afterAll(async () => {
  await second?.close()
  await database?.drop()
})

test('the schema package is an installed copy of its tarball, its entries resolving into it', () => {
  const installed = path.join(app, 'node_modules/@newsroom/schema')
  expect(fs.lstatSync(installed).isSymbolicLink()).toBe(false)
  expect(fs.readdirSync(installed).sort()).toEqual(['CHANGELOG.md', 'README.md', 'dist', 'package.json'])
  const resolve = createRequire(path.join(app, 'package.json')).resolve
  expect(resolve('@newsroom/schema')).toBe(path.join(installed, 'dist/index.js'))
  expect(resolve('@newsroom/schema/client')).toBe(path.join(installed, 'dist/client.js'))
  expect(fs.readFileSync(path.join(installed, 'dist/client.js'), 'utf8').trimStart()).toMatch(/^['"]use client['"]/)
})

test('our collections carry this app’s slugs, beside its own posts, authors and users', () => {
  const slugs = second.payload.config.collections.map((collection) => collection.slug)
  expect(slugs).toEqual(expect.arrayContaining(['posts', 'authors', 'users', ...Object.values(SCHEMA_SLUGS)]))
  expect(slugs).not.toContain('articles')
  const story = second.payload.collections.stories.config
  expect(story.labels.singular).toBe('Story')
  const relationTo = (name: string) => (story.flattenedFields.find((field) => field.name === name) as { relationTo?: string }).relationTo
  expect(relationTo('author')).toBe('persons')
  expect(relationTo('featuredImage')).toBe('story-media')
})

test('the field the app added to our Article factory is stored and read back, and our hooks still run', async () => {
  const person = (await second.payload.create({ collection: 'persons' as never, data: { name: 'Olena Example' } as never })) as unknown as { id: number }
  const story = (await second.payload.create({
    collection: 'stories' as never,
    data: { title: 'A sponsored story', lead: 'With a sponsor.', author: person.id, sponsor: 'Acme Foundation', _status: 'published' } as never,
  })) as unknown as { id: number; slug: string; sponsor: string; publishedAt: string }
  expect(story.sponsor).toBe('Acme Foundation')
  // Ours: the slug from the title, the publication time stamped on publishing.
  expect(story.slug).toBe('a-sponsored-story')
  expect(story.publishedAt).toEqual(expect.any(String))
  const read = (await second.payload.findByID({ collection: 'stories' as never, id: story.id, depth: 1 })) as unknown as { sponsor: string; author: { name: string } }
  expect(read.sponsor).toBe('Acme Foundation')
  expect(read.author.name).toBe('Olena Example')
  // Our length limits apply to the added field as to ours.
  await expect(second.payload.create({ collection: 'stories' as never, data: { title: 'Too long a sponsor', sponsor: 'x'.repeat(121) } as never })).rejects.toThrow(/sponsor/i)
})

test('a user of the app’s own auth collection saves a story without becoming its creator in ours', async () => {
  // The app signs people in through its `users`; our `createdBy` names a `staff` member, and one with the
  // same id must not be credited (nor given an author's rights over the story).
  const editor = await second.payload.create({ collection: 'users', data: { email: 'desk@second-app.local', password: 'second-app-desk-password' } as never })
  await second.payload.create({ collection: 'staff' as never, data: { email: 'namesake@second-app.local', password: 'a-staff-member-password', name: 'Namesake', roles: ['author'] } as never })
  const user = { ...editor, collection: 'users' }
  const story = (await second.payload.create({ collection: 'stories' as never, data: { title: 'Written at the app’s own desk' } as never, user, overrideAccess: false, draft: true })) as unknown as { id: number; createdBy?: unknown }
  expect(story.createdBy ?? null).toBeNull()
  const stored = (await second.payload.findByID({ collection: 'stories' as never, id: story.id, draft: true, depth: 0 })) as unknown as { createdBy?: unknown; title: string }
  expect([stored.title, stored.createdBy ?? null]).toEqual(['Written at the app’s own desk', null])
})

test('GraphQL serves the added field on the renamed collection', async () => {
  const { schema } = configToSchema(await secondAppConfig({ databaseUri: 'postgres://unused@127.0.0.1:1/unused' }))
  const story = schema.getType('Story') as GraphQLObjectType
  expect(Object.keys(story.getFields())).toEqual(expect.arrayContaining(['sponsor', 'title', 'author', 'quotes']))
  expect(schema.getQueryType()!.getFields().Stories).toBeDefined()
})

test('`payload generate:types` in the app gives the added field its type', () => {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'second-app-types-')), 'payload-types.ts')
  const run = payloadCli(['generate:types'], database.uri, { SECOND_APP_TYPES_FILE: out })
  expect([run.status, run.stderr.slice(-2000)]).toEqual([0, expect.any(String)])
  const types = fs.readFileSync(out, 'utf8')
  const storyInterface = types.slice(types.indexOf('export interface Story {'))
  expect(storyInterface.slice(0, storyInterface.indexOf('\n}'))).toMatch(/\n\s+sponsor\?: string \| null;/)
  expect(types).toMatch(/export interface Post \{[\s\S]*?\n\s+heading: string;/)
}, 150_000)
