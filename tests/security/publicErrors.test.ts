// A production build can hand Payload's formatErrors an APIError of another copy of the class, with no
// name: it answers "An unknown error occurred.". The hook puts back what was meant to be public.
import { APIError } from 'payload'

import { keepPublicErrorMessage, UNKNOWN_ERROR_MESSAGE } from '../../src/security/publicErrors'
import { staleSaveMessage } from '../../collections/hooks/editConflicts'

type HookArgs = Parameters<typeof keepPublicErrorMessage>[0]
const run = (error: unknown, result: unknown, extra: Partial<HookArgs> = {}) => keepPublicErrorMessage({ error, result, req: {}, context: {}, ...extra } as unknown as HookArgs)
const unknownAnswer = { errors: [{ message: UNKNOWN_ERROR_MESSAGE }] }

/** What the minified, duplicated class makes: an APIError in all but class identity and name. */
function foreignAPIError(message: string, status: number, data: unknown = null, isPublic = status < 500): Error {
  const error = Object.assign(new Error(message), { status, data, isPublic, isOperational: true })
  error.name = ''
  return error
}

test('a public 409 of ours keeps its message and data', () => {
  const message = staleSaveMessage('article', '2026-01-02T00:00:00.000Z', '2026-01-01T00:00:00.000Z')
  expect(run(foreignAPIError(message, 409, { updatedAt: '2026-01-02T00:00:00.000Z' }), unknownAnswer)).toEqual({
    response: { errors: [{ name: 'APIError', data: { updatedAt: '2026-01-02T00:00:00.000Z' }, message }] },
  })
  expect(run(foreignAPIError('The id must be a whole number', 400), unknownAnswer)).toEqual({ response: { errors: [{ message: 'The id must be a whole number' }] } })
})

test('a server fault, an error not marked public, an answer Payload already formatted and GraphQL are left alone', () => {
  expect(run(foreignAPIError('password=hunter2 in the connection string', 500), unknownAnswer)).toBeUndefined()
  expect(run(foreignAPIError('internal detail', 403, null, false), unknownAnswer)).toBeUndefined()
  expect(run(new Error('plain'), unknownAnswer)).toBeUndefined()
  expect(run(new APIError('Already formatted', 400, null, true), { errors: [{ message: 'Already formatted' }] })).toBeUndefined()
  expect(run(foreignAPIError('conflict', 409), unknownAnswer, { graphqlResult: { message: 'x' } } as Partial<HookArgs>)).toBeUndefined()
})
