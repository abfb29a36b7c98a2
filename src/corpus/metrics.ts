/** Quality of related links against a labelled corpus: pure arithmetic over ids. */

export interface RankingQuality {
  k: number
  documents: number
  /** Share of the top k links that are in the same story, an empty slot counting as a miss. */
  precisionAtK: number
  /** The same, dividing by min(k, story size - 1): a story of three cannot fill five slots. */
  cappedPrecisionAtK: number
  /** Share of the rest of the story found in the top k. */
  recallAtK: number
  /** Documents that got at least one link. */
  coverage: number
  /** Links per document, at most k. */
  averageLinks: number
}

export function rankingQuality(rankings: Map<string, string[]>, stories: Map<string, string>, k: number): RankingQuality {
  const sizes = new Map<string, number>()
  for (const story of stories.values()) sizes.set(story, (sizes.get(story) ?? 0) + 1)
  let precision = 0
  let capped = 0
  let recall = 0
  let covered = 0
  let documents = 0
  let withPeers = 0
  let links = 0
  for (const [id, story] of stories) {
    documents++
    const top = (rankings.get(id) ?? []).slice(0, k)
    if (top.length > 0) covered++
    links += top.length
    const hits = top.filter((other) => stories.get(other) === story).length
    const peers = (sizes.get(story) ?? 1) - 1
    precision += hits / k
    if (peers > 0) {
      withPeers++
      capped += hits / Math.min(k, peers)
      recall += hits / peers
    }
  }
  // Four decimals: a target such as P@5 ≥ 0.85 must not be met by rounding.
  const round = (value: number) => Math.round(value * 10000) / 10000
  return {
    k,
    documents,
    precisionAtK: round(precision / Math.max(documents, 1)),
    cappedPrecisionAtK: round(capped / Math.max(withPeers, 1)),
    recallAtK: round(recall / Math.max(withPeers, 1)),
    coverage: round(covered / Math.max(documents, 1)),
    averageLinks: round(links / Math.max(documents, 1)),
  }
}
