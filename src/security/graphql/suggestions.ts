/**
 * graphql-js appends `Did you mean "title"?` to errors about unknown fields, arguments, types and enum
 * values: with introspection off, that still reveals the schema one guess at a time.
 */
export function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean [^?]*\?/g, '')
}

/** The same for every message of a GraphQL answer's `errors`. */
export function stripSuggestions<T extends { errors?: Array<{ message?: unknown }> }>(body: T): T {
  if (!Array.isArray(body.errors)) return body
  return { ...body, errors: body.errors.map((error) => (typeof error?.message === 'string' ? { ...error, message: withoutSuggestions(error.message) } : error)) }
}
