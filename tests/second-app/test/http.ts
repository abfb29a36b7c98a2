import { GRAPHQL_POST, REST_GET, REST_POST } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

type Handler = (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>

const CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36'
/** The n-th distinct reader, told apart by its browser (no proxy stamps an address in these tests). */
export const reader = (n: number) => CHROME.replace('Safari/537.36', `Safari/537.36 reader/${n}`)

/** Requests through the Next route handlers that serve /api in an app: what a frontend would get. */
export function api(config: SanitizedConfig) {
  const get = REST_GET(config) as Handler
  const post = REST_POST(config) as Handler
  const graphql = GRAPHQL_POST(config) as (request: Request) => Promise<Response>
  const send = async (handler: Handler, method: string, path: string, headers: Record<string, string> = {}, body?: string) => {
    const request = new Request(`http://localhost:3000/api${path}`, { method, headers, body })
    const response = await handler(request, { params: Promise.resolve({ slug: path.split('?')[0].replace(/^\//, '').split('/') }) })
    const text = await response.text()
    return { status: response.status, body: text ? JSON.parse(text) : null }
  }
  return {
    get: (path: string) => send(get, 'GET', path),
    beacon: (path: string, userAgent: string) => send(post, 'POST', path, { 'user-agent': userAgent }),
    graphql: async (query: string, userAgent = reader(0)) => {
      const headers = { 'Content-Type': 'application/json', 'user-agent': userAgent }
      const response = await graphql(new Request('http://localhost:3000/api/graphql', { method: 'POST', headers, body: JSON.stringify({ query }) }))
      return (await response.json()) as { data?: any; errors?: Array<{ message: string }> }
    },
  }
}
