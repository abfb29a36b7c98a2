import { analyzeDocument, nameKey, nameNorm } from '../../plugins/newsroom/related/analyze'
import { paragraphCount, plainText } from '../../plugins/newsroom/related/documentText'
import { findMentions, mergeMentions } from '../../plugins/newsroom/related/mentions'
import { placeLinks } from '../../plugins/newsroom/related/placement'
import { type ExistingLink, planLinks } from '../../plugins/newsroom/related/planLinks'
import { noLinksMessage, scoreBand } from '../../plugins/newsroom/related/explain'
import { readableTerms, termWording } from '../../plugins/newsroom/related/wording'
import { recencyFactor, scoreCandidates, strongestCandidate, textEvidence } from '../../plugins/newsroom/related/scoring'
import { addParentIndexes } from '../../plugins/newsroom/related/sideTableIndexes'
import { RELATED_DEFAULTS, sanitizeOptions } from '../../plugins/newsroom/options'
import { newsroomPlugin } from '../../plugins/newsroom'
import { lexicalRoot, paragraphNode, headingNode } from '../../collections/lib/lexical'

const analyzer = RELATED_DEFAULTS.analyzer

describe('analyzeDocument', () => {
  test('stems English, Ukrainian and Russian, and drops stopwords', () => {
    const en = analyzeDocument({ title: 'Allies gather for the guarantees', body: 'The allies were gathering.' }, analyzer)
    expect(en.has('alli')).toBe(true)
    expect(en.has('gather')).toBe(true)
    expect(en.has('the')).toBe(false)
    const uk = analyzeDocument({ title: 'Переговори про гарантії безпеки', body: 'Під час переговорів йшлося про безпеку.' }, analyzer)
    expect(uk.has('переговор')).toBe(true)
    expect(uk.has('безпек')).toBe(true)
    expect(uk.has('про')).toBe(false)
    const ru = analyzeDocument({ title: 'Переговоры о гарантиях', body: 'Переговоры продолжатся.' }, analyzer)
    expect(ru.has('переговор')).toBe(true)
  })

  test('adds phrases of adjacent content words and names keyed across scripts', () => {
    const terms = analyzeDocument({ title: 'Security guarantees discussed', body: 'Envoy Steve Witkoff met Zelenskyy in Paris.' }, analyzer)
    expect([...terms.keys()].some((term) => term.includes(' ') && term.startsWith('secur'))).toBe(true)
    expect(terms.has('@vitko')).toBe(true)
    expect(terms.has('@zelen')).toBe(true)
    expect(nameKey('Зеленський')).toBe(nameKey('Zelenskyy'))
    expect(nameKey('Макрон')).toBe(nameKey('Macron'))
    expect(nameKey('Rutte')).not.toBe(nameKey('Macron'))
  })

  test('reads days and months as dates, not as names', () => {
    const terms = analyzeDocument({ title: 'Court rules on ban', lead: 'The Federal Court ruled on Wednesday, in March, that Karl Lauterbach was wrong.' }, analyzer)
    expect([...terms.keys()].filter((term) => term.startsWith('@')).sort()).toEqual(['@feder', '@karl', '@kourt', '@laute'])
    expect(terms.has('@march')).toBe(false)
  })

  test('measures the names of a story apart from its words, 0 when it names nobody or is a headline alone', () => {
    const named = analyzeDocument({ title: 'Earthquake strikes', lead: 'A quake struck near Amatrice in Italy.' }, analyzer)
    const names = [...named].filter(([term]) => term.startsWith('@')).map(([, weight]) => weight)
    expect(names.length).toBe(2)
    expect(nameNorm(named, { title: 'Earthquake strikes', lead: 'A quake struck near Amatrice in Italy.' })).toBeCloseTo(Math.hypot(...names), 6)
    const unnamed = { title: 'Storm closes roads', lead: 'Roads were closed by the storm.' }
    expect(nameNorm(analyzeDocument(unnamed, analyzer), unnamed)).toBe(0)
    // A headline alone is not judged by its names.
    const headline = { title: 'Fed chair Janet Yellen speaks in Paris', lead: '', body: ' ' }
    expect([...analyzeDocument(headline, analyzer).keys()].some((term) => term.startsWith('@'))).toBe(true)
    expect(nameNorm(analyzeDocument(headline, analyzer), headline)).toBe(0)
  })

  test('weighs the headline above the body and keeps only the strongest terms', () => {
    const terms = analyzeDocument({ title: 'Blackout', body: 'Storm storm storm storm storm storm.' }, { ...analyzer, maxTerms: 2 })
    expect(terms.size).toBe(2)
    expect(terms.get('blackout')).toBeGreaterThan(1)
  })
})

