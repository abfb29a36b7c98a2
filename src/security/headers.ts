type Env = Record<string, string | undefined>

export interface Header {
  key: string
  value: string
}

/**
 * The Content-Security-Policy the admin works under. Next.js and Payload put inline scripts and styles
 * in every page (no nonces without rendering every page dynamically), so those stay allowed; everything
 * else is the app's own origin. `next dev` also needs eval (React Refresh) and its HMR websocket.
 */
export function contentSecurityPolicy(development: boolean): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'", "'unsafe-inline'", ...(development ? ["'unsafe-eval'"] : [])],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", ...(development ? ['ws:', 'wss:'] : [])],
    'worker-src': ["'self'", 'blob:'],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    // Only the admin's live preview frames a page, from this same origin; no other site may (clickjacking).
    'frame-ancestors': ["'self'"],
  }
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ')
}

/**
 * Headers for every response: admin, API and pages (next.config.ts). HSTS only in production, where
 * the site is served over HTTPS; in development it would pin localhost to HTTPS in the browser.
 */
export function securityHeaders(env: Env = process.env): Header[] {
  const production = env.NODE_ENV === 'production'
  return [
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    // For browsers without frame-ancestors: the same rule.
    { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(!production) },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()' },
    ...(production ? [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }] : []),
  ]
}
