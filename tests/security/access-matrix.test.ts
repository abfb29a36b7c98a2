// Who may do what, as one table: every role × create/read/update/delete × every collection and custom
// endpoint, REST and GraphQL, with the cases that used to leak (links to and from drafts, an unpublished
// story, quotes of drafts and of deleted articles, another author's draft, unlock, first registration).
// Each row is one jest case; every request goes through the real route handlers (ApiClient).
import fs from 'node:fs'
import path from 'node:path'

import { REST_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import sharp from 'sharp'

import { ApiClient } from '../helpers/http'
import { body, createStaff, PASSWORD, type Staff } from '../helpers/fixtures'
import { startPayload, type TestPayload } from '../helpers/payload'
import { DEV_LOGIN } from '../../src/seed/onInit'
import { seedAdmin, type SeedLogin } from '../../src/seed/seed'

type Who = 'admin' | 'anonymous' | 'author' | 'editor'
type Op = 'create' | 'delete' | 'read' | 'update'
type Id = number | string

/** The documents every row can point at, made once. Titles double as markers: a read "sees" a document when its marker is in the answer. */
interface World {
  staff: Staff
  article: Record<'mine' | 'otherDraft' | 'published' | 'published2' | 'recompute' | 'unpublished', Id>
  link: Record<'excluded' | 'external' | 'fromDraft' | 'ok' | 'toDraft' | 'toMine' | 'toUnpublished', Id>
  quote: Record<'deleted' | 'mine' | 'otherDraft' | 'published' | 'standalone' | 'unpublished', Id>
  /** Speaker of the quotes above, author of and named in the other author's draft. */
  speaker: Id
  payload: Payload
}

const MARK = {
  published: 'Matrix published story',
  published2: 'Matrix second published story',
  mine: 'Matrix draft of the author',
  otherDraft: 'Matrix SECRET draft of another author',
  unpublished: 'Matrix UNPUBLISHED old headline',
  fromDraft: 'Matrix link FROM a draft',
  external: 'Matrix external page',
  excluded: 'Matrix EXCLUDED link',
  quotePublished: 'Matrix quote of a published story',
  quoteMine: 'Matrix quote of my own draft',
  quoteOther: 'Matrix SECRET quote of another draft',
  quoteUnpublished: 'Matrix quote of an UNPUBLISHED story',
  quoteStandalone: 'Matrix standalone library quote',
  quoteDeleted: 'Matrix quote of a DELETED draft',
} as const

type Request =
  | { method: 'DELETE' | 'GET' | 'PATCH' | 'POST'; path: string; body?: unknown; query?: Record<string, unknown> }
  | { graphql: string }
  /** A multipart upload (Media): a tiny JPEG and the fields as `_payload`. */
  | { upload: 'PATCH' | 'POST'; path: string; data: Record<string, unknown> }

interface Row {
  who: Who
  op: Op
  what: string
  /** The request; may first make a document of its own (deletes, updates that must not disturb the world). */
  send: (w: World) => Promise<Request> | Request
  /** REST status; for GraphQL 200 when the operation answered without errors, else the error's status. */
  status: number
  /** For reads: whether the marker shows in the answer. */
  sees?: [marker: string, visible: boolean]
  /** For refusals that must say why: a pattern the answer matches. */
  says?: RegExp
}

const WIRE_STORY = fs.readFileSync(path.resolve('tests/fixtures/wire/no-quotes.txt'), 'utf8')
const ROLES: Who[] = ['anonymous', 'author', 'editor', 'admin']
const each = (who: Who[], row: Omit<Row, 'status' | 'who'>, status: (who: Who) => number): Row[] => who.map((w) => ({ ...row, who: w, status: status(w) }))
const staffOnly = (ok: number) => (who: Who) => (who === 'editor' || who === 'admin' ? ok : 403)
const writersOnly = (ok: number) => (who: Who) => (who === 'anonymous' ? 403 : ok)
const adminsOnly = (ok: number) => (who: Who) => (who === 'admin' ? ok : 403)

let counter = 0
const unique = (prefix: string) => `${prefix} ${++counter}`

const freshArticle = async (w: World) =>
  (await w.payload.create({ collection: 'articles', data: { title: unique('Matrix disposable'), _status: 'draft' } as never, draft: true })).id
const freshPerson = async (w: World) => (await w.payload.create({ collection: 'people', data: { name: unique('Matrix Person'), kind: 'person' } as never })).id
const freshQuote = async (w: World, article?: Id) =>
  (await w.payload.create({ collection: 'quotes', data: { text: unique('Matrix disposable quote'), attribution: 'a witness', ...(article ? { article } : {}) } as never })).id
const freshLink = async (w: World) => {
  const from = (await w.payload.create({ collection: 'articles', data: { title: unique('Matrix link holder'), _status: 'published', body: body('x') } as never })).id
  return (await w.payload.create({ collection: 'related-links', data: { from, url: 'https://example.com/disposable', headline: unique('Matrix disposable link') } })).id
}
const TINY_JPEG = sharp({ create: { width: 16, height: 12, channels: 3, background: '#4a7' } }).jpeg().toBuffer()
const freshImage = async (w: World) =>
  (await w.payload.create({ collection: 'media', data: { alt: unique('Matrix image') }, file: { data: await TINY_JPEG, mimetype: 'image/jpeg', name: 'matrix.jpg', size: (await TINY_JPEG).length } })).id
const freshUser = async (w: World) => (await w.payload.create({ collection: 'users', data: { email: `${unique('matrix').replace(' ', '-')}@newsroom.test`, password: PASSWORD, roles: ['author'] } as never })).id

/** A fresh account's forgot-password token, as the emailed link would carry it. */
const resetToken = async (w: World) => {
  const { email } = await w.payload.findByID({ collection: 'users', id: await freshUser(w) })
  return (await w.payload.forgotPassword({ collection: 'users', data: { email }, disableEmail: true })) as string
}

const TABLE: Row[] = [
  // ── articles ────────────────────────────────────────────────────────────────────────────────────
  ...each(ROLES, { op: 'create', what: 'articles: a draft', send: () => ({ method: 'POST', path: '/articles', body: { title: unique('Matrix created') }, query: { draft: 'true' } }) }, writersOnly(201)),
  ...each(ROLES, { op: 'read', what: 'articles: a published story', send: (w) => ({ method: 'GET', path: `/articles/${w.article.published}` }), sees: [MARK.published, true] }, () => 200),
  ...each(ROLES, { op: 'read', what: "articles: another author's draft", send: (w) => ({ method: 'GET', path: `/articles/${w.article.otherDraft}`, query: { draft: 'true' } }), sees: [MARK.otherDraft, false] }, staffOnly(200)).map((row) => ({
    ...row,
    sees: [MARK.otherDraft, row.status === 200] as [string, boolean],
    status: row.status === 200 ? 200 : 404,
  })),
  ...each(['anonymous', 'author'], { op: 'read', what: 'articles: an unpublished story', send: (w) => ({ method: 'GET', path: `/articles/${w.article.unpublished}` }), sees: [MARK.unpublished, false] }, () => 404),
  { who: 'author', op: 'read', what: 'articles: their own draft', send: (w) => ({ method: 'GET', path: `/articles/${w.article.mine}`, query: { draft: 'true' } }), status: 200, sees: [MARK.mine, true] },
  { who: 'anonymous', op: 'read', what: 'articles: the list with drafts asked for', send: () => ({ method: 'GET', path: '/articles', query: { draft: 'true', limit: 100 } }), status: 200, sees: [MARK.otherDraft, false] },
  ...each(ROLES, { op: 'update', what: 'articles: a published story of an editor', send: (w) => ({ method: 'PATCH', path: `/articles/${w.article.published}`, body: { lead: unique('Matrix lead') } }) }, staffOnly(200)),
  { who: 'author', op: 'update', what: 'articles: their own draft', send: (w) => ({ method: 'PATCH', path: `/articles/${w.article.mine}`, body: { lead: 'Mine to edit' }, query: { draft: 'true' } }), status: 200 },
  { who: 'author', op: 'update', what: "articles: another author's draft", send: (w) => ({ method: 'PATCH', path: `/articles/${w.article.otherDraft}`, body: { title: 'Stolen' }, query: { draft: 'true' } }), status: 403 },
  ...each(ROLES, { op: 'delete', what: 'articles: a draft', send: async (w) => ({ method: 'DELETE', path: `/articles/${await freshArticle(w)}` }) }, staffOnly(200)),

  // ── media: public assets; writers upload and edit, editors delete ───────────────────────────────
  ...each(ROLES, { op: 'create', what: 'media: an image', send: () => ({ upload: 'POST', path: '/media', data: { alt: unique('Matrix uploaded image') } }) }, writersOnly(201)),
  ...each(ROLES, { op: 'read', what: 'media: an image', send: async (w) => ({ method: 'GET', path: `/media/${await freshImage(w)}` }), sees: ['Matrix image', true] }, () => 200),
  ...each(ROLES, { op: 'update', what: 'media: an image', send: async (w) => ({ method: 'PATCH', path: `/media/${await freshImage(w)}`, body: { caption: 'Recaptioned' } }) }, writersOnly(200)),
  ...each(ROLES, { op: 'delete', what: 'media: an image no story shows', send: async (w) => ({ method: 'DELETE', path: `/media/${await freshImage(w)}` }) }, staffOnly(200)),
  // ── people ──────────────────────────────────────────────────────────────────────────────────────
  ...each(ROLES, { op: 'create', what: 'people: a person', send: () => ({ method: 'POST', path: '/people', body: { name: unique('Matrix New Person'), kind: 'person' } }) }, writersOnly(201)),
  ...each(ROLES, { op: 'read', what: 'people: the list', send: () => ({ method: 'GET', path: '/people', query: { limit: 5 } }) }, () => 200),
  ...each(ROLES, { op: 'update', what: 'people: a person', send: async (w) => ({ method: 'PATCH', path: `/people/${await freshPerson(w)}`, body: { role: 'Mayor' } }) }, writersOnly(200)),
  ...each(ROLES, { op: 'delete', what: 'people: a person nobody names', send: async (w) => ({ method: 'DELETE', path: `/people/${await freshPerson(w)}` }) }, staffOnly(200)),

  // ── quotes ──────────────────────────────────────────────────────────────────────────────────────
  ...each(ROLES, { op: 'create', what: 'quotes: standalone', send: () => ({ method: 'POST', path: '/quotes', body: { text: unique('Matrix said'), attribution: 'an official' } }) }, writersOnly(201)),
  ...each(ROLES, { op: 'create', what: 'quotes: on a published story of an editor', send: (w) => ({ method: 'POST', path: '/quotes', body: { text: unique('Matrix live quote'), attribution: 'x', article: w.article.published } }) }, staffOnly(201)).map(
    (row) => (row.who === 'author' ? { ...row, says: /Authors may only attach quotes to their own draft articles/ } : row),
  ),
  ...each(ROLES, { op: 'create', what: "quotes: on another author's draft", send: (w) => ({ method: 'POST', path: '/quotes', body: { text: unique('Matrix planted quote'), attribution: 'x', article: w.article.otherDraft } }) }, staffOnly(201)).map(
    (row) => (row.who === 'author' ? { ...row, says: /is not yours/ } : row),
  ),
  { who: 'author', op: 'create', what: 'quotes: on their own draft', send: (w) => ({ method: 'POST', path: '/quotes', body: { text: unique('Matrix my quote'), attribution: 'x', article: w.article.mine } }), status: 201 },
  ...each(ROLES, { op: 'read', what: 'quotes: of a published story', send: (w) => ({ method: 'GET', path: `/quotes/${w.quote.published}` }), sees: [MARK.quotePublished, true] }, () => 200),
  ...(['anonymous', 'author', 'editor', 'admin'] as Who[]).map(
    (who): Row => ({ who, op: 'read', what: "quotes: of another author's draft, by id", send: (w) => ({ method: 'GET', path: `/quotes/${w.quote.otherDraft}` }), ...visibleToStaff(who, MARK.quoteOther) }),
  ),
  ...(['anonymous', 'author', 'editor', 'admin'] as Who[]).map(
    (who): Row => ({
      who,
      op: 'read',
      what: "quotes: of another author's draft, by filter",
      send: (w) => ({ method: 'GET', path: '/quotes', query: { where: { article: { equals: w.article.otherDraft } } } }),
      status: 200,
      sees: [MARK.quoteOther, who === 'editor' || who === 'admin'],
    }),
  ),
  ...(['anonymous', 'author', 'editor', 'admin'] as Who[]).map(
    (who): Row => ({ who, op: 'read', what: 'quotes: of an unpublished story', send: (w) => ({ method: 'GET', path: `/quotes/${w.quote.unpublished}` }), ...visibleToStaff(who, MARK.quoteUnpublished) }),
  ),
  ...each(ROLES, { op: 'read', what: 'quotes: of a deleted draft (deleted with it)', send: (w) => ({ method: 'GET', path: `/quotes/${w.quote.deleted}` }), sees: [MARK.quoteDeleted, false] }, () => 404),
  ...(['anonymous', 'author', 'editor', 'admin'] as Who[]).map(
    (who): Row => ({
      who,
      op: 'read',
      what: 'quotes: standalone (the library)',
      send: (w) => ({ method: 'GET', path: `/quotes/${w.quote.standalone}` }),
      status: who === 'anonymous' ? 404 : 200,
      sees: [MARK.quoteStandalone, who !== 'anonymous'],
    }),
  ),
  { who: 'author', op: 'read', what: 'quotes: of their own draft', send: (w) => ({ method: 'GET', path: `/quotes/${w.quote.mine}` }), status: 200, sees: [MARK.quoteMine, true] },
  { who: 'anonymous', op: 'read', what: 'quotes: the whole list', send: () => ({ method: 'GET', path: '/quotes', query: { limit: 100 } }), status: 200, sees: [MARK.quoteOther, false] },
  { who: 'anonymous', op: 'read', what: 'quotes: the whole list, standalone ones', send: () => ({ method: 'GET', path: '/quotes', query: { limit: 100 } }), status: 200, sees: [MARK.quoteStandalone, false] },
  { who: 'anonymous', op: 'read', what: 'quotes: the whole list, published ones', send: () => ({ method: 'GET', path: '/quotes', query: { limit: 100 } }), status: 200, sees: [MARK.quotePublished, true] },
  ...each(ROLES, { op: 'update', what: 'quotes: of a published story', send: async (w) => ({ method: 'PATCH', path: `/quotes/${await freshQuote(w, w.article.published)}`, body: { source: 'Edited' } }) }, staffOnly(200)),
  ...each(ROLES, { op: 'update', what: "quotes: of another author's draft", send: async (w) => ({ method: 'PATCH', path: `/quotes/${await freshQuote(w, w.article.otherDraft)}`, body: { source: 'Edited' } }) }, staffOnly(200)),
  ...each(ROLES, { op: 'update', what: 'quotes: standalone', send: async (w) => ({ method: 'PATCH', path: `/quotes/${await freshQuote(w)}`, body: { source: 'Edited' } }) }, writersOnly(200)),
  ...each(ROLES, { op: 'update', what: 'quotes: standalone, moved onto a published story', send: async (w) => ({ method: 'PATCH', path: `/quotes/${await freshQuote(w)}`, body: { article: w.article.published } }) }, staffOnly(200)),
  { who: 'author', op: 'update', what: 'quotes: of their own draft', send: async (w) => ({ method: 'PATCH', path: `/quotes/${await freshQuote(w, w.article.mine)}`, body: { source: 'Mine' } }), status: 200 },
  ...each(ROLES, { op: 'delete', what: 'quotes: standalone', send: async (w) => ({ method: 'DELETE', path: `/quotes/${await freshQuote(w)}` }) }, staffOnly(200)),

  // ── related-links ───────────────────────────────────────────────────────────────────────────────
  ...each(ROLES, { op: 'create', what: 'related-links: an external link', send: (w) => ({ method: 'POST', path: '/related-links', body: { from: w.article.published2, url: `https://example.com/${++counter}` } }) }, staffOnly(201)),
  ...each(ROLES, { op: 'read', what: 'related-links: between published stories', send: (w) => ({ method: 'GET', path: `/related-links/${w.link.ok}` }), sees: [MARK.published2, true] }, () => 200),
  ...each(ROLES, { op: 'read', what: 'related-links: to an external page', send: (w) => ({ method: 'GET', path: `/related-links/${w.link.external}` }), sees: [MARK.external, true] }, () => 200),
  ...(ROLES.map((who): Row => ({ who, op: 'read', what: "related-links: to another author's draft, by id", send: (w) => ({ method: 'GET', path: `/related-links/${w.link.toDraft}` }), ...visibleToStaff(who, MARK.otherDraft) }))),
  ...(ROLES.map(
    (who): Row => ({
      who,
      op: 'read',
      what: "related-links: to another author's draft, by filter",
      send: (w) => ({ method: 'GET', path: '/related-links', query: { where: { to: { equals: w.article.otherDraft } } } }),
      status: 200,
      sees: [MARK.otherDraft, who === 'editor' || who === 'admin'],
    }),
  )),
  ...(ROLES.map((who): Row => ({ who, op: 'read', what: "related-links: from another author's draft", send: (w) => ({ method: 'GET', path: `/related-links/${w.link.fromDraft}` }), ...visibleToStaff(who, MARK.fromDraft) }))),
  ...(ROLES.map((who): Row => ({ who, op: 'read', what: 'related-links: to an unpublished story', send: (w) => ({ method: 'GET', path: `/related-links/${w.link.toUnpublished}` }), ...visibleToStaff(who, MARK.unpublished) }))),
  ...(ROLES.map((who): Row => ({ who, op: 'read', what: 'related-links: excluded by an editor', send: (w) => ({ method: 'GET', path: `/related-links/${w.link.excluded}` }), ...visibleToStaff(who, MARK.excluded) }))),
  { who: 'author', op: 'read', what: 'related-links: to their own draft', send: (w) => ({ method: 'GET', path: `/related-links/${w.link.toMine}` }), status: 200, sees: [MARK.mine, true] },
  ...each(ROLES, { op: 'update', what: 'related-links: a link', send: async (w) => ({ method: 'PATCH', path: `/related-links/${await freshLink(w)}`, body: { order: 3 } }) }, staffOnly(200)),
  ...each(ROLES, { op: 'delete', what: 'related-links: a link', send: async (w) => ({ method: 'DELETE', path: `/related-links/${await freshLink(w)}` }) }, staffOnly(200)),

  // ── users ───────────────────────────────────────────────────────────────────────────────────────
  ...each(ROLES, { op: 'create', what: 'users: an account', send: () => ({ method: 'POST', path: '/users', body: { email: `${unique('created').replace(' ', '-')}@newsroom.test`, password: PASSWORD } }) }, adminsOnly(201)),
  { who: 'admin', op: 'create', what: 'users: an account with a 3-character password', send: () => ({ method: 'POST', path: '/users', body: { email: 'short@newsroom.test', password: 'abc' } }), status: 400 },
  ...each(ROLES, { op: 'read', what: "users: the editor's account", send: (w) => ({ method: 'GET', path: `/users/${w.staff.editor.id}` }), sees: [' ', true] }, (who) => (who === 'anonymous' ? 403 : who === 'author' ? 404 : 200)).map((row) => ({
    ...row,
    sees: ['editor@newsroom.test', row.status === 200] as [string, boolean],
  })),
  ...each(['author'], { op: 'read', what: 'users: their own account', send: (w) => ({ method: 'GET', path: `/users/${w.staff.author.id}` }), sees: ['author@newsroom.test', true] }, () => 200),
  ...each(ROLES, { op: 'update', what: 'users: another account', send: async (w) => ({ method: 'PATCH', path: `/users/${await freshUser(w)}`, body: { name: 'Renamed' } }) }, adminsOnly(200)),
  { who: 'author', op: 'update', what: 'users: their own name', send: (w) => ({ method: 'PATCH', path: `/users/${w.staff.author.id}`, body: { name: 'Author' } }), status: 200 },
  { who: 'author', op: 'update', what: 'users: their own password, too short', send: (w) => ({ method: 'PATCH', path: `/users/${w.staff.author.id}`, body: { password: 'short' } }), status: 400 },
  ...each(['anonymous'], { op: 'update', what: 'users: reset a password with a token, too short', send: async (w) => ({ method: 'POST', path: '/users/reset-password', body: { token: await resetToken(w), password: 'short' } }), says: /at least 12 characters/ }, () => 400),
  ...each(['anonymous'], { op: 'update', what: 'users: reset a password with a token', send: async (w) => ({ method: 'POST', path: '/users/reset-password', body: { token: await resetToken(w), password: 'a long new passphrase' } }) }, () => 200),
  ...each(ROLES, { op: 'delete', what: 'users: an account', send: async (w) => ({ method: 'DELETE', path: `/users/${await freshUser(w)}` }) }, adminsOnly(200)),
  ...each(ROLES, { op: 'update', what: 'users: unlock an account (POST /api/users/unlock)', send: async (w) => ({ method: 'POST', path: '/users/unlock', body: { email: (await w.payload.findByID({ collection: 'users', id: await freshUser(w) })).email } }) }, adminsOnly(200)),
  ...each(ROLES, { op: 'create', what: 'users: first registration when users exist', send: () => ({ method: 'POST', path: '/users/first-register', body: { email: 'late@newsroom.test', password: PASSWORD } }) }, () => 403),

  // ── joins and duplicates, versions and bulk writes ─────────────────────────────────────────────
  ...each(['anonymous', 'author'], { op: 'read', what: "people: a speaker's quotes join (quotes of a draft)", send: (w) => ({ method: 'GET', path: `/people/${w.speaker}`, query: { depth: 1 } }), sees: [MARK.quoteOther, false] }, () => 200),
  ...each(['anonymous'], { op: 'read', what: "people: a speaker's quotes join (standalone quotes)", send: (w) => ({ method: 'GET', path: `/people/${w.speaker}`, query: { depth: 1 } }), sees: [MARK.quoteStandalone, false] }, () => 200),
  ...each(['anonymous', 'author'], { op: 'read', what: "people: a person's articles joins (a draft)", send: (w) => ({ method: 'GET', path: `/people/${w.speaker}`, query: { depth: 1 } }), sees: [MARK.otherDraft, false] }, () => 200),
  ...each(ROLES, { op: 'read', what: "people: a speaker's quotes join (published)", send: (w) => ({ method: 'GET', path: `/people/${w.speaker}`, query: { depth: 1 } }), sees: [MARK.quotePublished, true] }, () => 200),
  ...each(['anonymous', 'author'], { op: 'read', what: 'GraphQL Person.quotes join', send: (w) => ({ graphql: `{ Person(id: ${w.speaker}) { quotes { docs { text } } mentionedIn { docs { title } } } }` }), sees: [MARK.quoteOther, false] }, () => 200),
  ...each(ROLES, { op: 'read', what: 'articles: versions of an unpublished story', send: (w) => ({ method: 'GET', path: '/articles/versions', query: { where: { parent: { equals: w.article.unpublished } } } }), sees: [MARK.unpublished, false] }, staffOnly(200)).map((row) => ({
    ...row,
    sees: [MARK.unpublished, row.status === 200] as [string, boolean],
  })),
  ...each(['author'], { op: 'create', what: "articles: duplicate another author's draft", send: (w) => ({ method: 'POST', path: `/articles/${w.article.otherDraft}/duplicate`, body: {} }), sees: [MARK.otherDraft, false] }, () => 403),
  ...each(['author'], { op: 'create', what: "quotes: duplicate a quote of another author's draft", send: (w) => ({ method: 'POST', path: `/quotes/${w.quote.otherDraft}/duplicate`, body: {} }), sees: [MARK.quoteOther, false] }, () => 403),
  ...each(['author'], { op: 'update', what: 'quotes: bulk edit of every quote', send: () => ({ method: 'PATCH', path: '/quotes', body: { source: 'Bulk' }, query: { where: { id: { exists: true } } } }), sees: [MARK.quoteOther, false] }, () => 200),
  // A bulk update answers 400 listing each document it could not change, with the reason.
  ...each(['author'], { op: 'update', what: 'quotes: bulk move of a standalone quote onto a published story', send: async (w) => ({ method: 'PATCH', path: '/quotes', body: { article: w.article.published }, query: { where: { id: { equals: await freshQuote(w) } } } }), says: /own draft articles: article \d+ is not yours/ }, () => 400),
  ...each(['anonymous', 'author'], { op: 'read', what: "articles: filtered by their creator's email (users are not theirs to read)", send: () => ({ method: 'GET', path: '/articles', query: { where: { 'createdBy.email': { like: 'editor@' } } } }), sees: [MARK.published, false], says: /cannot be queried/ }, () => 400),
  ...each(ROLES, { op: 'read', what: "articles: who created a published story", send: (w) => ({ method: 'GET', path: `/articles/${w.article.published}`, query: { depth: 0 } }), sees: ['"createdBy"', false] }, () => 200).map((row) => ({
    ...row,
    sees: ['"createdBy"', row.who === 'editor' || row.who === 'admin'] as [string, boolean],
  })),
  ...each(['author'], { op: 'read', what: 'articles: who created their own draft', send: (w) => ({ method: 'GET', path: `/articles/${w.article.mine}`, query: { depth: 0, draft: 'true' } }), sees: ['"createdBy"', true] }, () => 200),
  ...each(['anonymous'], { op: 'read', what: "related-links: filtered by a draft target's title", send: () => ({ method: 'GET', path: '/related-links', query: { where: { 'to.title': { like: 'SECRET' } } } }), sees: [MARK.otherDraft, false] }, () => 200),
  ...each(['author'], { op: 'delete', what: 'articles: bulk delete', send: () => ({ method: 'DELETE', path: '/articles', query: { where: { id: { exists: true } } } }) }, () => 403),

  // ── Payload's own collections ───────────────────────────────────────────────────────────────────
  ...each(ROLES, { op: 'read', what: 'payload-jobs: the queue', send: () => ({ method: 'GET', path: '/payload-jobs' }) }, () => 403),
  ...each(ROLES, { op: 'create', what: 'payload-jobs: a job', send: () => ({ method: 'POST', path: '/payload-jobs', body: { taskSlug: 'x' } }) }, () => 403),
  // Payload's own endpoint answers 401 with `{ message }` to everyone its access refuses.
  ...each(ROLES, { op: 'update', what: 'payload-jobs: run the queue (GET /api/payload-jobs/run)', send: () => ({ method: 'GET', path: '/payload-jobs/run' }) }, (who) => (who === 'editor' || who === 'admin' ? 200 : 401)),
  ...each(['anonymous'], { op: 'read', what: 'payload-locked-documents', send: () => ({ method: 'GET', path: '/payload-locked-documents' }) }, () => 403),
  ...each(['anonymous'], { op: 'read', what: 'payload-preferences', send: () => ({ method: 'GET', path: '/payload-preferences' }) }, () => 403),

  // ── custom endpoints ────────────────────────────────────────────────────────────────────────────
  ...each(ROLES, { op: 'create', what: 'POST /api/articles/import (dry run)', send: () => ({ method: 'POST', path: '/articles/import', body: { text: WIRE_STORY, dryRun: true } }) }, writersOnly(200)),
  ...each(ROLES, { op: 'read', what: 'GET /api/articles/related/:id, links to drafts', send: (w) => ({ method: 'GET', path: `/articles/related/${w.article.published}` }), sees: [MARK.otherDraft, false] }, () => 200).map((row) => ({
    ...row,
    sees: [MARK.otherDraft, row.who === 'editor' || row.who === 'admin'] as [string, boolean],
  })),
  ...each(['anonymous', 'author'], { op: 'read', what: 'GET /api/articles/related/:id, a link to an unpublished story', send: (w) => ({ method: 'GET', path: `/articles/related/${w.article.published}` }), sees: [MARK.unpublished, false] }, () => 200),
  ...each(ROLES, { op: 'read', what: 'GET /api/articles/related/:id, published links', send: (w) => ({ method: 'GET', path: `/articles/related/${w.article.published}` }), sees: [MARK.published2, true] }, () => 200),
  ...each(['anonymous', 'author'], { op: 'read', what: "GET /api/articles/related/:id of another author's draft", send: (w) => ({ method: 'GET', path: `/articles/related/${w.article.otherDraft}` }), sees: [MARK.fromDraft, false] }, () => 404),
  ...each(ROLES, { op: 'update', what: 'POST /api/articles/related/:id/recompute', send: (w) => ({ method: 'POST', path: `/articles/related/${w.article.recompute}/recompute`, body: {} }) }, staffOnly(200)),
  ...each(ROLES, { op: 'read', what: 'GET /api/articles/most-read', send: () => ({ method: 'GET', path: '/articles/most-read', query: { period: 'all' } }), sees: [MARK.otherDraft, false] }, () => 200),
  ...each(ROLES, { op: 'read', what: 'GET /api/articles/:id/views/daily of a published story', send: (w) => ({ method: 'GET', path: `/articles/${w.article.published}/views/daily` }) }, () => 200),
  ...each(ROLES, { op: 'read', what: "GET /api/articles/:id/views/daily of another author's draft", send: (w) => ({ method: 'GET', path: `/articles/${w.article.otherDraft}/views/daily` }) }, staffOnly(200)).map((row) => ({
    ...row,
    status: row.status === 200 ? 200 : 404,
  })),
  ...each(['anonymous'], { op: 'create', what: 'POST /api/articles/:id/view of a published story', send: (w) => ({ method: 'POST', path: `/articles/${w.article.published}/view` }) }, () => 202),

  // ── GraphQL ─────────────────────────────────────────────────────────────────────────────────────
  ...(ROLES.map(
    (who): Row => ({
      who,
      op: 'read',
      what: 'GraphQL relatedArticles: links to drafts',
      send: (w) => ({ graphql: `{ relatedArticles(id: "${w.article.published}", limit: 50) { headline to { title } } }` }),
      status: 200,
      sees: [MARK.otherDraft, who === 'editor' || who === 'admin'],
    }),
  )),
  ...each(['anonymous', 'author'], { op: 'read', what: 'GraphQL relatedArticles: a link to an unpublished story', send: (w) => ({ graphql: `{ relatedArticles(id: "${w.article.published}", limit: 50) { headline } }` }), sees: [MARK.unpublished, false] }, () => 200),
  ...each(ROLES, { op: 'read', what: 'GraphQL relatedArticles: published links', send: (w) => ({ graphql: `{ relatedArticles(id: "${w.article.published}", limit: 50) { headline } }` }), sees: [MARK.published2, true] }, () => 200),
  ...(ROLES.map(
    (who): Row => ({
      who,
      op: 'read',
      what: 'GraphQL Article.relatedLinks join: links to drafts',
      send: (w) => ({ graphql: `{ Article(id: ${w.article.published}) { title relatedLinks(limit: 50) { docs { headline } } } }` }),
      status: 200,
      sees: [MARK.otherDraft, who === 'editor' || who === 'admin'],
    }),
  )),
  ...each(['anonymous', 'author'], { op: 'read', what: 'GraphQL Article.relatedLinks join: an unpublished story', send: (w) => ({ graphql: `{ Article(id: ${w.article.published}) { relatedLinks(limit: 50) { docs { headline } } } }` }), sees: [MARK.unpublished, false] }, () => 200),
  ...each(ROLES, { op: 'read', what: 'REST Article.relatedLinks join: published links', send: (w) => ({ method: 'GET', path: `/articles/${w.article.published}`, query: { depth: 1 } }), sees: [MARK.published2, true] }, () => 200),
  ...each(['anonymous', 'author'], { op: 'read', what: 'REST Article.relatedLinks join: links to drafts', send: (w) => ({ method: 'GET', path: `/articles/${w.article.published}`, query: { depth: 1 } }), sees: [MARK.otherDraft, false] }, () => 200),
  ...each(['anonymous', 'author'], { op: 'read', what: 'GraphQL RelatedLinks: links to drafts', send: () => ({ graphql: '{ RelatedLinks(limit: 100) { docs { headline } } }' }), sees: [MARK.otherDraft, false] }, () => 200),
  ...each(['anonymous', 'author'], { op: 'read', what: 'GraphQL Quotes: quotes of drafts', send: () => ({ graphql: '{ Quotes(limit: 100) { docs { text } } }' }), sees: [MARK.quoteOther, false] }, () => 200),
  ...each(['anonymous'], { op: 'read', what: 'GraphQL Quotes: standalone quotes', send: () => ({ graphql: '{ Quotes(limit: 100) { docs { text } } }' }), sees: [MARK.quoteStandalone, false] }, () => 200),
  ...each(ROLES, { op: 'create', what: 'GraphQL createQuote on a published story', send: (w) => ({ graphql: `mutation { createQuote(data: { text: "${unique('Matrix gql quote')}", attribution: "x", article: ${w.article.published} }) { id } }` }) }, staffOnly(200)),
  ...each(ROLES, { op: 'create', what: 'GraphQL createArticle', send: () => ({ graphql: `mutation { createArticle(data: { title: "${unique('Matrix gql article')}" }, draft: true) { id } }` }) }, writersOnly(200)),
  ...each(ROLES, { op: 'update', what: 'GraphQL unlockUser', send: async (w) => ({ graphql: `mutation { unlockUser(email: "${(await w.payload.findByID({ collection: 'users', id: await freshUser(w) })).email}") }` }) }, adminsOnly(200)),
  ...(ROLES.map(
    (who): Row => ({
      who,
      op: 'read',
      what: "GraphQL Quote(id) of another author's draft",
      send: (w) => ({ graphql: `{ Quote(id: ${w.quote.otherDraft}) { text } }` }),
      // GraphQL answers a document the reader may not see with a not-found error.
      status: who === 'editor' || who === 'admin' ? 200 : 404,
      sees: [MARK.quoteOther, who === 'editor' || who === 'admin'],
    }),
  )),
  ...each(ROLES, { op: 'update', what: "GraphQL updateQuote of another author's draft", send: async (w) => ({ graphql: `mutation { updateQuote(id: ${await freshQuote(w, w.article.otherDraft)}, data: { source: "x" }) { id } }` }) }, staffOnly(200)),
  ...each(ROLES, { op: 'update', what: "GraphQL updateArticle of another author's draft", send: (w) => ({ graphql: `mutation { updateArticle(id: ${w.article.otherDraft}, data: { lead: "x" }, draft: true) { id } }` }) }, staffOnly(200)),
  ...each(ROLES, { op: 'delete', what: 'GraphQL deleteArticle', send: async (w) => ({ graphql: `mutation { deleteArticle(id: ${await freshArticle(w)}) { id } }` }) }, staffOnly(200)),
  ...each(ROLES, { op: 'create', what: 'GraphQL createRelatedLink', send: (w) => ({ graphql: `mutation { createRelatedLink(data: { from: ${w.article.published2}, url: "https://example.com/gql-${++counter}" }) { id } }` }) }, staffOnly(200)),
  ...each(ROLES, { op: 'read', what: 'GraphQL Users', send: () => ({ graphql: '{ Users(where: { email: { equals: "editor@newsroom.test" } }) { docs { email } } }' }), sees: ['editor@newsroom.test', false] }, () => 200).map((row) => ({
    ...row,
    status: row.who === 'anonymous' ? 403 : 200,
    sees: ['editor@newsroom.test', row.who === 'editor' || row.who === 'admin'] as [string, boolean],
  })),
  ...each(ROLES, { op: 'delete', what: 'GraphQL deleteQuote', send: async (w) => ({ graphql: `mutation { deleteQuote(id: ${await freshQuote(w)}) { id } }` }) }, staffOnly(200)),
]

/** A document only editors and admins may see: 200 and visible for them, 404 and hidden for the rest. */
function visibleToStaff(who: Who, marker: string): Pick<Row, 'sees' | 'status'> {
  const staff = who === 'editor' || who === 'admin'
  return { status: staff ? 200 : 404, sees: [marker, staff] }
}

let t: TestPayload
let world: World
const clients = {} as Record<Who, ApiClient>

async function makeWorld(payload: Payload, staff: Staff): Promise<World> {
  const as = async (key: keyof Staff) => ({ ...(await payload.findByID({ collection: 'users', id: staff[key].id })), collection: 'users' as const })
  const editor = await as('editor')
  const create = async (title: string, status: 'draft' | 'published', user: Awaited<ReturnType<typeof as>>) =>
    (await payload.create({ collection: 'articles', data: { title, lead: `${title}.`, body: body(`${title}.`), _status: status } as never, draft: status === 'draft', user })).id

  const speaker = (await payload.create({ collection: 'people', data: { name: 'Matrix Speaker', kind: 'person' } as never })).id
  const published = await create(MARK.published, 'published', editor)
  const published2 = await create(MARK.published2, 'published', editor)
  const recompute = await create('Matrix story recomputed', 'published', editor)
  const mine = await create(MARK.mine, 'draft', await as('author'))
  const otherDraft = await create(MARK.otherDraft, 'draft', await as('author2'))
  await payload.update({ collection: 'articles', id: otherDraft, data: { author: speaker, people: [speaker] } as never, draft: true, overrideAccess: true })
  // The most read of all, if it leaked into most-read.
  await payload.update({ collection: 'articles', id: otherDraft, data: { views: 1_000_000 }, overrideAccess: true })
  const unpublished = await create(MARK.unpublished, 'published', editor)
  const deletedDraft = await create('Matrix draft deleted later', 'draft', await as('author2'))

  const link = async (data: Record<string, unknown>) => (await payload.create({ collection: 'related-links', data: data as never })).id
  const quote = async (text: string, article?: Id) =>
    (await payload.create({ collection: 'quotes', data: { text, attribution: 'a source', speaker, ...(article ? { article } : {}) } as never })).id
  const world: World = {
    payload,
    staff,
    speaker,
    article: { published, published2, recompute, mine, otherDraft, unpublished },
    link: {
      ok: await link({ from: published, to: published2 }),
      toDraft: await link({ from: published, to: otherDraft }),
      fromDraft: await link({ from: otherDraft, to: published2, headline: MARK.fromDraft }),
      toUnpublished: await link({ from: published, to: unpublished }),
      external: await link({ from: published, url: 'https://example.com/page', headline: MARK.external }),
      excluded: await link({ from: published2, to: published, excluded: true, headline: MARK.excluded }),
      toMine: await link({ from: published2, to: mine }),
    },
    quote: {
      published: await quote(MARK.quotePublished, published),
      mine: await quote(MARK.quoteMine, mine),
      otherDraft: await quote(MARK.quoteOther, otherDraft),
      unpublished: await quote(MARK.quoteUnpublished, unpublished),
      standalone: await quote(MARK.quoteStandalone),
      deleted: await quote(MARK.quoteDeleted, deletedDraft),
    },
  }
  // Published, then taken back: every link and quote must forget it at once.
  await payload.update({ collection: 'articles', id: unpublished, data: { _status: 'draft' }, user: editor })
  await payload.delete({ collection: 'articles', id: deletedDraft, user: editor })
  return world
}

beforeAll(async () => {
  t = await startPayload()
  const staff = await createStaff(t.payload)
  clients.anonymous = new ApiClient(t.config)
  clients.author = await ApiClient.login(t.config, staff.author.email, PASSWORD)
  clients.editor = await ApiClient.login(t.config, staff.editor.email, PASSWORD)
  clients.admin = await ApiClient.login(t.config, staff.admin.email, PASSWORD)
  world = await makeWorld(t.payload, staff)
})
afterAll(async () => t?.close())

async function send(client: ApiClient, request: Request): Promise<{ status: number; text: string; body: any }> {
  if ('graphql' in request) {
    const { status, body } = await client.graphql(request.graphql)
    const error = body.errors?.[0]
    const answered = status === 200 && !error ? 200 : (error?.extensions?.statusCode ?? (/not allowed/i.test(error?.message ?? '') ? 403 : status === 200 ? 400 : status))
    return { status: answered, text: JSON.stringify(body), body }
  }
  if ('upload' in request) {
    const form = new FormData()
    const jpeg = await TINY_JPEG
    form.append('file', new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }), 'matrix-upload.jpg')
    form.append('_payload', JSON.stringify(request.data))
    const { status, body } = await client.upload(request.upload, request.path, form)
    return { status, text: JSON.stringify(body), body }
  }
  const { status, body } = await client.request(request.method, request.path, request.body, request.query)
  return { status, text: JSON.stringify(body), body }
}