describe('plain text of a body', () => {
  test('reads Lexical JSON and counts top-level paragraphs', () => {
    const body = lexicalRoot([paragraphNode('One.'), headingNode('Details'), paragraphNode('Two.')])
    expect(plainText(body)).toBe('One.\nDetails\nTwo.')
    expect(paragraphCount(body)).toBe(2)
    expect(paragraphCount('a\n\nb\n\nc')).toBe(3)
    expect(plainText(null)).toBe('')
  })
})

describe('scoreCandidates', () => {
  const source = { publishedAt: new Date('2026-01-06T10:00:00Z'), people: ['1', '2'], tags: ['paris', 'guarantees'] }
  const candidate = (id: string, textScore: number, extra: Partial<{ people: string[]; tags: string[]; publishedAt: Date }> = {}) => ({
    id,
    textScore,
    sharedTerms: ['@zelen', 'secur guarante'],
    people: [],
    tags: [],
    publishedAt: new Date('2026-01-06T10:00:00Z'),
    ...extra,
  })
  const options = { weights: { text: 0.7, people: 0.2, tags: 0.1 }, recencyHalfLifeDays: 7, minScore: 0.05 }

  test('combines text, shared people and tags, and explains the score', () => {
    const [best, second] = scoreCandidates(source, [candidate('a', 0.5), candidate('b', 0.5, { people: ['2'], tags: ['Paris'] })], options)
    expect(best.id).toBe('b')
    expect(best.reasons).toMatchObject({ sharedPeople: ['2'], sharedTags: ['paris'], textScore: 0.5, recencyScore: 1 })
    expect(best.reasons.sharedTerms).toEqual(['zelen', 'secur guarante'])
    expect(best.score).toBeGreaterThan(second.score)
    expect(second.score).toBeCloseTo(0.35, 4)
  })

  test('halves the score per half-life, can switch recency off, and drops weak candidates', () => {
    const weekOld = candidate('old', 0.5, { publishedAt: new Date('2025-12-30T10:00:00Z') })
    expect(scoreCandidates(source, [weekOld], options)[0].score).toBeCloseTo(0.175, 4)
    expect(scoreCandidates(source, [weekOld], { ...options, recencyHalfLifeDays: null })[0].score).toBeCloseTo(0.35, 4)
    expect(scoreCandidates(source, [candidate('weak', 0.01)], options)).toEqual([])
    expect(recencyFactor(new Date(0), new Date(14 * 86_400_000), 7)).toBeCloseTo(0.25)
  })

  test('the threshold applies to the evidence: a follow-up months later is still a candidate, ranked after an equal fresher one', () => {
    const yearly = { ...options, recencyHalfLifeDays: 365 }
    const later = candidate('later', 0.1, { publishedAt: new Date('2026-05-06T10:00:00Z') })
    const fresh = candidate('fresh', 0.1, { publishedAt: new Date('2026-01-07T10:00:00Z') })
    // Under a 7-day half-life, 120 days apart leaves nothing of the score: it is still linked.
    const [only] = scoreCandidates(source, [later], options)
    expect(only.id).toBe('later')
    expect(only.evidence).toBeCloseTo(0.07, 4)
    expect(only.score).toBeLessThan(0.05)
    expect(scoreCandidates(source, [later, fresh], yearly).map((scored) => scored.id)).toEqual(['fresh', 'later'])
    // Stronger evidence beats freshness within months.
    const strongerLater = candidate('strong', 0.15, { publishedAt: new Date('2026-05-06T10:00:00Z') })
    expect(scoreCandidates(source, [strongerLater, fresh], yearly)[0].id).toBe('strong')
  })

  test('part of the text evidence is the cosine of the names alone, when both stories name someone', () => {
    expect(textEvidence(0.4, 0, 0.3)).toBeCloseTo(0.28, 6)
    expect(textEvidence(0.4, 1, 0.3)).toBeCloseTo(0.58, 6)
    // No names on one side: no evidence either way, and the text counts alone; likewise when switched off.
    expect(textEvidence(0.4, null, 0.3)).toBe(0.4)
    expect(textEvidence(0.4, 0, 0)).toBe(0.4)
    // A look-alike event shares more words but none of the names: the story's own article wins.
    const lookAlike = { ...candidate('look-alike', 0.5), nameScore: 0 }
    const own = { ...candidate('own', 0.4), nameScore: 0.6 }
    expect(scoreCandidates(source, [lookAlike, own], { ...options, namesShare: 0.3 }).map((scored) => scored.id)).toEqual(['own', 'look-alike'])
    expect(scoreCandidates(source, [lookAlike, own], options).map((scored) => scored.id)).toEqual(['look-alike', 'own'])
  })

  test('names the strongest candidate even under the threshold', () => {
    expect(strongestCandidate(source, [candidate('weak', 0.01), candidate('weaker', 0.005)], options)?.id).toBe('weak')
    expect(strongestCandidate(source, [], options)).toBeNull()
  })
})

