import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { printSchema } from 'graphql'

/**
 * payload-types.ts and the GraphQL schema are committed for frontends and extending developers; they
 * must say what the config says. Regenerate with `npm run generate:types && npm run generate:schema`.
 */
const loadConfig = async () => (await (await import('@payload-config')).default)

test('src/payload-types.ts matches the collections', async () => {
  const config = await loadConfig()
  const { generateTypes } = await import('payload/node')
  const fresh = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-types-')), 'payload-types.ts')
  const previous = process.env.PAYLOAD_TS_OUTPUT_PATH
  process.env.PAYLOAD_TS_OUTPUT_PATH = fresh
  try {
    await generateTypes(config, { log: false })
  } finally {
    if (previous === undefined) delete process.env.PAYLOAD_TS_OUTPUT_PATH
    else process.env.PAYLOAD_TS_OUTPUT_PATH = previous
  }
  const committed = fs.readFileSync(config.typescript.outputFile as string, 'utf8')
  expect(fs.readFileSync(fresh, 'utf8')).toBe(committed)
})

test('src/generated-schema.graphql matches the collections', async () => {
  const config = await loadConfig()
  const { configToSchema } = await import('@payloadcms/graphql')
  const committed = fs.readFileSync(config.graphQL.schemaOutputFile, 'utf8')
  expect(printSchema(configToSchema(config).schema)).toBe(committed)
})