describe('access matrix', () => {
  test('the table covers every role and operation for every collection', () => {
    for (const collection of ['articles', 'media', 'people', 'quotes', 'related-links', 'users']) {
      for (const op of ['create', 'read', 'update', 'delete'] as Op[]) {
        const who = new Set(TABLE.filter((row) => row.op === op && row.what.startsWith(`${collection}:`)).map((row) => row.who))
        expect({ collection, op, who: [...who].sort() }).toEqual({ collection, op, who: [...ROLES].sort() })
      }
    }
  })

  test.each(TABLE)('$who $op $what → $status', async (row) => {
    const request = await row.send(world)
    const answer = await send(clients[row.who], request)
    expect({ status: answer.status, error: answer.status >= 400 ? answer.body?.errors?.[0]?.message : undefined }).toMatchObject({ status: row.status })
    if (answer.status >= 400 && !('graphql' in request)) {
      // Every refusal is JSON that says what was wrong.
      expect(answer.body.errors?.[0]?.message ?? answer.body.message).toEqual(expect.any(String))
    }
    if (row.says) expect(answer.text).toMatch(row.says)
    if (row.sees) expect({ marker: row.sees[0], visible: answer.text.includes(row.sees[0]) }).toEqual({ marker: row.sees[0], visible: row.sees[1] })
  })
})

