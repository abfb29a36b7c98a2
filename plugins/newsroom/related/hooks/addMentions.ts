import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, Payload, PayloadRequest } from 'payload'

import type { MentionsOptions, SanitizedRelatedCollection } from '../../options'
import { plainText } from '../documentText'
import { ENGINE_CONTEXT } from '../engine'
import { findMentions, type KnownPerson, mergeMentions } from '../mentions'

export const MENTIONS_ADDED = 'mentionsAdded'
export const MENTIONS_REMOVED = 'mentionsRemoved'

/** People change rarely and stories are saved often: names are read once and kept until a person changes. */
const cache = new WeakMap<Payload, Promise<KnownPerson[]>>()

export const forgetPeople: CollectionAfterChangeHook = ({ doc, req }) => {
  cache.delete(req.payload)
  return doc
}

function knownPeople(req: PayloadRequest, options: Required<MentionsOptions>): Promise<KnownPerson[]> {
  const payload = req.payload
  let people = cache.get(payload)
  if (!people) {
    people = payload
      .find({
        collection: options.collection as never,
        depth: 0,
        limit: 0,
        pagination: false,
        overrideAccess: true,
        select: { [options.nameField]: true, [options.aliasesField]: true } as never,
        // On the saving request's connection: a query of its own would wait for a free pool
        // connection while every connection is held by saves waiting for this list.
        req,
      })
      .then(({ docs }) =>
        docs.map((doc) => {
          const record = doc as Record<string, unknown>
          const aliases = Array.isArray(record[options.aliasesField]) ? (record[options.aliasesField] as unknown[]) : []
          return { id: String(record.id), names: [record[options.nameField], ...aliases].filter((name): name is string => typeof name === 'string') }
        }),
      )
    people.catch(() => cache.delete(payload))
    cache.set(payload, people)
  }
  return people
}

const ids = (value: unknown): string[] =>
  Array.isArray(value) ? value.map((item) => String(typeof item === 'object' && item ? (item as { id: unknown }).id : item)) : []

const toIds = (values: string[]) => values.map((id) => (/^\d+$/.test(id) ? Number(id) : id))

/**
 * Adds the people a story names to its people. Someone an editor took out after the plugin added
 * them is remembered in `mentionsRemoved` and never added again.
 */
export const addMentions =
  (collection: SanitizedRelatedCollection, options: Required<MentionsOptions>): CollectionBeforeChangeHook =>
  async ({ context, data, originalDoc, req }) => {
    if (context[ENGINE_CONTEXT]) return data
    const { fields } = collection
    const merged = { ...originalDoc, ...data }
    const text = [merged[fields.title], plainText(merged[fields.lead]), plainText(merged[fields.body])].filter(Boolean).join('\n')
    const found = findMentions(text, await knownPeople(req, options), options.minLength)
    const result = mergeMentions({
      people: ids(merged[fields.people]),
      previousPeople: ids(originalDoc?.[fields.people]),
      added: ids(merged[MENTIONS_ADDED]),
      removed: ids(merged[MENTIONS_REMOVED]),
      found,
    })
    return { ...data, [fields.people]: toIds(result.people), [MENTIONS_ADDED]: toIds(result.added), [MENTIONS_REMOVED]: toIds(result.removed) }
  }
