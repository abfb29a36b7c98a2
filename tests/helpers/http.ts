import type { SanitizedConfig } from 'payload'

import { REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import * as qs from 'qs-esm'

import { graphqlPOST } from '../../src/security/graphql/handler'
import { answeringClientErrors } from '../../src/security/input/graphqlRoute'
import { guardGraphQL, type GraphQLGuardOptions } from '../../src/security/graphql/guard'

type Handler = (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>

export interface HttpResult<T = any> {
  status: number
  body: T
}

/**
 * Sends real HTTP requests through the same Next route handlers that serve /api in the app, so a test
 * sees exactly what a frontend would: status codes, JSON errors, access control.
 */
export class ApiClient {
  private readonly handlers: Record<'DELETE' | 'GET' | 'PATCH' | 'POST', Handler>
  private readonly graphqlHandler: (request: Request) => Promise<Response>

  /**
   * GraphQL goes through the same guard as the app's /api/graphql route. A test file sends thousands of
   * requests from one "address", so the rate limit and the cost budget are off unless `guard` sets them.
   */
  constructor(
    private readonly config: SanitizedConfig,
    private readonly token?: string,
    private readonly guard: GraphQLGuardOptions = { rateLimit: false, costBudget: false },
  ) {
    this.handlers = { GET: REST_GET(config), POST: REST_POST(config), PATCH: REST_PATCH(config), DELETE: REST_DELETE(config) }
    this.graphqlHandler = guardGraphQL(answeringClientErrors(graphqlPOST(config)), config, guard)
  }

  /** The same client (same token) with other guard options, e.g. a tiny rate limit or production's suggestions. */
  withGuard(guard: GraphQLGuardOptions): ApiClient {
    return new ApiClient(this.config, this.token, { rateLimit: false, costBudget: false, ...guard })
  }

  /** A client that sends the JWT of the given user. */
  static async login(config: SanitizedConfig, email: string, password: string): Promise<ApiClient> {
    const response = await new ApiClient(config).request('POST', '/users/login', { email, password })
    if (response.status !== 200) throw new Error(`login of ${email} failed: ${JSON.stringify(response.body)}`)
    return new ApiClient(config, response.body.token)
  }

  private headers(extra?: Record<string, string>): Headers {
    const headers = new Headers({ 'Content-Type': 'application/json', ...extra })
    if (this.token) headers.set('Authorization', `JWT ${this.token}`)
    return headers
  }

  async request<T = any>(method: 'DELETE' | 'GET' | 'PATCH' | 'POST', path: string, body?: unknown, query?: Record<string, unknown>): Promise<HttpResult<T>> {
    const [pathname, search] = path.split('?')
    const params = { ...(search ? qs.parse(search) : {}), ...(query ?? {}) }
    const url = `http://localhost:3000/api${pathname}${qs.stringify(params, { addQueryPrefix: true })}`
    const request = new Request(url, {
      method,
      headers: this.headers(),
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    })
    const slug = pathname.replace(/^\//, '').split('/')
    const response = await this.handlers[method](request, { params: Promise.resolve({ slug }) })
    return { status: response.status, body: await parse(response) }
  }

  /**
   * A multipart request, as the admin's upload form sends it: the file under `file` and the other
   * fields as JSON under `_payload`. Content-Type (with its boundary) is left to the FormData body.
   */
  async upload<T = any>(method: 'PATCH' | 'POST', path: string, form: FormData): Promise<HttpResult<T>> {
    const [pathname] = path.split('?')
    const headers = this.headers()
    headers.delete('Content-Type')
    const request = new Request(`http://localhost:3000/api${path}`, { method, headers, body: form })
    const slug = pathname.replace(/^\//, '').split('/')
    const response = await this.handlers[method](request, { params: Promise.resolve({ slug }) })
    return { status: response.status, body: await parse(response) }
  }

  get = <T = any>(path: string, query?: Record<string, unknown>) => this.request<T>('GET', path, undefined, query)
  post = <T = any>(path: string, body: unknown, query?: Record<string, unknown>) => this.request<T>('POST', path, body, query)
  patch = <T = any>(path: string, body: unknown, query?: Record<string, unknown>) => this.request<T>('PATCH', path, body, query)
  delete = <T = any>(path: string, query?: Record<string, unknown>) => this.request<T>('DELETE', path, undefined, query)

  async graphql<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<HttpResult<{ data?: T; errors?: Array<{ message: string; extensions?: any }> }>> {
    return this.graphqlRaw(JSON.stringify({ query, variables }), headers)
  }

  /** A GraphQL POST with exactly this body (malformed JSON, oversized bodies). */
  async graphqlRaw<T = any>(body: string, headers?: Record<string, string>): Promise<HttpResult<{ data?: T; errors?: Array<{ message: string; extensions?: any }> }>> {
    const request = new Request('http://localhost:3000/api/graphql', {
      method: 'POST',
      headers: this.headers(headers),
      body,
    })
    const response = await this.graphqlHandler(request)
    return { status: response.status, body: await parse(response) }
  }
}

async function parse(response: Response): Promise<any> {
  const text = await response.text()
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}