// On an empty database the first account becomes the admin. In production that takes the setup secret.
describe('first registration', () => {
  const SECRET = 'matrix-setup-secret-0123456789'
  interface RegistrationRow {
    mode: 'development' | 'production'
    secretSet: boolean
    sends: 'field' | 'header' | 'nothing' | 'wrong'
    password: string
    status: number
    message?: RegExp
  }
  const LONG = 'a long enough password'
  const REGISTRATION: RegistrationRow[] = [
    { mode: 'development', secretSet: false, sends: 'nothing', password: LONG, status: 200 },
    { mode: 'development', secretSet: false, sends: 'nothing', password: 'abc', status: 400, message: /at least 12 characters/ },
    { mode: 'production', secretSet: false, sends: 'nothing', password: LONG, status: 403, message: /npm run seed/ },
    { mode: 'production', secretSet: false, sends: 'header', password: LONG, status: 403, message: /NEWSROOM_SETUP_SECRET/ },
    { mode: 'production', secretSet: true, sends: 'nothing', password: LONG, status: 403, message: /setup secret/ },
    { mode: 'production', secretSet: true, sends: 'wrong', password: LONG, status: 403, message: /setup secret/ },
    { mode: 'production', secretSet: true, sends: 'header', password: 'abc', status: 400, message: /at least 12 characters/ },
    { mode: 'production', secretSet: true, sends: 'header', password: LONG, status: 200 },
    { mode: 'production', secretSet: true, sends: 'field', password: LONG, status: 200 },
  ]

  test.each(REGISTRATION)('$mode, secret set: $secretSet, sends $sends, password "$password" → $status', async (row) => {
    await t.payload.delete({ collection: 'users', where: { id: { exists: true } } })
    const env = process.env as Record<string, string | undefined>
    const saved = { NODE_ENV: env.NODE_ENV, NEWSROOM_SETUP_SECRET: env.NEWSROOM_SETUP_SECRET }
    env.NODE_ENV = row.mode
    if (row.secretSet) env.NEWSROOM_SETUP_SECRET = SECRET
    else delete env.NEWSROOM_SETUP_SECRET
    try {
      const headers: Record<string, string> = { 'Content-Type': 'application/json' }
      if (row.sends === 'header') headers['X-Newsroom-Setup-Secret'] = SECRET
      if (row.sends === 'wrong') headers['X-Newsroom-Setup-Secret'] = 'guess'
      const data = { email: 'first@newsroom.test', password: row.password, ...(row.sends === 'field' ? { setupSecret: SECRET } : {}) }
      const request = new Request('http://localhost:3000/api/users/first-register', { method: 'POST', headers, body: JSON.stringify(data) })
      const response = await REST_POST(t.config)(request, { params: Promise.resolve({ slug: ['users', 'first-register'] }) })
      const answer = await response.json()
      expect({ status: response.status, message: answer.errors?.[0]?.message }).toMatchObject({ status: row.status })
      if (row.message) expect(answer.errors[0].message).toMatch(row.message)
      const users = await t.payload.find({ collection: 'users', depth: 0 })
      if (row.status === 200) {
        expect(users.docs.map((user) => ({ email: user.email, roles: user.roles }))).toEqual([{ email: 'first@newsroom.test', roles: ['admin'] }])
        expect(JSON.stringify(users.docs[0])).not.toContain(SECRET)
      } else {
        expect(users.totalDocs).toBe(0)
      }
    } finally {
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete env[key]
        else env[key] = value
      }
    }
  })
})

