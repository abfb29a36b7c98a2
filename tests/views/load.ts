import type { Payload } from 'payload'

import { counterFor } from '../../plugins/newsroom/views/runtime'

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** The stored all-time views of these articles, summed. */
export const totalViews = async (payload: Payload, ids: Array<number | string>) => {
  const counter = await counterFor(payload)
  const { rows } = await counter.pool.query('select coalesce(sum(views), 0) as views from articles where id = any($1::int[])', [ids])
  return Number(rows[0].views)
}

/**
 * `clients` loops, each sending distinct readers' views until `until()` says stop or `send` answers
 * null (the server is gone); resolves with the number of views answered "counted".
 */
export async function load(clients: number, send: (visitorNumber: number) => Promise<boolean | null>, until: () => boolean): Promise<number> {
  let next = 0
  const counts = await Promise.all(
    Array.from({ length: clients }, async () => {
      let counted = 0
      while (!until()) {
        const result = await send(next++)
        if (result === null) break
        if (result) counted++
      }
      return counted
    }),
  )
  return counts.reduce((a, b) => a + b, 0)
}
