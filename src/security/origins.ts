import { SecurityConfigError } from '../../collections/security/limits'

type Env = Record<string, string | undefined>

export interface Origins {
  /** The site's own origin (`NEWSROOM_PUBLIC_URL`), used as Payload's `serverURL`; undefined when not set. */
  publicUrl?: string
  /** Origins whose cookie-authenticated requests are believed (Payload `csrf`) and that may read the API cross-origin (`cors`). */
  allowed: string[]
  /** False when neither variable is set and only localhost is trusted. */
  configured: boolean
}

function origin(name: string, raw: string): string {
  let url: URL
  try {
    url = new URL(raw.trim())
  } catch {
    throw new SecurityConfigError(`${name} must hold absolute http(s) URLs such as https://news.example (got "${raw}")`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new SecurityConfigError(`${name} must hold http(s) URLs (got "${raw}")`)
  }
  // Browsers send the origin without path or trailing slash; Payload compares strings.
  return url.origin
}

/**
 * The origins the app trusts, from `NEWSROOM_PUBLIC_URL` (the site's own) and `NEWSROOM_ALLOWED_ORIGINS`
 * (a comma list, e.g. a separate front end). With neither set the app trusts only itself on the port it
 * listens on, over http://localhost: enough for `npm run dev` and a local `npm start`, and a public
 * deployment that forgot to configure it fails closed (the admin cannot save) instead of trusting everyone.
 */
export function readOrigins(env: Env = process.env): Origins {
  const publicUrl = env.NEWSROOM_PUBLIC_URL?.trim() ? origin('NEWSROOM_PUBLIC_URL', env.NEWSROOM_PUBLIC_URL) : undefined
  const listed = (env.NEWSROOM_ALLOWED_ORIGINS ?? '')
    .split(',')
    .filter((entry) => entry.trim() !== '')
    .map((entry) => origin('NEWSROOM_ALLOWED_ORIGINS', entry))
  const allowed = [...(publicUrl ? [publicUrl] : []), ...listed]
  const configured = allowed.length > 0
  if (!configured) {
    const port = env.PORT?.trim() || '3000'
    allowed.push(`http://localhost:${port}`, `http://127.0.0.1:${port}`)
  }
  return { publicUrl, allowed: [...new Set(allowed)], configured }
}
