/**
 * A weighted semaphore: operations run while the weight of those in flight stays within `budget`, the
 * rest wait in arrival order (a light one never overtakes a heavier one that came first, so that one
 * is not starved), and beyond `maxWaiting` waiting ones the next is told to come back. With a budget
 * of 1 and weight 1 it is a queue of one at a time (`heavyReadGate`).
 */
export interface CostGate {
  /** Resolves to a release function once `cost` fits, or to null when too many are waiting already. */
  enter(cost: number): Promise<(() => void) | null>
  readonly inFlight: number
  readonly waiting: number
}

export function costGate(budget: number, maxWaiting: number): CostGate {
  let inFlight = 0
  const queue: Array<{ cost: number; admit: () => void }> = []

  const admitWaiting = () => {
    while (queue.length > 0 && (inFlight === 0 || inFlight + queue[0].cost <= budget)) {
      const next = queue.shift()!
      inFlight += next.cost
      next.admit()
    }
  }

  const releaser = (cost: number) => {
    let released = false
    return () => {
      if (released) return
      released = true
      inFlight -= cost
      admitWaiting()
    }
  }

  return {
    async enter(cost) {
      // A cost over the budget still runs, alone: the cost limit, not the gate, refuses queries.
      if (queue.length === 0 && (inFlight === 0 || inFlight + cost <= budget)) {
        inFlight += cost
        return releaser(cost)
      }
      if (queue.length >= maxWaiting) return null
      await new Promise<void>((admit) => queue.push({ cost, admit }))
      return releaser(cost)
    },
    get inFlight() {
      return inFlight
    },
    get waiting() {
      return queue.length
    },
  }
}
