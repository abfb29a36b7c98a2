import { defaultLoggerOptions, type Config } from 'payload'
import type { DestinationStream, Logger, LoggerOptions } from 'pino'

type Env = Record<string, string | undefined>

const ERROR_LEVEL = 50

/**
 * Payload's errors a client causes, by name: logged at info, as one line without a stack trace. The
 * names Payload already lists (Forbidden, NotFound, ValidationError, ...) stay; these are added.
 */
export const CLIENT_ERROR_LEVELS: NonNullable<Config['loggingLevels']> = {
  AuthenticationError: 'info',
  FileUploadError: 'info',
  Forbidden: 'info',
  Locked: 'info',
  LockedAuth: 'info',
  MissingFile: 'info',
  NotFound: 'info',
  QueryError: 'info',
  UnverifiedEmail: 'info',
  ValidationError: 'info',
}

/** The 4xx status of an error a client caused (a plain `APIError`, or one wrapped by GraphQL); null otherwise. */
export function clientErrorStatus(error: unknown): null | number {
  if (!error || typeof error !== 'object') return null
  const own = (error as { status?: unknown }).status
  const wrapped = (error as { originalError?: { status?: unknown } }).originalError?.status
  const status = typeof own === 'number' ? own : wrapped
  return typeof status === 'number' && status >= 400 && status < 500 ? status : null
}

/**
 * `loggingLevels` goes by the error's name, and our own 4xx are plain `APIError`s, as are Payload's 500s.
 * This pino hook catches what names cannot: an error entry whose error has a 4xx status is written at
 * info as its message and status, without the stack; 5xx keep their level and stack.
 */
function quietClientErrors(this: Logger, args: unknown[], method: (...args: unknown[]) => void, level: number): void {
  const first = args[0]
  const error = level >= ERROR_LEVEL && first && typeof first === 'object' ? (first as { err?: unknown }).err : undefined
  const status = clientErrorStatus(error)
  if (status !== null) {
    const { message, name } = error as Error
    this.info({ msg: message, status, error: name })
    return
  }
  method.apply(this, args)
}

/** pino options for Payload's logger: the level from `PAYLOAD_LOG_LEVEL` (info by default), client errors quiet. */
export function loggerOptions(env: Env = process.env): LoggerOptions {
  return { level: env.PAYLOAD_LOG_LEVEL || 'info', hooks: { logMethod: quietClientErrors as NonNullable<LoggerOptions['hooks']>['logMethod'] } }
}

/**
 * Payload's `logger` setting: pretty lines on the terminal like Payload's default, or JSON lines on
 * stdout when `PAYLOAD_LOG_LEVEL` is set (as before), both through `quietClientErrors`.
 */
export function payloadLogger(env: Env = process.env): { options: LoggerOptions; destination?: DestinationStream } {
  return env.PAYLOAD_LOG_LEVEL ? { options: loggerOptions(env) } : { options: loggerOptions(env), destination: defaultLoggerOptions as DestinationStream }
}
