type ErrorBody = { errors?: Array<{ message?: string }>; error?: string; message?: string }

/** GETs JSON with the admin's cookie; a failed answer throws with the server's own message. */
export async function getJSON<T>(url: string, signal: AbortSignal): Promise<T> {
  const response = await fetch(url, { credentials: 'include', signal })
  const json = (await response.json().catch(() => ({}))) as ErrorBody & T
  if (!response.ok) throw new Error(json.errors?.[0]?.message ?? json.error ?? json.message ?? `Request failed (${response.status})`)
  return json
}

/** Payload's language codes are not all BCP 47 tags (`zhTw`, `rsLatin`): those fall back to the browser's locale. */
export function localeOf(language: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(language)[0]
  } catch {
    return undefined
  }
}
