import { jwtVerify } from 'jose'

/**
 * Tells whether a request carries a valid Payload session (cookie or Authorization header), without
 * Payload's request pipeline: the Next.js route and the collector use it to leave editors uncounted.
 */
export function sessionCheck(secret: string, cookiePrefix: string): (cookie: null | string, authorization: null | string) => Promise<boolean> {
  const key = new TextEncoder().encode(secret)
  const cookieName = `${cookiePrefix}-token=`
  return async (cookie, authorization) => {
    let token = authorization?.match(/^(?:JWT|Bearer) (.+)$/)?.[1]
    if (!token && cookie) {
      token = cookie
        .split(';')
        .map((part) => part.trim())
        .find((part) => part.startsWith(cookieName))
        ?.slice(cookieName.length)
    }
    if (!token) return false
    try {
      await jwtVerify(token, key)
      return true
    } catch {
      return false
    }
  }
}
