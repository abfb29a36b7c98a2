'use client'

import type { DefaultCellComponentProps } from 'payload'

import { useTranslation } from '@payloadcms/ui'
import React from 'react'

import { localeOf } from './fetchJSON'

/** The list's view count with the editor's thousands separators (11,258), aligned like figures. */
export const ViewsCell: React.FC<DefaultCellComponentProps> = ({ cellData }) => {
  const { i18n } = useTranslation()
  const views = typeof cellData === 'number' ? cellData : Number(cellData ?? 0)
  if (!Number.isFinite(views)) return <span>—</span>
  return (
    <span className="newsroom-views-cell" data-views={views} style={{ fontVariantNumeric: 'tabular-nums' }}>
      {new Intl.NumberFormat(localeOf(i18n.language)).format(views)}
    </span>
  )
}
