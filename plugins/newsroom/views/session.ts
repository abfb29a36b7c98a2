import { jwtVerify } from 'jose'

import type { MaybePromise } from './maybeAsync'

export type SessionCheck = (cookie: null | string, authorization: null | string) => MaybePromise<boolean>

/**
 * Tells whether a request carries a valid Payload session (cookie or Authorization header), without
 * Payload's request pipeline: the Next.js route and the collector use it to leave editors uncounted.
 */
export function sessionCheck(secret: string, cookiePrefix: string): SessionCheck {
  const key = new TextEncoder().encode(secret)
  const cookieName = `${cookiePrefix}-token=`
  // Readers send no token: they are answered at once, without a promise.
  return (cookie, authorization) => {
    let token = authorization?.match(/^(?:JWT|Bearer) (.+)$/)?.[1]
    if (!token && cookie) {
      token = cookie
        .split(';')
        .map((part) => part.trim())
        .find((part) => part.startsWith(cookieName))
        ?.slice(cookieName.length)
    }
    if (!token) return false
    return jwtVerify(token, key).then(
      () => true,
      () => false,
    )
  }
}
