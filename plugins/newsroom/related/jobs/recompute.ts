import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import type { SanitizedRelatedOptions } from '../../options'
import { RelatedEngine } from '../engine'

export const RECOMPUTE_TASK = 'newsroomRelatedRecompute'

export interface RecomputeInput {
  collection: string
  id: string
  /** Also re-rank the older stories this one should now appear on. */
  backlinks?: boolean
}

/** Queued inside the caller's transaction (when given its req): a rolled-back save leaves no job behind. */
export function queueRecompute(payload: Payload, options: SanitizedRelatedOptions, input: RecomputeInput, req?: PayloadRequest) {
  return payload.jobs.queue({ task: RECOMPUTE_TASK as never, input: input as never, queue: options.queue, req })
}

/**
 * Recomputes one document's links in the background. A published story also re-ranks its closest
 * older stories (backlinks); a story that went away makes the stories that linked to it refill.
 */
export function recomputeTask(options: SanitizedRelatedOptions): TaskConfig {
  return {
    slug: RECOMPUTE_TASK,
    label: 'Recompute related headlines',
    retries: 3,
    inputSchema: [
      { name: 'collection', type: 'text', required: true },
      { name: 'id', type: 'text', required: true },
      { name: 'backlinks', type: 'checkbox' },
    ],
    outputSchema: [
      { name: 'created', type: 'number' },
      { name: 'updated', type: 'number' },
      { name: 'removed', type: 'number' },
    ],
    handler: async ({ input, req }) => {
      const { collection, id, backlinks } = input as unknown as RecomputeInput
      const engine = new RelatedEngine(req.payload, options)
      const linkers = await engine.linkingTo(id, req)
      const result = await engine.recompute(collection, id, req)
      const follow = result.indexed ? (backlinks ? result.ranked.slice(0, options.backlinks).map((candidate) => candidate.id) : []) : linkers
      for (const other of follow) {
        if (other !== String(id)) await queueRecompute(req.payload, options, { collection, id: other }, req)
      }
      return { output: { created: result.created, updated: result.updated, removed: result.removed } }
    },
  } as TaskConfig
}