describe('termWording', () => {
  test('shows shared terms as the story writes them, not as stems or name keys', () => {
    const story = { title: 'Witkoff meets Zelenskyy on security guarantees', lead: 'Steve Witkoff said the multinational force would need security guarantees.' }
    const terms = [...analyzeDocument(story, RELATED_DEFAULTS.analyzer).keys()]
    const shared = terms.filter((term) => ['secur guarante', 'secur', '@vitko', 'multin'].includes(term))
    expect(shared.length).toBe(4)
    expect(readableTerms(shared, termWording(story), 6).sort()).toEqual(['Witkoff', 'multinational', 'security guarantees'])
    // Without the story's wording, reasons fall back to the index terms.
    expect(readableTerms(['@vitko'], new Map(), 6)).toEqual(['vitko'])
  })
})

describe('explain', () => {
  test('places a score on a scale and says why a story got no links', () => {
    expect([scoreBand(0.05), scoreBand(0.25), scoreBand(0.6)]).toEqual(['weak', 'clear', 'strong'])
    expect(noLinksMessage({ minScore: 0.05, maxAgeDays: 400, strongest: { id: '7', title: 'Storm closes roads', evidence: 0.0213 } })).toBe(
      'No links: no published story in the 400 days around it shares enough with this one. The strongest candidate, "Storm closes roads", scores 0.02; a link needs 0.05.',
    )
    expect(noLinksMessage({ minScore: 0.05, maxAgeDays: 400, strongest: null })).toMatch(/shares any words, people or tags/)
  })
})

describe('planLinks', () => {
  const ranked = ['10', '11', '12', '13', '14', '15'].map((id, index) => ({
    id,
    score: 1 - index / 10,
    evidence: 1 - index / 10,
    reasons: { sharedPeople: [], sharedTags: [], sharedTerms: [], textScore: 0, peopleScore: 0, tagScore: 0, recencyScore: 1 },
  }))
  const positions = (count: number) => placeLinks(count, 10, { mode: 'end' })
  const link = (id: number, to: string, extra: Partial<ExistingLink> = {}): ExistingLink => ({ id, to, origin: 'auto', pinned: false, excluded: false, order: id, ...extra })

  test('fills the top K on a fresh story', () => {
    const plan = planLinks([], ranked, { topK: 3, positions })
    expect(plan.create.map((change) => change.to)).toEqual(['10', '11', '12'])
    expect(plan.create.map((change) => change.order)).toEqual([1, 2, 3])
  })

  test('never touches manual, pinned or excluded links, and never re-adds an excluded target', () => {
    const existing = [
      link(1, '11', { origin: 'manual', order: 1 }),
      link(2, '10', { excluded: true }),
      link(3, '14', { pinned: true, order: 2 }),
      link(4, '12'),
      link(5, '99'),
    ]
    const plan = planLinks(existing, ranked, { topK: 4, positions })
    expect(plan.create.map((change) => change.to)).toEqual(['13'])
    expect(plan.update.map((change) => [change.id, change.to, change.order])).toEqual([[4, '12', 3]])
    expect(plan.remove).toEqual([5])
    expect(plan.refresh.map((change) => change.id)).toEqual([3])
    const touched = [...plan.create.map((c) => c.to), ...plan.update.map((c) => c.to)]
    expect(touched).not.toContain('10')
    expect(touched).not.toContain('11')
  })

  test('gives no auto link when editors filled every slot', () => {
    const existing = [link(1, '50', { origin: 'manual' }), link(2, '51', { pinned: true })]
    const plan = planLinks([...existing, link(3, '10')], ranked, { topK: 2, positions })
    expect(plan.create).toEqual([])
    expect(plan.remove).toEqual([3])
  })
})

describe('placeLinks', () => {
  test('after paragraph N, every N with a cap, or at the end; never past the last paragraph', () => {
    expect(placeLinks(2, 6, { mode: 'afterParagraph', paragraph: 2 })).toEqual([
      { placement: 'inline', afterParagraph: 2 },
      { placement: 'end', afterParagraph: null },
    ])
    expect(placeLinks(4, 8, { mode: 'every', every: 3, max: 2 }).map((p) => p.afterParagraph)).toEqual([3, 6, null, null])
    expect(placeLinks(2, 3, { mode: 'every', every: 3, max: 2 }).map((p) => p.placement)).toEqual(['end', 'end'])
    expect(placeLinks(1, 9, { mode: 'end' })).toEqual([{ placement: 'end', afterParagraph: null }])
  })
})

