import { APIError, buildVersionCollectionFields, type CollectionBeforeOperationHook, type FlattenedField, type PayloadRequest, type SanitizedCollectionConfig } from 'payload'

import { securityLimits } from '../../../collections/security/limits'
import { bodyShapeProblem, listLengthProblem, nulCharacterProblem, richTextFields } from './body'
import { fieldTypeProblem } from './fieldTypes'
import { integerIdProblem } from '../../../collections/security/input/ids'
import { assertLexical } from '../../../collections/security/input/lexicalField'
import { pagingProblem } from './paging'
import { whereProblem } from './where'

const badRequest = (message: string, path?: string): APIError =>
  new APIError(message, 400, path === undefined ? null : { errors: [{ path, message }] }, true)

type Args = {
  id?: unknown
  data?: unknown
  where?: unknown
  page?: unknown
  limit?: unknown
  joins?: unknown
  req?: PayloadRequest
}

const versionFieldsCache = new WeakMap<object, FlattenedField[]>()

function versionFieldsOf(req: PayloadRequest, collection: SanitizedCollectionConfig): FlattenedField[] {
  let fields = versionFieldsCache.get(collection)
  if (!fields) {
    fields = buildVersionCollectionFields(req.payload.config, collection, true)
    versionFieldsCache.set(collection, fields)
  }
  return fields
}

function assertWhere(req: PayloadRequest, fields: readonly FlattenedField[], where: unknown, label = 'where', fallbackFields?: readonly FlattenedField[]): void {
  const problem = whereProblem(where, {
    fields,
    fallbackFields,
    fieldsOf: (slug) => req.payload.collections[slug as keyof typeof req.payload.collections]?.config.flattenedFields,
    maxDepth: securityLimits().reads.maxWhereDepth,
  })
  if (problem) throw badRequest(label === 'where' ? problem.message : `${label}: ${problem.message}`, problem.path)
}

/** REST's /<collection>/versions routes: Payload's hook says only "read" for them. */
function isVersionsRoute(req: PayloadRequest, slug: string): boolean {
  if (req.payloadAPI !== 'REST' || !req.url) return false
  try {
    return new URL(req.url).pathname.includes(`/${slug}/versions`)
  } catch {
    return false
  }
}

function assertPaging(args: { page?: unknown; limit?: unknown }, label = ''): void {
  for (const name of ['page', 'limit'] as const) {
    const problem = pagingProblem(name, args[name])
    if (problem) throw badRequest(`${label}${problem}`, name)
  }
}

/** `joins[<join field>][where|limit|page]`: each checked against the collection the join reads. */
function assertJoins(req: PayloadRequest, fields: readonly FlattenedField[], joins: unknown): void {
  if (!joins || typeof joins !== 'object') return
  for (const [name, query] of Object.entries(joins)) {
    if (!query || typeof query !== 'object') continue
    const join = fields.find((field) => field.name === name)
    const target = join?.type === 'join' && typeof join.collection === 'string' ? req.payload.collections[join.collection as keyof typeof req.payload.collections] : undefined
    const { where, page, limit } = query as { where?: unknown; page?: unknown; limit?: unknown }
    assertPaging({ page, limit }, `joins.${name}: `)
    if (where !== undefined && target) assertWhere(req, target.config.flattenedFields, where, `joins.${name}.where`)
  }
}

/**
 * Every REST and GraphQL operation's input, checked before it becomes SQL: ids within the integer
 * range, sane page/limit, filters that name real fields with operators and values the PostgreSQL
 * adapter can run, and bodies that are JSON objects without NUL characters, over-long lists or
 * bottomless rich text. What fails is a 400 naming the path; nothing reaches the database.
 * The Local API (seed, importer, jobs) is trusted and not checked here.
 */
export const validateInput: CollectionBeforeOperationHook = ({ args, collection, operation }) => {
  const input = args as Args
  const req = input.req
  if (!req || req.payloadAPI === 'local') return args

  // Serial ids unless the collection declares its own (text ids are looked up as given).
  if (input.id !== undefined && input.id !== null && operation !== 'create' && req.payload.collections[collection.slug as keyof typeof req.payload.collections]?.customIDType !== 'text') {
    const problem = integerIdProblem(input.id)
    // REST has already turned the path segment into a number (NaN): name what the client sent.
    const sent = req.routeParams?.id
    if (problem) throw badRequest((sent !== undefined && integerIdProblem(sent)) || problem, 'id')
  }

  // Payload names the reads of versions "read" too; only countVersions and restoreVersion say so.
  const versions = operation === 'countVersions' || operation === 'restoreVersion'
  // Payload routes /<collection>/versions for every collection, and then queries a table that does not exist.
  if (!collection.versions && (versions || isVersionsRoute(req, collection.slug))) throw new APIError(`"${collection.slug}" keeps no versions`, 404, null, true)
  const versionFields = collection.versions ? versionFieldsOf(req, collection) : undefined
  // `where=null` (REST parses the JSON) or GraphQL's `where: null` mean no filter; drafts' reads assume an object.
  if (input.where === null) input.where = undefined
  if (input.where !== undefined) {
    if (versions && versionFields) assertWhere(req, versionFields, input.where)
    else assertWhere(req, collection.flattenedFields, input.where, 'where', versionFields)
  }
  assertPaging(input)
  if (!versions) assertJoins(req, collection.flattenedFields, input.joins)

  if (operation === 'create' || operation === 'update') {
    const shape = bodyShapeProblem(input.data)
    if (shape) throw badRequest(shape.message)
    const data = input.data as Record<string, unknown>
    const nul = nulCharacterProblem(data)
    if (nul) throw badRequest(nul.message, nul.path)
    const list = listLengthProblem(data, collection.flattenedFields, securityLimits().content.maxListItems)
    if (list) throw badRequest(list.message, list.path)
    const typed = fieldTypeProblem(data, collection.flattenedFields)
    if (typed) throw badRequest(typed.message, typed.path)
    for (const field of richTextFields(collection.flattenedFields)) assertLexical(field.name, (field as { editor?: unknown }).editor, data[field.name])
  } else if (input.data !== undefined && input.data !== null) {
    // Login, password reset and the like carry a body too.
    const nul = nulCharacterProblem(input.data)
    if (nul) throw badRequest(nul.message, nul.path)
  }
  return args
}
