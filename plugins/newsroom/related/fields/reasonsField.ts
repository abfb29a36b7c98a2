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
      // Payload's own check applies these limits (no custom validate here): tags and analysed terms are short.
      { name: 'sharedTags', type: 'text', hasMany: true, maxLength: 100 },
      { name: 'sharedTerms', type: 'text', hasMany: true, maxLength: 100 },
      { name: 'textScore', type: 'number' },
      { name: 'peopleScore', type: 'number' },
      { name: 'tagScore', type: 'number' },
      { name: 'recencyScore', type: 'number' },
    ],
  }
}
