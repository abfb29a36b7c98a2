// The readers of `npm run test:cluster`: a plan of who views what where (pure, seeded), and the
// clients that send it as the browser snippet would (POST /views?collection=…&id=…).

export const HUMAN_AGENT = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36'
export const BOT_AGENT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)'

export interface PlannedView {
  client: number
  address: string
  agent: string
  article: number
  /** Index into the targets (app instances and collectors). */
  target: number
}

export interface ViewPlan {
  /** One list per client, sent in order. */
  clients: PlannedView[][]
  /** Views each article must end with: distinct human clients that viewed it. */
  expected: Map<number, number>
  requests: number
  repeats: number
  botRequests: number
}

/** mulberry32: a small seeded generator, so that a failing plan can be replayed. */
export function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Each client views about 60 % of the articles, each one to three times (a reload, a second tab),
 * every request to a target picked at random; every eighth client is a crawler.
 */
export function planViews(options: { clients: number; articles: number[]; targets: number; seed: number }): ViewPlan {
  const next = random(options.seed)
  const expected = new Map(options.articles.map((id) => [id, 0]))
  const clients: PlannedView[][] = []
  let requests = 0
  let repeats = 0
  let botRequests = 0
  for (let client = 0; client < options.clients; client++) {
    const bot = client % 8 === 7
    const address = `10.20.${Math.floor(client / 250)}.${(client % 250) + 1}`
    const views: PlannedView[] = []
    for (const article of options.articles) {
      if (next() >= 0.6) continue
      const times = 1 + Math.floor(next() * 3)
      for (let i = 0; i < times; i++) views.push({ client, address, agent: bot ? BOT_AGENT : HUMAN_AGENT, article, target: Math.floor(next() * options.targets) })
      requests += times
      repeats += times - 1
      if (bot) botRequests += times
      else expected.set(article, (expected.get(article) ?? 0) + 1)
    }
    // Shuffled, so that a client's repeats interleave with its other views.
    for (let i = views.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1))
      ;[views[i], views[j]] = [views[j], views[i]]
    }
    clients.push(views)
  }
  return { clients, expected, requests, repeats, botRequests }
}

export interface Answer {
  target: number
  article: number
  /** HTTP status, or 0 when the request got no answer (connection refused or reset). */
  status: number
  counted: boolean
  reason?: string
  /** When the answer arrived (Date.now()). */
  at: number
}

export async function sendView(baseUrl: string, view: Omit<PlannedView, 'client'>): Promise<Omit<Answer, 'target' | 'article'>> {
  try {
    const response = await fetch(`${baseUrl}/views?collection=articles&id=${view.article}`, {
      method: 'POST',
      headers: { 'user-agent': view.agent, 'x-forwarded-for': view.address, 'content-type': 'application/json' },
      body: '{}',
      signal: AbortSignal.timeout(15_000),
    })
    const body = (await response.json().catch(() => ({}))) as { counted?: boolean; reason?: string }
    return { status: response.status, counted: response.status === 202 && body.counted === true, reason: body.reason, at: Date.now() }
  } catch {
    return { status: 0, counted: false, at: Date.now() }
  }
}

/** Sends the plan: every client at once, each client's views one after another. */
export async function sendPlan(plan: ViewPlan, targets: string[]): Promise<Answer[]> {
  const answers: Answer[] = []
  await Promise.all(
    plan.clients.map(async (views) => {
      for (const view of views) answers.push({ target: view.target, article: view.article, ...(await sendView(targets[view.target], view)) })
    }),
  )
  return answers
}
