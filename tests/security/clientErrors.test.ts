import { clientErrorMessage } from '../../src/security/input/clientErrors'

/** The shape node-postgres gives a server error, wrapped as Drizzle and GraphQL wrap it. */
const pgError = (code: string) => Object.assign(new Error('server said no'), { code })

describe('clientErrorMessage', () => {
  test('names PostgreSQL data errors however deeply they are wrapped', () => {
    expect(clientErrorMessage(pgError('22P02'))).toMatch(/wrong type/)
    expect(clientErrorMessage(new Error('Failed query', { cause: pgError('22003') }))).toMatch(/out of range/)
    expect(clientErrorMessage({ originalError: new Error('Failed query', { cause: pgError('22021') }) })).toMatch(/NUL/)
    expect(clientErrorMessage(pgError('22008'))).toMatch(/date/)
    expect(clientErrorMessage(pgError('42883'))).toMatch(/operator/)
    expect(clientErrorMessage(pgError('22012'))).toMatch(/invalid/)
  })

  test('names unreadable bodies, malformed JSON parameters and bottomless nesting', () => {
    expect(clientErrorMessage(new Error('Unexpected end of form'))).toMatch(/could not be read/)
    expect(clientErrorMessage(new SyntaxError('Unexpected token } in JSON at position 3'))).toMatch(/malformed JSON/)
    expect(clientErrorMessage(new RangeError('Maximum call stack size exceeded'))).toMatch(/nested too deeply/)
  })

  test('leaves the server’s own failures alone', () => {
    expect(clientErrorMessage(pgError('57014'))).toBeNull() // statement timeout
    expect(clientErrorMessage(pgError('23505'))).toBeNull() // unique violation: Payload answers it
    expect(clientErrorMessage(pgError('08006'))).toBeNull() // connection failure
    expect(clientErrorMessage(new TypeError('x is undefined'))).toBeNull()
    expect(clientErrorMessage(null)).toBeNull()
  })
})
