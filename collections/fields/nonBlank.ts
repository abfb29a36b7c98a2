import { checkLength } from './lengthLimits'

/**
 * A required text that says whether it was missing or only whitespace, and then gets Payload's own
 * checks of the field (its `maxLength` above all), which a custom `validate` would otherwise replace.
 */
export const nonBlank =
  (what: string) =>
  async (value: null | string | undefined, options: unknown): Promise<string | true> => {
    if (value === null || value === undefined || value === '') return `${what} is required`
    if (typeof value === 'string' && value.trim().length === 0) return `${what} must not be blank`
    return checkLength(value, options, what)
  }
