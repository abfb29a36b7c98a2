import { execFileSync } from 'node:child_process'
import fs from 'node:fs'

import { buildSchema, print } from 'graphql'

import { analyseOperation } from '../../src/security/graphql/analyse'
import { defaultGraphQLLimits } from '../../src/security/graphql/guard'
import * as documents from '../../src/site/graphql/generated'

const GENERATED = 'src/site/graphql/generated.ts'

test('src/site/graphql/generated.ts matches the site queries and the committed schema (npm run generate:site)', async () => {
  // In a process of its own: the code generator's plugins are ES modules jest's CommonJS loader refuses.
  const script = `import('@graphql-codegen/cli').then(async ({ generate }) => {
    const config = (await import('./codegen.ts')).default
    const outputs = await generate({ ...config, silent: true }, false)
    process.stdout.write(JSON.stringify(outputs.map(({ filename, content }) => ({ filename, content }))))
  })`
  const outputs = JSON.parse(execFileSync('npx', ['tsx', '-e', script], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as Array<{ filename: string; content: string }>
  expect(outputs.map((output) => output.filename)).toEqual([GENERATED])
  expect(outputs[0]!.content).toBe(fs.readFileSync(GENERATED, 'utf8'))
})

// Variables as the pages send them; the largest the site asks for.
const VARIABLES: Record<string, Record<string, unknown>> = {
  ArticlePage: { slug: 'allies-meet-in-paris', draft: false },
  ReadAlsoTargets: { where: { OR: Array.from({ length: 50 }, (_, index) => ({ id: { equals: index + 1 } })) } },
  HomePage: { page: 1, limit: 20 },
  TagPage: { tag: 'paris', page: 1, limit: 20 },
  LatestStories: { page: 1, limit: 100 },
  PersonPage: { where: { slug: { equals: 'volodymyr-zelenskyy' } } },
  BodyImages: { where: { OR: Array.from({ length: 50 }, (_, index) => ({ id: { equals: index + 1 } })) } },
}

test('every site query passes the GraphQL guard with the default limits (depth, read limits, cost)', () => {
  const schema = buildSchema(fs.readFileSync('src/generated-schema.graphql', 'utf8'))
  const limits = defaultGraphQLLimits()
  const names = Object.keys(documents).filter((name) => name.endsWith('Document'))
  expect(names.sort()).toEqual(Object.keys(VARIABLES).map((name) => `${name}Document`).sort())
  for (const name of names) {
    const operation = name.replace(/Document$/, '')
    const analysis = analyseOperation(schema, { query: print((documents as unknown as Record<string, Parameters<typeof print>[0]>)[name]!), variables: VARIABLES[operation] }, limits)
    if (!analysis.ok) throw new Error(`${operation}: ${analysis.messages.join('; ')}`)
    expect(analysis.depth).toBeLessThanOrEqual(limits.maxDepth)
    expect(analysis.cost).toBeLessThanOrEqual(limits.maxCost)
    // Below the heavy threshold, so that a page's query never waits behind heavy reads.
    if (analysis.cost > limits.heavyCost) throw new Error(`${operation} costs ${analysis.cost}, a heavy read (over ${limits.heavyCost})`)
  }
})
