import type { PayloadRequest } from 'payload'

import { DATABASE_UNAVAILABLE_MESSAGE, databaseUnavailableAfterError, isDatabaseUnavailable } from '../../src/security/databaseUnavailable'

const withCode = (code: string, message = 'failed') => Object.assign(new Error(message), { code })

describe('telling a database outage from a bad query', () => {
  it('recognises an unreachable or restarting server, however deeply the error is wrapped', () => {
    const refused = withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')
    for (const error of [
      refused,
      withCode('57P01', 'terminating connection due to administrator command'),
      withCode('57P03', 'the database system is starting up'),
      withCode('08006'),
      withCode('53300', 'sorry, too many clients already'),
      new Error('Connection terminated unexpectedly'),
      new Error('timeout exceeded when trying to connect'),
      new Error('Failed query: select 1', { cause: refused }),
      new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')], ''),
      Object.assign(new Error('Unexpected error value'), { thrownValue: { code: 'ECONNREFUSED' } }),
      Object.assign(new Error('wrapped by GraphQL'), { originalError: new Error('Failed query', { cause: refused }) }),
    ]) {
      expect([String(error), isDatabaseUnavailable(error)]).toEqual([String(error), true])
    }
  })

  it('leaves every other error to other handlers', () => {
    for (const error of [
      withCode('22P02', 'invalid input syntax for type integer'),
      withCode('23505', 'duplicate key value violates unique constraint'),
      withCode('57014', 'canceling statement due to statement timeout'),
      new Error('Something else'),
      new Error('Failed query: select 1', { cause: withCode('42P01', 'relation does not exist') }),
      null,
      'ECONNREFUSED',
    ]) {
      expect([String(error), isDatabaseUnavailable(error)]).toEqual([String(error), false])
    }
  })
})

describe('the afterError hook', () => {
  const request = () => ({ responseHeaders: undefined }) as unknown as PayloadRequest
  const refused = new Error('Failed query', { cause: withCode('ECONNREFUSED') })

  it('answers REST with 503, a message that says why, and Retry-After', async () => {
    const req = request()
    expect(await databaseUnavailableAfterError({ error: refused, req, context: {}, result: { errors: [{ message: 'Something went wrong.' }] } })).toEqual({
      status: 503,
      response: { errors: [{ message: DATABASE_UNAVAILABLE_MESSAGE }] },
    })
    expect(req.responseHeaders?.get('retry-after')).toBe('5')
  })

  it('rewrites the GraphQL error with statusCode 503', async () => {
    const req = request()
    const graphqlResult = { message: 'Something went wrong.', path: ['Articles'], extensions: { statusCode: 500, name: 'Error' } }
    expect(await databaseUnavailableAfterError({ error: refused, req, context: {}, graphqlResult })).toEqual({
      graphqlResult: { message: DATABASE_UNAVAILABLE_MESSAGE, path: ['Articles'], extensions: { statusCode: 503, name: 'Error' } },
    })
  })

  it('returns nothing for other errors, so the next hook decides', async () => {
    const req = request()
    expect(await databaseUnavailableAfterError({ error: withCode('22P02'), req, context: {} })).toBeUndefined()
    expect(req.responseHeaders).toBeUndefined()
  })
})
