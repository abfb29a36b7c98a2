import type { Payload } from 'payload'

import { lexicalRoot, paragraphNode } from '../../collections/lib/lexical'

export const PASSWORD = 'correct horse battery staple'

export type Staff = Record<'admin' | 'author' | 'author2' | 'editor', { id: number | string; email: string }>

/** One user per role, plus a second author to check that authors only touch their own work. */
/** Our four roles' users; `collection` for an app that renamed our users collection. */
export async function createStaff(payload: Payload, collection = 'users'): Promise<Staff> {
  const make = async (key: keyof Staff, roles: string[]) => {
    const email = `${key}@newsroom.test`
    const user = await payload.create({ collection: collection as 'users', data: { email, password: PASSWORD, roles, name: key } as never })
    return { id: user.id, email }
  }
  // The first user becomes an admin whatever it asks for, so the admin goes first.
  const admin = await make('admin', ['admin'])
  return {
    admin,
    editor: await make('editor', ['editor']),
    author: await make('author', ['author']),
    author2: await make('author2', ['author']),
  }
}

export const body = (...paragraphs: string[]) => lexicalRoot(paragraphs.map((text) => paragraphNode(text)))

export async function publishedArticle(payload: Payload, title: string, extra: Record<string, unknown> = {}) {
  return payload.create({
    collection: 'articles',
    data: { title, lead: `${title}: the lead.`, body: body(`${title}: the first paragraph.`), _status: 'published', ...extra } as never,
  })
}

export async function draftArticle(payload: Payload, title: string, extra: Record<string, unknown> = {}) {
  return payload.create({ collection: 'articles', data: { title, _status: 'draft', ...extra } as never, draft: true })
}
