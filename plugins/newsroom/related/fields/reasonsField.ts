import type { Field, GroupField } from 'payload'

/**
 * Why a link was made, as the engine writes it. Exported so that an app defining its own links
 * collection places the same group; `sharedPeople` is the app's to define (its people collection).
 */
export function reasonsField(sharedPeople: Field): GroupField {
  return {
    name: 'reasons',
    type: 'group',
    admin: { description: 'Why the link was made.' },
    fields: [
      sharedPeople,
      { name: 'sharedTags', type: 'text', hasMany: true },
      { name: 'sharedTerms', type: 'text', hasMany: true },
      { name: 'textScore', type: 'number' },
      { name: 'peopleScore', type: 'number' },
      { name: 'tagScore', type: 'number' },
      { name: 'recencyScore', type: 'number' },
    ],
  }
}
