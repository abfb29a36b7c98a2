/**
 * The order a link gets when it moves one place up or down a list sorted by order: between its new
 * neighbours, so that only the moved link changes. Null when the neighbours' orders tie (there is no
 * number between them) and the list must be numbered afresh. Pure.
 */
export function orderForMove(orders: number[], index: number, offset: -1 | 1): null | number {
  const to = index + offset
  if (to < 0 || to >= orders.length) return null
  // Moving up, the link lands between orders[to - 1] and orders[to]; moving down, between orders[to] and orders[to + 1].
  const near = orders[to]
  const far = offset === -1 ? orders[to - 1] : orders[to + 1]
  if (far === undefined) return offset === -1 ? near - 1 : near + 1
  if (far === near) return null
  return (near + far) / 2
}
