import type { TypedDocumentNode } from '@graphql-typed-document-node/core'
import { print } from 'graphql'

import { POST as graphqlRoute } from '../../app/(payload)/api/graphql/route'
import { FRONTEND_HEADER, inProcessFrontendToken } from '../../security/frontend'
import { publicBaseUrl } from '../publicUrl'

export class SiteGraphQLError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message)
    this.name = 'SiteGraphQLError'
  }
}

export interface RequestOptions {
  /** The reader's cookies, forwarded only in draft mode so that Payload sees the editor's session. */
  cookie?: string
}

const printed = new WeakMap<object, string>()

/**
 * Runs one of the site's documented queries through the public GraphQL route handler, in process: the
 * same guard (rate limit, depth, cost, read limits), access rules and answer as a frontend calling
 * `/api/graphql` over HTTP, without the HTTP hop. Anonymous unless a cookie is forwarded.
 */
export async function siteQuery<Result, Variables extends Record<string, unknown>>(
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
  options: RequestOptions = {},
): Promise<Result> {
  let query = printed.get(document)
  if (!query) {
    query = print(document)
    printed.set(document, query)
  }
  const origin = publicBaseUrl()
  const headers = new Headers({ 'content-type': 'application/json' })
  // Pages render every reader's story from this process, with no address of their own: the per-process
  // token exempts them from the per-client GraphQL budgets (depth, cost and the heavy-read queue still apply).
  headers.set(FRONTEND_HEADER, inProcessFrontendToken())
  if (options.cookie) {
    headers.set('cookie', options.cookie)
    // A session cookie is believed only from a trusted origin (src/security/origins.ts): ours.
    headers.set('origin', origin)
  }
  const response = await graphqlRoute(new Request(`${origin}/api/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) }))
  const body = (await response.json().catch(() => null)) as { data?: Result; errors?: Array<{ message?: string }> } | null
  if (!response.ok || !body?.data || body.errors?.length) {
    const message = body?.errors?.map((error) => error.message).join('; ') || `GraphQL answered ${response.status}`
    throw new SiteGraphQLError(message, response.status)
  }
  return body.data
}
