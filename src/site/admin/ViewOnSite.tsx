'use client'

import { useDocumentInfo } from '@payloadcms/ui'
import React from 'react'

/** "View on site" beside the save buttons of a published story: its public page, in a new tab. */
export function ViewOnSite() {
  const { hasPublishedDoc, savedDocumentData } = useDocumentInfo()
  const slug = typeof savedDocumentData?.slug === 'string' ? savedDocumentData.slug : null
  if (!hasPublishedDoc || !slug) return null
  return (
    <a className="btn btn--style-secondary btn--size-medium" href={`/news/${encodeURIComponent(slug)}`} target="_blank" rel="noopener noreferrer" data-testid="view-on-site">
      View on site
    </a>
  )
}