// The other way to the first admin: the seed on the server (Local API). Its development login is let
// through outside production only; any other login is held to the password policy.
describe('the seed makes the first admin', () => {
  const SEEDS: Array<{ mode: 'development' | 'production'; login: SeedLogin; made: boolean }> = [
    { mode: 'development', login: { ...DEV_LOGIN, development: true }, made: true },
    { mode: 'production', login: { ...DEV_LOGIN, development: true }, made: false },
    { mode: 'development', login: { email: 'short@newsroom.test', password: 'newsroom' }, made: false },
    { mode: 'production', login: { email: 'ops@newsroom.test', password: 'a long production passphrase' }, made: true },
  ]

  test.each(SEEDS)('$mode, $login.email with a $login.password.length-character password → made: $made', async (row) => {
    await t.payload.delete({ collection: 'users', where: { id: { exists: true } } })
    const env = process.env as Record<string, string | undefined>
    const saved = env.NODE_ENV
    env.NODE_ENV = row.mode
    try {
      const outcome = await seedAdmin(t.payload, row.login).then(
        () => 'made',
        (error: Error) => error.message,
      )
      if (row.made) expect(outcome).toBe('made')
      else expect(outcome).toMatch(/at least 12 characters/)
      expect((await t.payload.count({ collection: 'users', where: { email: { equals: row.login.email } } })).totalDocs).toBe(row.made ? 1 : 0)
    } finally {
      if (saved === undefined) delete env.NODE_ENV
      else env.NODE_ENV = saved
    }
  })
})
