/**
 * Whether the preview route may believe this request's session cookie. A link from another site
 * (`Sec-Fetch-Site: cross-site`) must not switch draft mode on for a signed-in editor; the admin's
 * Preview button (same origin) and an address typed or bookmarked (`none`) may.
 */
export function previewRequestTrusted(secFetchSite: string | null): boolean {
  return secFetchSite === null || secFetchSite === 'same-origin' || secFetchSite === 'same-site' || secFetchSite === 'none'
}

/** Only a page of the site's stories may be previewed: no open redirect through the preview route. */
export function previewTarget(path: string | null): string | null {
  if (!path) return null
  return /^\/news\/[^/?#\\]+$/.test(path) ? path : null
}
