import type { Position } from './placement'
import type { Reasons, ScoredCandidate } from './scoring'

/** A link as stored, reduced to what deciding its fate needs. */
export interface ExistingLink {
  id: number | string
  to: null | string
  origin: 'auto' | 'manual'
  pinned: boolean
  excluded: boolean
  order: number
}

export interface LinkChange {
  to: string
  score: number
  reasons: Reasons
  order: number
  position: Position
}

export interface LinkPlan {
  create: LinkChange[]
  update: Array<LinkChange & { id: number | string }>
  /** Only refresh why a pinned link is related; an editor owns its place. */
  refresh: Array<{ id: number | string; score: number; reasons: Reasons }>
  remove: Array<number | string>
}

/**
 * Decides what a recompute changes, never overriding an editor: manual and pinned links stay where
 * they are and count towards the top K, excluded targets are never linked again, and only links the
 * engine made itself are replaced. A story the body already links inline (`inline`) is never linked
 * again: its auto link goes, and an editor's link to it stays stored but takes no slot (the lists
 * hide it while the body links the story).
 */
export function planLinks(
  existing: ExistingLink[],
  ranked: ScoredCandidate[],
  options: { topK: number; positions: (count: number) => Position[]; inline?: ReadonlySet<string> },
): LinkPlan {
  const inline = options.inline ?? new Set<string>()
  const kept = existing.filter((link) => !link.excluded && (link.origin === 'manual' || link.pinned) && !(link.to && inline.has(link.to)))
  const replaceable = new Map(existing.filter((link) => link.origin === 'auto' && !link.pinned && !link.excluded && link.to).map((link) => [link.to as string, link]))
  const blocked = new Set([...existing.filter((link) => link.to && !replaceable.has(link.to)).map((link) => link.to as string), ...inline])
  const slots = Math.max(0, options.topK - kept.length)
  const chosen = ranked.filter((candidate) => !blocked.has(candidate.id)).slice(0, slots)
  const positions = options.positions(chosen.length)
  const firstOrder = kept.reduce((max, link) => Math.max(max, link.order), 0) + 1

  const plan: LinkPlan = { create: [], update: [], refresh: [], remove: [] }
  chosen.forEach((candidate, rank) => {
    const change = { to: candidate.id, score: candidate.score, reasons: candidate.reasons, order: firstOrder + rank, position: positions[rank] }
    const current = replaceable.get(candidate.id)
    if (current) {
      plan.update.push({ id: current.id, ...change })
      replaceable.delete(candidate.id)
    } else {
      plan.create.push(change)
    }
  })
  plan.remove = [...replaceable.values()].map((link) => link.id)
  const byTarget = new Map(ranked.map((candidate) => [candidate.id, candidate]))
  for (const link of kept) {
    const candidate = link.pinned && link.to ? byTarget.get(link.to) : undefined
    if (candidate) plan.refresh.push({ id: link.id, score: candidate.score, reasons: candidate.reasons })
  }
  return plan
}
