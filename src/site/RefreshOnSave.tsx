'use client'
import { RefreshRouteOnSave } from '@payloadcms/live-preview-react'
import { useRouter } from 'next/navigation'
import { useEffect, useState } from 'react'

/**
 * In the admin's live preview, the framed page re-renders on the server after each save of the story
 * (the admin posts a message on save). The admin is this page's own origin, known only in the browser.
 */
export function RefreshOnSave() {
  const router = useRouter()
  const [origin, setOrigin] = useState<string>()
  useEffect(() => setOrigin(window.location.origin), [])
  if (!origin) return null
  return <RefreshRouteOnSave refresh={() => router.refresh()} serverURL={origin} />
}
