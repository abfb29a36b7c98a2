import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { Pager, pageNumber, StoryList } from '../../../../site/components'
import { loadTag } from '../../../../site/data'
import { tagPath } from '../../../../site/publicUrl'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ tag: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tag = decodeURIComponent((await params).tag)
  return { title: `#${tag}`, alternates: { canonical: tagPath(tag), types: { 'application/rss+xml': `${tagPath(tag)}/feed.xml` } } }
}

export default async function TagPage({ params, searchParams }: Props) {
  const tag = decodeURIComponent((await params).tag)
  const page = pageNumber((await searchParams).page)
  if (page === null || tag.length > 100) notFound()
  const list = (await loadTag(tag, page)).Articles
  if (!list || list.docs.length === 0) notFound()
  return (
    <>
      <h1>#{tag}</h1>
      <StoryList stories={list.docs} />
      <Pager page={page} hasPrev={list.hasPrevPage} hasNext={list.hasNextPage} href={(n) => `${tagPath(tag)}${n === 1 ? '' : `?page=${n}`}`} />
    </>
  )
}
