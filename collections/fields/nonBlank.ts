/** A required text that says whether it was missing or only whitespace. */
export const nonBlank =
  (what: string) =>
  (value: null | string | undefined): string | true => {
    if (value === null || value === undefined || value === '') return `${what} is required`
    return value.trim().length > 0 || `${what} must not be blank`
  }
