/** The largest value of a PostgreSQL `integer` (the serial ids of every collection). */
export const MAX_INTEGER_ID = 2_147_483_647

/**
 * Null when `value` can be looked up as a serial id; otherwise why not. An id past the column's range
 * reaches PostgreSQL as "out of range for type integer" (a 500) unless it is turned away here.
 */
export function integerIdProblem(value: unknown): null | string {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : null
  if (text === null || !/^\d+$/.test(text)) return `Malformed id ${describe(value)}: ids are whole numbers`
  if (text.length > 10 || Number(text) > MAX_INTEGER_ID) return `Id ${describe(value)} is out of range: ids are whole numbers up to ${MAX_INTEGER_ID}`
  return null
}

/** Like integerIdProblem, but also accepts the negative half of the range, as a filter value may be. */
export function integerValueProblem(value: unknown): null | string {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : null
  if (text === null || !/^-?\d+$/.test(text)) return `${describe(value)} is not a whole number`
  if (Math.abs(Number(text)) > MAX_INTEGER_ID) return `${describe(value)} is out of range (at most ${MAX_INTEGER_ID})`
  return null
}

/** A client's value quoted for a message, cut short so that a huge value makes no huge answer. */
export function describe(value: unknown): string {
  let text: string
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value))
  } catch {
    text = String(value)
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text
}
