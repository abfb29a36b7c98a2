// The command-line importer as CI runs it (`npm run import -- ../shared/samples/*.txt` is
// `tsx src/import/cli.ts FILE...`), against a fresh database, checked through GraphQL.
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'

import { createStaff, PASSWORD, type Staff } from '../helpers/fixtures'
import { ApiClient } from '../helpers/http'
import { startPayload, type TestPayload } from '../helpers/payload'
import { SCRIPT_NODE_OPTIONS } from '../helpers/nodeOptions'

const run = promisify(execFile)
const SAMPLE = path.resolve(process.cwd(), '../shared/samples/wire-story-paris-2026-01-06.txt')
/** Every sample shared with the team is imported, as CI is asked to; the Paris story is checked in detail. */
const SAMPLES = fs.readdirSync(path.dirname(SAMPLE)).filter((name) => name.endsWith('.txt')).map((name) => path.join(path.dirname(SAMPLE), name))
const GARBAGE = path.resolve(process.cwd(), 'tests/fixtures/wire/garbage-json.txt')

let t: TestPayload
let staff: Staff
beforeAll(async () => {
  // Starting Payload once pushes the schema into the fresh database; the CLI then runs against it.
  t = await startPayload()
  staff = await createStaff(t.payload)
})
afterAll(async () => t?.close())

/** Runs the CLI on the test's database; never throws, so a failing exit can be asserted on. */
async function cli(...files: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return runOnce(files)
}

async function runOnce(files: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'src/import/cli.ts', ...files], {
      env: { ...process.env, DATABASE_URI: process.env.DATABASE_URI, NODE_OPTIONS: SCRIPT_NODE_OPTIONS, PAYLOAD_LOG_LEVEL: 'fatal' },
      timeout: 120_000,
    })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string }
    return { code: typeof failed.code === 'number' ? failed.code : 1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' }
  }
}

const QUERY = `query ($slug: String!) {
  Articles(where: { slug: { equals: $slug } }, draft: true) {
    totalDocs
    docs {
      id title dateline credit source views _status
      author { name }
      quotes(sort: "id") { docs { text attribution } }
      body
    }
  }
}`

test('the CLI imports the sample, and GraphQL shows the structured draft', async () => {
  const first = await cli(...SAMPLES)
  expect(first.stderr).not.toMatch(/failed/)
  expect(first.code).toBe(0)
  for (const sample of SAMPLES) expect(first.stdout).toContain(`${sample}: created article`)
  // Drizzle's schema-push spinner may share stdout (it redraws with \r), so the line is searched, not anchored.
  const line = first.stdout.split(/\r|\n/).find((entry) => entry.includes(`${SAMPLE}: `))
  expect(line ?? first.stdout).toMatch(/: created article \d+ "reuters-ukraine-s-allies-gather-in-paris[a-z0-9-]*" \(draft\), 2 quotes, 0 links, 2 unresolved, author Julia Shramko, views 1272$/)
  const slug = /"([a-z0-9-]+)"/.exec(line as string)?.[1] as string

  const editor = await ApiClient.login(t.config, staff.editor.email, PASSWORD)
  const { status, body } = await editor.graphql(QUERY, { slug })
  expect(status).toBe(200)
  expect(body.errors).toBeUndefined()
  expect(body.data.Articles.totalDocs).toBe(1)
  const [doc] = body.data.Articles.docs
  expect(doc).toMatchObject({
    title: "Reuters: Ukraine's allies gather in Paris to coordinate contributions to multinational forces and broader security guarantees",
    dateline: 'Kyiv',
    credit: 'UNN',
    source: 'Reuters',
    views: 1272,
    _status: 'draft',
    author: { name: 'Julia Shramko' },
  })
  expect(doc.quotes.docs).toEqual([
    {
      text: 'The meeting will focus on securing contributions to a multinational force for Ukraine in the event of a ceasefire, in coordination with Ukraine and with the support of the United States',
      attribution: 'according to a note sent to 35 invited delegations and reviewed by Reuters',
    },
    {
      text: 'We have reached an agreement on the operational details of security guarantees. We will explain how they are structured and the need for long-term commitments from all participants',
      attribution: "a representative of the French president's office told reporters before the summit",
    },
  ])
  const readAlso = doc.body.root.children
    .filter((node: { type: string; fields?: { blockType?: string } }) => node.type === 'block' && node.fields?.blockType === 'readAlso')
    .map((node: { fields: Record<string, unknown> }) => ({ headline: node.fields.headline, publishedAt: node.fields.publishedAt, views: node.fields.views, article: node.fields.article ?? null }))
  expect(readAlso).toEqual([
    { headline: "US to participate in 'coalition of the willing' meeting in Paris", publishedAt: '2026-01-05T15:32:00.000Z', views: 7684, article: null },
    {
      headline: 'Ukraine will prepare for both options - diplomacy or active defense: Zelenskyy announced a new diplomatic week in Europe',
      publishedAt: '2026-01-04T18:10:00.000Z',
      views: 9950,
      article: null,
    },
  ])
  expect(doc.body.root.children.find((node: { type: string }) => node.type === 'heading').children[0].text).toBe('Details')

  // Run again with a broken file: the sample is updated in place, the broken file named with its line, exit 1.
  const again = await cli(SAMPLE, GARBAGE)
  expect(again.code).toBe(1)
  expect(again.stdout).toContain(`${SAMPLE}: updated article ${doc.id} "${slug}"`)
  expect(again.stderr).toContain(`${GARBAGE}: failed: line 1: not a wire story`)
  const counted = await editor.graphql(QUERY, { slug })
  expect(counted.body.data.Articles.totalDocs).toBe(1)
  expect((await t.payload.count({ collection: 'quotes', overrideAccess: true })).totalDocs).toBe(2)
  expect((await t.payload.count({ collection: 'people', where: { name: { equals: 'Julia Shramko' } }, overrideAccess: true })).totalDocs).toBe(1)
}, 240_000)