describe('mentions', () => {
  const people = [
    { id: '1', names: ['Volodymyr Zelenskyy', 'Zelensky', 'Зеленський'] },
    { id: '2', names: ['Mark Rutte'] },
    { id: '3', names: ['Ann'] },
  ]
  test('finds whole names and aliases in any script, not fragments or short names', () => {
    expect(findMentions('Зеленський заявив, що Rutte’s plan... Annual report', people, 4).sort()).toEqual(['1'])
    expect(findMentions("Mark Rutte's visit", people, 4)).toEqual(['2'])
  })
  test('adds what the text names, and never re-adds someone an editor removed', () => {
    const first = mergeMentions({ people: ['9'], previousPeople: [], added: [], removed: [], found: ['1', '2'] })
    expect(first).toEqual({ people: ['9', '1', '2'], added: ['1', '2'], removed: [] })
    const edited = mergeMentions({ people: ['9', '1'], previousPeople: first.people, added: first.added, removed: [], found: ['1', '2'] })
    expect(edited).toEqual({ people: ['9', '1'], added: ['1'], removed: ['2'] })
  })
})

describe('plugin options', () => {
  const config = { collections: [{ slug: 'articles', fields: [] }, { slug: 'people', fields: [] }] } as never
  test('fail at start-up with a message naming the option', () => {
    expect(() => newsroomPlugin({ related: { collections: ['stories'] } })(config)).toThrow(/related.collections names "stories", which is not a collection/)
    expect(() => sanitizeOptions({ related: { topK: 0 } }, ['articles', 'people'])).toThrow(/related.topK must be a whole number above 0/)
    expect(() => sanitizeOptions({ related: { minScore: 2 } }, ['articles', 'people'])).toThrow(/related.minScore must be between 0 and 1/)
    expect(() => sanitizeOptions({ related: { namesShare: -0.1 } }, ['articles', 'people'])).toThrow(/related.namesShare must be between 0 and 1/)
    expect(() => sanitizeOptions({ related: { placement: { mode: 'sideways' } as never } }, ['articles', 'people'])).toThrow(/placement.mode/)
    expect(() => sanitizeOptions({ related: { mentions: { collection: 'persons' } } }, ['articles', 'people'])).toThrow(/mentions.collection "persons"/)
  })
  test('default everything in one place', () => {
    const { related } = sanitizeOptions({}, ['articles', 'people'])
    expect(related).toMatchObject({ topK: 5, linksCollection: 'related-links', collections: [{ slug: 'articles', fields: { title: 'title', body: 'body' } }] })
  })
})

describe('side-table parent indexes', () => {
  const sideTable = (indexes: Record<string, { name: string; on: string | string[] }>) => ({ columns: { parent: {}, order: {} }, indexes })
  const adapter = () => ({
    versionsSuffix: '_v',
    tableNameMap: new Map([
      ['related_links', 'related_links'],
      ['stories', 'stories'],
      ['_stories_v', '_stories_v'],
      ['people', 'people'],
    ]),
    rawTables: {
      related_links: { columns: { id: {} }, indexes: {} },
      related_links_texts: sideTable({ orderParentIdx: { name: 'related_links_texts_order_parent', on: ['order', 'parent'] } }),
      stories_numbers: sideTable({ orderParentIdx: { name: 'stories_numbers_order_parent', on: ['order', 'parent'] } }),
      _stories_v_texts: sideTable({}),
      stories_rels: sideTable({ parentIdx: { name: 'stories_rels_parent_idx', on: 'parent' } }),
      people_texts: sideTable({}),
    } as Record<string, { columns: Record<string, unknown>; indexes?: Record<string, { name: string; on: string | string[] }> }>,
  })

  test('index the parent of the texts and numbers tables of the named collections and their versions, only', () => {
    const built = adapter()
    addParentIndexes(built, ['related-links', 'stories'])
    const leading = (table: string) => Object.values(built.rawTables[table].indexes ?? {}).map((index) => (Array.isArray(index.on) ? index.on[0] : index.on))
    expect(leading('related_links_texts')).toEqual(['order', 'parent'])
    expect(built.rawTables.related_links_texts.indexes?.newsroomParentIdx?.name).toBe('related_links_texts_parent_idx')
    expect(leading('stories_numbers')).toContain('parent')
    expect(leading('_stories_v_texts')).toEqual(['parent'])
    // Not a collection the plugin writes: left as the adapter built it.
    expect(leading('people_texts')).toEqual([])
    // A table whose parent is already indexed first gets no second index.
    expect(Object.keys(built.rawTables.stories_rels.indexes ?? {})).toEqual(['parentIdx'])
  })
})
