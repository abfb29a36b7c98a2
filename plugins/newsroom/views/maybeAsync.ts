/** A value now, or later. */
export type MaybePromise<T> = Promise<T> | T

/**
 * Runs `next` at once when `value` is already there, after it when it is a promise. A view is usually
 * decided from memory alone (known document, in-process dedupe, today's salt); in Next.js every
 * promise also pays for AsyncLocalStorage's hooks, so the hot path makes none.
 */
export const andThen = <T, R>(value: MaybePromise<T>, next: (value: T) => MaybePromise<R>): MaybePromise<R> =>
  value instanceof Promise ? value.then(next) : next(value)
