import { analyzeDocument, type AnalyzeOptions } from '../../plugins/newsroom/related/analyze'

/**
 * The naive way, for comparison only: every document's vector held in Node, and each query scored
 * against all of them (TF-IDF cosine, brute force).
 */
export class NaiveRelated {
  private vectors = new Map<string, Map<string, number>>()
  private df = new Map<string, number>()

  constructor(private readonly analyzer: AnalyzeOptions) {}

  add(id: string, doc: { title: string; lead?: string; body?: string }) {
    const terms = analyzeDocument(doc, this.analyzer)
    this.vectors.set(id, terms)
    for (const term of terms.keys()) this.df.set(term, (this.df.get(term) ?? 0) + 1)
  }

  rank(id: string, k: number): string[] {
    const n = this.vectors.size
    const idf = (term: string) => Math.log(1 + n / (this.df.get(term) ?? 1))
    const weigh = (vector: Map<string, number>) => {
      const out = new Map<string, number>()
      let norm = 0
      for (const [term, weight] of vector) {
        const value = weight * idf(term)
        out.set(term, value)
        norm += value * value
      }
      return { out, norm: Math.sqrt(norm) || 1 }
    }
    const source = weigh(this.vectors.get(id) ?? new Map())
    const scores: Array<[string, number]> = []
    for (const [other, vector] of this.vectors) {
      if (other === id) continue
      const target = weigh(vector)
      let dot = 0
      for (const [term, value] of source.out) dot += value * (target.out.get(term) ?? 0)
      if (dot > 0) scores.push([other, dot / (source.norm * target.norm)])
    }
    return scores.sort((a, b) => b[1] - a[1]).slice(0, k).map(([other]) => other)
  }
}
