/**
 * The site's public origin for canonical URLs, feeds, sitemaps and JSON-LD: `NEWSROOM_PUBLIC_URL`, or
 * `http://localhost:$PORT` in development. No trailing slash.
 */
export function publicBaseUrl(env: Record<string, string | undefined> = process.env): string {
  const configured = env.NEWSROOM_PUBLIC_URL?.trim()
  if (configured) return new URL(configured).origin
  return `http://localhost:${env.PORT?.trim() || '3000'}`
}

export const articlePath = (slug: string) => `/news/${encodeURIComponent(slug)}`
export const personPath = (slugOrId: string | number) => `/people/${encodeURIComponent(String(slugOrId))}`
export const tagPath = (tag: string) => `/tags/${encodeURIComponent(tag)}`

export const absoluteUrl = (path: string, base = publicBaseUrl()) => `${base}${path}`
