/**
 * Words an editor reads about a score: its place on the scale and, when a story got no links, why.
 * Plain functions, shared by the endpoints and the admin panel.
 */

/** Where a score sits between 0 (nothing shared) and 1 (the same story twice). */
export function scoreBand(score: number): 'strong' | 'clear' | 'weak' {
  // Measured on our dated set: same-story links mostly score above 0.2, look-alikes below.
  if (score >= 0.4) return 'strong'
  if (score >= 0.2) return 'clear'
  return 'weak'
}

export interface NoLinksDiagnosis {
  minScore: number
  maxAgeDays: number
  /** The best candidate found, however weak; null when no published story in the window shares anything. */
  strongest: null | { id: string; title: null | string; evidence: number }
}

export function noLinksMessage(diagnosis: NoLinksDiagnosis): string {
  const window = `in the ${diagnosis.maxAgeDays} days around it`
  if (!diagnosis.strongest) return `No links: no published story ${window} shares any words, people or tags with this one.`
  const { title, id, evidence } = diagnosis.strongest
  return (
    `No links: no published story ${window} shares enough with this one. ` +
    `The strongest candidate, "${title ?? `#${id}`}", scores ${evidence.toFixed(2)}; a link needs ${diagnosis.minScore.toFixed(2)}.`
  )
}
