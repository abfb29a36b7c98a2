import { linksOf, PARIS, publish, startApp, STORM } from './app'
import { payloadCli } from './cli'
import { scratchDatabase } from './database'

// A file of its own: Payload pushes the dev schema once per process and schema (drizzle remembers the
// last one pushed), so a second database in the same file as rebuild.test.ts would get no tables.
// The same from the command line, as an app that installed the package runs it: the plugin registers
// `related:rebuild` with Payload's CLI (config.bin), one collection at a time.
test('`payload related:rebuild --collection posts` fills the index of posts saved while the plugin was off; an unknown collection is refused by name', async () => {
  const cliDatabase = await scratchDatabase()
  try {
    const off = await startApp(cliDatabase.uri, { disabled: true, key: 'cli-off' })
    const first = await publish(off.payload, 'Paris talks on security guarantees', PARIS, ['diplomacy'])
    const second = await publish(off.payload, 'Security guarantees for Ukraine agreed in Paris', `${PARIS} The force is ready.`, ['diplomacy'])
    await publish(off.payload, 'Winter storm closes western roads', STORM, ['weather'])
    await off.close()

    const cli = (...args: string[]) => payloadCli(['related:rebuild', ...args], cliDatabase.uri)
    const refused = cli('--collection', 'stories')
    expect(refused.status).toBe(1)
    expect(refused.stderr).toContain('stories is not a collection with related headlines (posts)')

    const run = cli('--collection', 'posts')
    expect([run.status, run.stderr.slice(-1500)]).toEqual([0, expect.any(String)])
    expect(run.stdout).toContain('related:rebuild: indexed 3, linked 3')

    const on = await startApp(cliDatabase.uri, { key: 'cli-on' })
    try {
      expect(await linksOf(on.payload, second)).toEqual([first])
      expect(await linksOf(on.payload, first)).toEqual([second])
    } finally {
      await on.close()
    }
  } finally {
    await cliDatabase.drop()
  }
}, 300_000)
