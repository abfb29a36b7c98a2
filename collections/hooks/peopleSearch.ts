import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook, TextField, Where } from 'payload'

import { normaliseSearchWhere, personSearchText, personTitle } from '../lib/personSearch'

export const SEARCH_TEXT = 'searchText'
export const NAME_AND_ALIASES = 'nameAndAliases'

const nobody = () => false

/** Hidden, computed fields: written by `keepPersonSearchFields` only, never by a client. */
export const personSearchFields = (): TextField[] => [
  {
    // The admin's title of a person (its relationship pickers show and filter by it).
    name: NAME_AND_ALIASES,
    type: 'text',
    label: 'Name and aliases',
    access: { create: nobody, update: nobody },
    admin: { hidden: true, disableListColumn: true, disableListFilter: true },
  },
  {
    name: SEARCH_TEXT,
    type: 'text',
    label: 'Name or alias',
    access: { create: nobody, update: nobody },
    admin: { hidden: true, disableListColumn: true },
  },
]

/** Recomputes both from the name and aliases on every save (a partial update keeps the stored ones it does not send). */
export const keepPersonSearchFields: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const name = 'name' in data ? data.name : originalDoc?.name
  const aliases = 'aliases' in data ? data.aliases : originalDoc?.aliases
  return { ...data, [SEARCH_TEXT]: personSearchText(name, aliases), [NAME_AND_ALIASES]: personTitle(name, aliases) }
}

const SEARCHED = new Set([SEARCH_TEXT, NAME_AND_ALIASES])

/**
 * A `like` on the search text or the title (the list's search, the pickers', an API filter) is
 * compared in normalised form, as typed and transliterated: "Зеленськ", "zelensk" and "Zelénsk" all
 * find "Зеленський".
 */
export const normalisePeopleSearch: CollectionBeforeOperationHook = ({ args }) => {
  // Reads, counts and the list's bulk edits and deletes of "everything matching the search" alike.
  const where = (args as { where?: Record<string, unknown> }).where
  if (!where || typeof where !== 'object') return args
  return { ...args, where: normaliseSearchWhere(where, SEARCHED, SEARCH_TEXT) as Where } as typeof args
}
