/** Editor controls on a link that contradict each other. Pure, so both links collections and the panel share it. */
/** The message of the rule that a link is either kept (pinned) or hidden (excluded), never both. */
export function pinnedExcludedConflict(pinned: unknown, excluded: unknown): null | string {
  return pinned === true && excluded === true ? 'A link cannot be both pinned and excluded: unpin it to exclude it, or include it to pin it' : null
}

/**
 * Field validation for a links collection's `excluded` checkbox. Payload hands a validator the stored
 * document merged with the change, so a PATCH of either checkbox alone is checked against the other.
 */
export const validateNotPinnedAndExcluded = (_value: unknown, { siblingData }: { siblingData: Record<string, unknown> }): string | true =>
  pinnedExcludedConflict(siblingData?.pinned, siblingData?.excluded) ?? true
