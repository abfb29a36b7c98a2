/** Finding people named in a story, and remembering whom an editor took out. Pure. */

export interface KnownPerson {
  id: string
  names: string[]
}

const LETTER = /[\p{L}\p{N}]/u

/** Case-insensitive whole-word search: "Rutte" matches "Rutte's" but "Ann" does not match "Annual". */
function containsWord(haystack: string, needle: string): boolean {
  let from = 0
  for (;;) {
    const at = haystack.indexOf(needle, from)
    if (at === -1) return false
    const before = haystack[at - 1]
    const after = haystack[at + needle.length]
    if ((!before || !LETTER.test(before)) && (!after || !LETTER.test(after) || /['’]/.test(after))) return true
    from = at + 1
  }
}

export function findMentions(text: string, people: KnownPerson[], minLength: number): string[] {
  const haystack = text.toLowerCase()
  return people
    .filter((person) => person.names.some((name) => name.trim().length >= minLength && containsWord(haystack, name.trim().toLowerCase())))
    .map((person) => person.id)
}

export interface MentionState {
  /** The people the document is saved with. */
  people: string[]
  /** The people it had before this save. */
  previousPeople: string[]
  /** Those the plugin added earlier. */
  added: string[]
  /** Those an editor removed after the plugin added them: never added again. */
  removed: string[]
  /** Found in the text now. */
  found: string[]
}

export function mergeMentions(state: MentionState): { people: string[]; added: string[]; removed: string[] } {
  const current = new Set(state.people)
  const removed = new Set(state.removed)
  for (const id of state.added) if (state.previousPeople.includes(id) && !current.has(id)) removed.add(id)
  const added = new Set(state.added.filter((id) => current.has(id)))
  for (const id of state.found) {
    if (!current.has(id) && !removed.has(id)) {
      current.add(id)
      added.add(id)
    }
  }
  return { people: [...current], added: [...added], removed: [...removed] }
}
