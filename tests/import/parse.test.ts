// Unit tests for the pure wire-story parser: no database, no Payload. Fixtures in tests/fixtures/wire/
// are original texts written for these tests in the shape of the agency's pages.
import fs from 'node:fs'
import path from 'node:path'
import { isValidLocalDateTime, zonedTimeToIso } from '../../collections/import/kyivTime'
import { parseWireStory, WireStoryParseError, type ParsedWireStory } from '../../collections/import/parseWireStory'

const fixture = (name: string) => fs.readFileSync(path.resolve(process.cwd(), 'tests/fixtures/wire', name), 'utf8')

/** The body as compact tuples, so a test states the whole reading order at a glance. */
function outline(story: ParsedWireStory): Array<[string, number, string | number]> {
  return story.body.map((part) => {
    if (part.type === 'quote') return ['quote', part.line, part.quoteIndex]
    if (part.type === 'readAlso') return ['readAlso', part.line, part.relatedIndex]
    return [part.type, part.line, part.text]
  })
}

/** Runs `fn` and returns the WireStoryParseError it throws, failing the test if it throws nothing else. */
function parseError(fn: () => unknown): WireStoryParseError {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(WireStoryParseError)
    return error as WireStoryParseError
  }
  throw new Error('expected a WireStoryParseError, but parsing succeeded')
}

describe('the real sample (Paris, 2026-01-06)', () => {
  const text = fs.readFileSync(path.resolve(process.cwd(), '../shared/samples/wire-story-paris-2026-01-06.txt'), 'utf8')
  const story = parseWireStory(text)

  test('reads the header, headline, dateline, credit and views', () => {
    expect(story.date).toBe('2026-01-06')
    expect(story.title).toBe(
      "Reuters: Ukraine's allies gather in Paris to coordinate contributions to multinational forces and broader security guarantees",
    )
    expect(story.source).toBe('Reuters')
    expect(story.dateline).toBe('Kyiv')
    expect(story.credit).toBe('UNN')
    expect(story.views).toBe(1272)
    expect(story.author).toBe('Julia Shramko')
  })

  test('takes the lead apart from the body and drops the repeated headline', () => {
    expect(story.lead?.startsWith('More than 27 leaders')).toBe(true)
    expect(story.lead?.endsWith('in the event of a ceasefire with Russia.')).toBe(true)
    const texts = story.body.flatMap((part) => ('text' in part ? [part.text] : []))
    expect(texts).not.toContain(story.title)
    expect(texts).not.toContain(story.lead)
    expect(texts).not.toContain('Julia Shramko')
  })

  test('keeps the reading order of paragraphs, the subhead, quotes and related headlines', () => {
    expect(outline(story).map(([type, line]) => [type, line])).toEqual([
      ['paragraph', 12],
      ['heading', 14],
      ['paragraph', 16],
      ['readAlso', 18],
      ['paragraph', 20],
      ['paragraph', 22],
      ['quote', 24],
      ['paragraph', 28],
      ['paragraph', 30],
      ['readAlso', 32],
      ['quote', 34],
      ['paragraph', 38],
    ])
    expect(story.body[1]).toEqual({ type: 'heading', text: 'Details', line: 14 })
  })

  test('finds exactly two quotes with their attributions, and not as paragraphs', () => {
    expect(story.quotes).toEqual([
      {
        text: 'The meeting will focus on securing contributions to a multinational force for Ukraine in the event of a ceasefire, in coordination with Ukraine and with the support of the United States',
        attribution: 'according to a note sent to 35 invited delegations and reviewed by Reuters',
        afterParagraph: 4,
        line: 24,
      },
      {
        text: 'We have reached an agreement on the operational details of security guarantees. We will explain how they are structured and the need for long-term commitments from all participants',
        attribution: "a representative of the French president's office told reporters before the summit",
        afterParagraph: 6,
        line: 34,
      },
    ])
    const paragraphs = story.body.flatMap((part) => (part.type === 'paragraph' ? [part.text] : []))
    for (const quote of story.quotes) expect(paragraphs).not.toContain(quote.text)
    expect(paragraphs.some((text) => text.startsWith('- '))).toBe(false)
  })

  test('splits the two related headlines into headline, suffix, Kyiv time and views', () => {
    expect(story.related).toEqual([
      {
        headline: "US to participate in 'coalition of the willing' meeting in Paris",
        sourceSuffix: 'media',
        publishedAt: '2026-01-05T15:32:00.000Z',
        views: 7684,
        afterParagraph: 2,
        line: 18,
      },
      {
        headline:
          'Ukraine will prepare for both options - diplomacy or active defense: Zelenskyy announced a new diplomatic week in Europe',
        sourceSuffix: null,
        publishedAt: '2026-01-04T18:10:00.000Z',
        views: 9950,
        afterParagraph: 6,
        line: 32,
      },
    ])
  })
})

describe('fixtures', () => {
  test('(a) several related headlines: before the first paragraph, without suffix, two-word suffix, "1 view"', () => {
    const story = parseWireStory(fixture('several-related.txt'))
    expect(story).toMatchObject({
      date: '2026-02-14',
      title: "Bloomberg: European grid operators agree on winter reserve plan for Ukraine's power system",
      source: 'Bloomberg',
      dateline: 'Brussels',
      credit: 'UNN',
      views: 3051,
      lead: 'Grid operators from eleven European countries have agreed on a reserve plan to keep electricity flowing to Ukraine during cold snaps, according to people familiar with the talks.',
      quotes: [],
      author: 'Marta Oliynyk',
    })
    expect(story.related).toEqual([
      {
        headline: 'Energy ministers to meet in Warsaw next week',
        sourceSuffix: 'sources',
        publishedAt: '2026-02-13T07:15:00.000Z',
        views: 412,
        afterParagraph: 0,
        line: 12,
      },
      {
        headline: 'Ukraine imports record volume of electricity amid frost',
        sourceSuffix: null,
        publishedAt: '2026-02-12T20:40:00.000Z',
        views: 15820,
        afterParagraph: 2,
        line: 18,
      },
      {
        headline: 'Kyiv city council approves new shelter inspection rules',
        sourceSuffix: 'Kyiv Post',
        publishedAt: '2026-02-11T06:05:00.000Z',
        views: 1,
        afterParagraph: 3,
        line: 24,
      },
    ])
    expect(outline(story)).toEqual([
      ['readAlso', 12, 0],
      ['paragraph', 14, 'The plan sets aside emergency capacity on interconnectors with Poland, Slovakia, Hungary and Romania, the agency writes.'],
      ['paragraph', 16, 'Operators will review the reserve every month and adjust it to the weather forecast, the publication adds.'],
      ['readAlso', 18, 1],
      ['heading', 20, 'Background'],
      ['paragraph', 22, 'The reserve mechanism was first discussed in autumn, when repeated attacks damaged generating capacity across the country.'],
      ['readAlso', 24, 2],
      ['paragraph', 26, 'Officials expect the first transfers under the plan before the end of February.'],
    ])
  })

  test('(b) no quotes, a multi-word outlet and a multi-word subhead', () => {
    expect(parseWireStory(fixture('no-quotes.txt'))).toMatchObject({
      date: '2026-03-03',
      title: 'The Guardian: Volunteers in Lviv restore a nineteenth-century printing press',
      source: 'The Guardian',
      dateline: 'Lviv',
      credit: 'UNN',
      views: 986,
      lead: 'A group of volunteers in Lviv has restored a printing press built in the 1880s and plans to use it for workshops with schoolchildren.',
      body: [
        {
          type: 'paragraph',
          text: 'The press was found in the basement of a former publishing house during repairs last year, the newspaper writes.',
          line: 12,
        },
        { type: 'heading', text: 'How the work was done', line: 14 },
        {
          type: 'paragraph',
          text: 'Restorers spent four months cleaning the mechanism and replacing worn parts with copies made by local craftsmen.',
          line: 16,
        },
        {
          type: 'paragraph',
          text: 'The first public workshop is planned for the spring, and tickets will be free for students.',
          line: 18,
        },
      ],
      quotes: [],
      related: [],
      author: 'Petro Savchuk',
    })
  })

  test('(c) a fully Ukrainian story', () => {
    const story = parseWireStory(fixture('cyrillic.txt'))
    expect(story).toMatchObject({
      date: '2026-02-10',
      title: 'Суспільне: У Києві після ремонту відкрили дитячу бібліотеку на Подолі',
      source: 'Суспільне',
      dateline: 'Київ',
      credit: 'УНН',
      views: 845,
      lead: 'У столиці після двох років ремонту знову запрацювала дитяча бібліотека на Подолі. Відвідувачам пропонують читальну залу, медіатеку та укриття на сто місць.',
      author: 'Олена Коваль',
    })
    expect(outline(story)).toEqual([
      ['paragraph', 12, 'Про це повідомляє Суспільне, пише УНН.'],
      ['heading', 14, 'Подробиці'],
      ['paragraph', 16, 'Оновлення фінансували з міського бюджету та коштом міжнародних партнерів, а частину меблів виготовили місцеві майстри.'],
      ['readAlso', 18, 0],
      ['quote', 20, 0],
      ['paragraph', 24, 'Бібліотека працюватиме щодня, крім понеділка, з 10:00 до 19:00.'],
      ['readAlso', 26, 1],
    ])
    expect(story.quotes).toEqual([
      {
        text: 'Ми хотіли, щоб діти мали безпечне місце для читання навіть під час тривог',
        attribution: 'розповіла директорка бібліотеки журналістам',
        afterParagraph: 2,
        line: 20,
      },
    ])
    expect(story.related).toEqual([
      {
        headline: 'Мер обіцяє нові укриття в школах до кінця року',
        sourceSuffix: 'ЗМІ',
        publishedAt: '2026-02-09T16:45:00.000Z',
        views: 2311,
        afterParagraph: 2,
        line: 18,
      },
      {
        headline: 'У Львові запрацював новий маршрут тролейбуса',
        sourceSuffix: null,
        publishedAt: '2026-02-08T05:30:00.000Z',
        views: 1,
        afterParagraph: 3,
        line: 26,
      },
    ])
  })

  test('(d) no author and no views line', () => {
    expect(parseWireStory(fixture('no-author-no-views.txt'))).toMatchObject({
      date: '2026-01-20',
      title: 'AFP: Danube ferry service between Ukraine and Romania resumes after ice delay',
      source: 'AFP',
      dateline: 'Izmail',
      credit: 'UNN',
      views: null,
      lead: 'The ferry crossing between Orlivka and Isaccea resumed operations on Tuesday after a week-long pause caused by ice on the river.',
      body: [
        {
          type: 'paragraph',
          text: 'Border guards said trucks had queued for up to twenty kilometres while the crossing was closed.',
          line: 10,
        },
        { type: 'quote', quoteIndex: 0, line: 12 },
        { type: 'paragraph', text: 'Drivers are advised to check the queue online before travelling.', line: 16 },
      ],
      quotes: [
        {
          text: 'The operator added two extra crossings a day to clear the backlog',
          attribution: 'the regional administration said in a statement',
          afterParagraph: 1,
          line: 12,
        },
      ],
      related: [],
      author: null,
    })
  })

  test('(e) CRLF line endings, extra blank lines, NBSP and stray spaces/tabs', () => {
    const text = fixture('crlf.txt')
    expect(text).toContain('\r\n')
    expect(parseWireStory(text)).toMatchObject({
      date: '2026-01-28',
      title: 'Reuters: Baltic ports report record grain transit from Ukraine in January',
      source: 'Reuters',
      dateline: 'Odesa',
      credit: 'UNN',
      views: 2048,
      lead: 'Ports in Lithuania and Latvia handled more Ukrainian grain in January than in any month since the route opened, port authorities said.',
      body: [
        {
          type: 'paragraph',
          text: 'Shipments arrived by rail through Poland and were loaded onto vessels bound for North Africa.',
          line: 18,
        },
        { type: 'readAlso', relatedIndex: 0, line: 22 },
        { type: 'quote', quoteIndex: 0, line: 24 },
      ],
      quotes: [
        {
          text: 'We expect the volumes to stay at this level until the spring',
          attribution: 'a spokesperson for the port of Klaipeda said',
          afterParagraph: 1,
          line: 24,
        },
      ],
      related: [
        {
          headline: 'Rail operators extend night freight schedule',
          sourceSuffix: 'Reuters',
          publishedAt: '2026-01-27T21:05:00.000Z',
          views: 530,
          afterParagraph: 1,
          line: 22,
        },
      ],
      author: 'Oleh Tkachenko',
    })
  })

  test('(e) CRLF and LF versions of the same story parse identically', () => {
    const crlf = fixture('crlf.txt')
    expect(parseWireStory(crlf.replace(/\r\n/g, '\n'))).toEqual(parseWireStory(crlf))
  })

  test('(f) a JSON blob is rejected as not a wire story, naming line 1', () => {
    const error = parseError(() => parseWireStory(fixture('garbage-json.txt')))
    expect(error.message).toMatch(/not a wire story/)
    expect(error.message).toMatch(/JSON/)
    expect(error.message).toMatch(/line 1\b/)
    expect(error.line).toBe(1)
  })

  test('(f) a file of random symbols is rejected as having no letters', () => {
    const error = parseError(() => parseWireStory(fixture('garbage-symbols.txt')))
    expect(error.message).toMatch(/not a wire story: the text contains no letters/)
    expect(error.line).toBe(1)
  })

  test('(g) a summer story uses Kyiv summer time (UTC+3), also across midnight', () => {
    const story = parseWireStory(fixture('summer-dst.txt'))
    expect(story).toMatchObject({
      date: '2025-07-15',
      title: 'Summer school for young engineers opens in Kharkiv region',
      source: null,
      dateline: 'Kharkiv',
      credit: 'UNN',
      views: 377,
      author: 'Natalia Bondar',
      quotes: [],
    })
    expect(story.related).toEqual([
      {
        headline: 'Universities announce joint scholarship for engineering students',
        sourceSuffix: 'media',
        publishedAt: '2025-07-14T06:05:00.000Z',
        views: 321,
        afterParagraph: 1,
        line: 14,
      },
      {
        headline: 'Late train schedule extended for the summer season',
        sourceSuffix: null,
        publishedAt: '2025-07-14T21:30:00.000Z',
        views: 88,
        afterParagraph: 2,
        line: 18,
      },
    ])
    expect(outline(story).map(([type]) => type)).toEqual(['paragraph', 'readAlso', 'paragraph', 'readAlso'])
  })
})

describe('errors', () => {
  test('empty and whitespace-only text', () => {
    for (const text of ['', '   ', '\n\n\r\n \t \n']) {
      const error = parseError(() => parseWireStory(text))
      expect(error.message).toMatch(/the text is empty/)
      expect(error.line).toBe(1)
    }
  })

  test('an invalid date in a related headline is a warning naming its line; the line stays a paragraph', () => {
    const text = [
      ' date 2026-02-27 $41.90',
      'Reuters: Something happened in Kyiv',
      '',
      'Kyiv • UNN',
      '',
      'The lead paragraph says what happened.',
      '',
      'A related headline with a date that does not exist31.02.26, 10:00 • 5 views',
    ].join('\n')
    const story = parseWireStory(text)
    expect(story.related).toEqual([])
    expect(story.body).toEqual([{ type: 'paragraph', line: 8, text: 'A related headline with a date that does not exist31.02.26, 10:00 • 5 views' }])
    expect(story.warnings).toEqual([{ line: 8, message: expect.stringMatching(/31\.02\.26, 10:00/) }])
  })

  test('an impossible time in a related headline is a warning too', () => {
    const text = 'Headline here\n\nLead paragraph of the story.\n\nRelated story24.01.26, 25:10 • 3 views'
    expect(parseWireStory(text).warnings.map((warning) => warning.line)).toEqual([5])
  })

  test('an invalid header date is a warning on line 1; the story still imports, without a date', () => {
    const story = parseWireStory(' date 2026-13-01 $42\nReuters: A headline\n\nA lead.')
    expect(story).toMatchObject({ date: null, publishedAt: null, title: 'Reuters: A headline', lead: 'A lead.' })
    expect(story.warnings).toEqual([{ line: 1, message: expect.stringMatching(/2026-13-01.*not a valid date/) }])
  })

  test('no headline: only the header, or the header and furniture; the error names the last line read', () => {
    const onlyHeader = parseError(() => parseWireStory(' date 2026-01-06 $42.420.13\n\n'))
    expect(onlyHeader.message).toMatch(/no headline found/)
    expect(onlyHeader.line).toBe(1)

    const furniture = parseError(() => parseWireStory(' date 2026-01-06 $42.420.13\n\n • 1272 views\n\nKyiv • UNN\n3 min read'))
    expect(furniture.message).toMatch(/no headline found/)
    expect(furniture.line).toBe(6)
  })

  test('a headline sharing the header line is read from it; a time line before the headline is the publication time', () => {
    const shared = parseWireStory(' date 2025-08-10 $41.45 CNS: Kremlin henchmen rehearse a parade that never comes\nKyiv • UNN\nThe lead.')
    expect(shared).toMatchObject({ date: '2025-08-10', title: 'CNS: Kremlin henchmen rehearse a parade that never comes', titleLine: 1, source: 'CNS', dateline: 'Kyiv', lead: 'The lead.' })
    const timed = parseWireStory('18:43 28.01.2026\nParliament passes the budget in the first reading\nThe lead.')
    expect(timed).toMatchObject({ date: '2026-01-28', time: '18:43', publishedAt: '2026-01-28T16:43:00.000Z', title: 'Parliament passes the budget in the first reading', titleLine: 2 })
    expect(timed.warnings).toEqual([])
  })

  test('binary data and HTML are not wire stories', () => {
    const binary = parseError(() => parseWireStory('Headline\n\nLead\u0000\u0001\u0002 text'))
    expect(binary.message).toMatch(/binary data/)
    expect(binary.line).toBe(3)

    const html = parseError(() => parseWireStory('<!DOCTYPE html>\n<html><body>Story</body></html>'))
    expect(html.message).toMatch(/HTML/)
  })

  test('text that is mostly symbols is rejected, with a hint about the encoding', () => {
    const error = parseError(() => parseWireStory('\uFFFD\uFFFD\uFFFD\uFFFD \uFFFD\uFFFD\uFFFDa \uFFFD\uFFFD\uFFFD\uFFFD\uFFFD'))
    expect(error.message).toMatch(/mostly symbols.*UTF-8/)
  })

  test('an unknown time zone option is a RangeError that says what to pass', () => {
    expect(() => parseWireStory('Headline\n\nLead.', { timeZone: 'Mars/Olympus' })).toThrow(/IANA name/)
  })
})

describe('tolerance', () => {
  test('a story with only a headline and a lead: everything optional is null or empty', () => {
    expect(parseWireStory('Kyiv metro extends its evening schedule\n\nTrains will run until midnight on weekends.')).toEqual({
      date: null,
      title: 'Kyiv metro extends its evening schedule',
      source: null,
      dateline: null,
      credit: null,
      views: null,
      lead: 'Trains will run until midnight on weekends.',
      body: [],
      quotes: [],
      related: [],
      author: null,
      authorRole: null,
      time: null,
      publishedAt: null,
      titleLine: 1,
      sourceLine: null,
      leadLine: 3,
      captions: [],
      notes: [],
      warnings: [],
    })
  })

  test('views before the dateline, singular "view", Ukrainian plural "перегляди" and no header', () => {
    const story = parseWireStory('Заголовок новини\n• 3 перегляди\nОдеса • УНН\nПерший абзац новини.\nДругий абзац новини.')
    expect(story).toMatchObject({ date: null, views: 3, dateline: 'Одеса', credit: 'УНН', lead: 'Перший абзац новини.' })
    expect(story.body).toEqual([{ type: 'paragraph', text: 'Другий абзац новини.', line: 5 }])
    expect(parseWireStory('Headline\n\n • 1 view\n\nLead.').views).toBe(1)
    expect(parseWireStory('Headline\n\n • 1 перегляд\n\nLead.').views).toBe(1)
  })

  test('the repeated headline may drop the "Outlet:" prefix and still be dropped, once', () => {
    const story = parseWireStory('AFP: Rain expected\n\nLead paragraph here.\n\nRain expected\n\nBody paragraph.')
    expect(story.source).toBe('AFP')
    expect(story.body).toEqual([{ type: 'paragraph', text: 'Body paragraph.', line: 7 }])
  })

  test('a headline with a colon after a long phrase or a lowercase word has no source', () => {
    expect(parseWireStory('Zelenskyy said today in Paris: talks will go on\n\nLead.').source).toBeNull()
    expect(parseWireStory('Breaking news from the front: more rain\n\nLead.').source).toBeNull()
    expect(parseWireStory('New York Times: a headline\n\nLead.').source).toBe('New York Times')
  })

  test('consecutive dash lines are a list, not a quote attribution, and stay paragraphs', () => {
    const story = parseWireStory('Headline\n\nLead paragraph.\n\nThe plan has two parts:\n- the first part;\n- the second part.')
    expect(story.quotes).toEqual([])
    expect(outline(story).map(([type, , text]) => [type, text])).toEqual([
      ['paragraph', 'The plan has two parts:'],
      ['paragraph', '- the first part;'],
      ['paragraph', '- the second part.'],
    ])
  })

  test('a short line followed by an attribution is a quote, not a subhead; an attribution with nothing to attribute stays a paragraph', () => {
    const story = parseWireStory(
      'Headline\n\nLead paragraph.\n\nWe are ready\n- the minister said.\n\nDetails\n\nRelated story05.01.26, 17:32 • 10 views\n- an orphan line',
    )
    expect(story.quotes).toEqual([{ text: 'We are ready', attribution: 'the minister said', afterParagraph: 0, line: 5 }])
    expect(outline(story)).toEqual([
      ['quote', 5, 0],
      ['heading', 8, 'Details'],
      ['readAlso', 10, 0],
      ['paragraph', 11, '- an orphan line'],
    ])
  })

  test('short lines ending in ":" or "!" are paragraphs, a short question can be a subhead', () => {
    const story = parseWireStory('Headline\n\nLead paragraph.\n\nWhat happens next?\n\nGlory to the defenders!\n\nLast paragraph.')
    expect(outline(story).map(([type]) => type)).toEqual(['heading', 'paragraph', 'paragraph'])
  })

  test('only one trailing period is stripped from an attribution', () => {
    const story = parseWireStory('Headline\n\nLead paragraph.\n\nQuote text here\n- he said...')
    expect(story.quotes[0].attribution).toBe('he said..')
  })

  test('a final line that is a sentence is not an author; a Ukrainian name with an apostrophe is', () => {
    expect(parseWireStory('Headline\n\nLead paragraph.\n\nThe end of the story.').author).toBeNull()
    expect(parseWireStory('Headline\n\nLead paragraph.\n\nThe End').author).toBe('The End')
    expect(parseWireStory("Headline\n\nLead paragraph.\n\nОльга Кір'яненко").author).toBe("Ольга Кір'яненко")
  })

  test('the time zone option changes how related times are read', () => {
    const text = 'Headline\n\nLead paragraph.\n\nRelated story05.01.26, 17:32 • 10 views'
    expect(parseWireStory(text, { timeZone: 'UTC' }).related[0].publishedAt).toBe('2026-01-05T17:32:00.000Z')
    expect(parseWireStory(text).related[0].publishedAt).toBe('2026-01-05T15:32:00.000Z')
  })

  test('a four-digit year in a related headline is accepted', () => {
    const text = 'Headline\n\nLead paragraph.\n\nRelated story - ISW05.01.2026, 07:02 • 1 234 views'
    expect(parseWireStory(text).related[0]).toMatchObject({
      headline: 'Related story',
      sourceSuffix: 'ISW',
      publishedAt: '2026-01-05T05:02:00.000Z',
      views: 1234,
    })
  })
})

describe('Kyiv time', () => {
  const at = (year: number, month: number, day: number, hour: number, minute: number) =>
    zonedTimeToIso({ year, month, day, hour, minute })

  test('switches to UTC+3 on the last Sunday of March and back on the last Sunday of October', () => {
    expect(at(2026, 3, 29, 2, 59)).toBe('2026-03-29T00:59:00.000Z')
    expect(at(2026, 3, 29, 4, 0)).toBe('2026-03-29T01:00:00.000Z')
    expect(at(2026, 10, 25, 2, 59)).toBe('2026-10-24T23:59:00.000Z')
    expect(at(2026, 10, 25, 4, 0)).toBe('2026-10-25T02:00:00.000Z')
  })

  test('a skipped spring time moves forward; a repeated autumn time takes its first occurrence', () => {
    expect(at(2026, 3, 29, 3, 30)).toBe('2026-03-29T01:30:00.000Z')
    expect(at(2026, 10, 25, 3, 30)).toBe('2026-10-25T00:30:00.000Z')
  })

  test('validates calendar dates including leap years', () => {
    expect(isValidLocalDateTime({ year: 2028, month: 2, day: 29, hour: 0, minute: 0 })).toBe(true)
    expect(isValidLocalDateTime({ year: 2026, month: 2, day: 29, hour: 0, minute: 0 })).toBe(false)
    expect(isValidLocalDateTime({ year: 2026, month: 4, day: 31, hour: 0, minute: 0 })).toBe(false)
    expect(isValidLocalDateTime({ year: 2026, month: 1, day: 1, hour: 23, minute: 60 })).toBe(false)
  })
})

describe('agency shapes (issue 13)', () => {
  const read = (text: string, now?: Date) => parseWireStory(text, now ? { now } : {})

  test('Interfax: the agency glued to its time line is the credit', () => {
    expect(read('INTERFAX-UKRAINE12:52 18.04.2019\nPoultry sales grow in the first quarter\nThe company sold more poultry than a year ago.')).toMatchObject({
      credit: 'Interfax-Ukraine',
      dateline: null,
      publishedAt: '2019-04-18T09:52:00.000Z',
      title: 'Poultry sales grow in the first quarter',
      lead: 'The company sold more poultry than a year ago.',
    })
  })

  test('datelines opening the lead: UNN older "КИЇВ. 20 січня. УНН.", "MOSCOW (Reuters) –", "KIEV, May 21 –"', () => {
    expect(read('Новий міст відкрили\nКИЇВ. 20 січня. УНН. Міст відкрили після ремонту.')).toMatchObject({ dateline: 'Київ', credit: 'УНН', lead: 'Міст відкрили після ремонту.' })
    expect(read('Talks go on\nMOSCOW (Reuters) – The talks went on.')).toMatchObject({ dateline: 'Moscow', credit: 'Reuters', lead: 'The talks went on.' })
    expect(read('Winds cut power\nKIEV, May 21 – Winds cut power overnight.')).toMatchObject({ dateline: 'Kiev', credit: null, lead: 'Winds cut power overnight.' })
  })

  test('a by-line date without a year takes the latest such date not after today', () => {
    const text = 'Ivan Diakonov — 30 December, 23:10\nA late story of the year\nThe lead.'
    expect(read(text, new Date('2026-01-02T00:00:00Z')).publishedAt).toBe('2025-12-30T21:10:00.000Z')
    expect(read(text, new Date('2026-12-31T00:00:00Z')).publishedAt).toBe('2026-12-30T21:10:00.000Z')
  })

  test('Russian and Ukrainian labels, plurals and an impossible time line', () => {
    const story = read(
      [
        '25:61 28.01.2026',
        'Заголовок новости о погоде',
        'Фото: Снег на улице (РБК-Украина)',
        '5 мин чтения',
        'Киев  •  УНН',
        '• 12 просмотров',
        'Первый абзац новости.',
        'Реклама:',
        'Источник: Укргидрометцентр',
        'Читайте также: Синоптики пообещали оттепель',
        '«Снег пройдет к утру», – сообщили синоптики.',
      ].join('\n'),
    )
    expect(story).toMatchObject({
      title: 'Заголовок новости о погоде',
      publishedAt: null,
      dateline: 'Киев',
      credit: 'УНН',
      views: 12,
      lead: 'Первый абзац новости.',
      source: 'Укргидрометцентр',
      captions: [{ text: 'Снег на улице (РБК-Украина)', line: 3 }],
      quotes: [{ text: 'Снег пройдет к утру', attribution: 'сообщили синоптики' }],
      related: [{ headline: 'Синоптики пообещали оттепель', publishedAt: null, views: null }],
    })
    expect(story.body.map((part) => part.type)).toEqual(['readAlso', 'quote'])
    expect(story.warnings).toEqual([{ line: 1, message: expect.stringMatching(/impossible/) }])
  })
})

describe('page furniture around the headline', () => {
  test('a section name above the headline is left out with a warning; a two-word headline above its lead is kept', () => {
    const story = parseWireStory('Politics\nCanada extends its training mission for soldiers\nFebruary 6, 2026 1:07 AM · 3 min read\nThe lead sentence.\nSupport UP or become our patron!')
    expect(story).toMatchObject({ title: 'Canada extends its training mission for soldiers', publishedAt: '2026-02-05T23:07:00.000Z', lead: 'The lead sentence.', body: [] })
    expect(story.warnings).toEqual([{ line: 1, message: expect.stringMatching(/"Politics".*section name/) }])
    expect(parseWireStory('Minister resigns\nThe minister resigned on Monday after a week of talks.')).toMatchObject({ title: 'Minister resigns', warnings: [] })
  })

  test('several authors in a by-line: the first is the author; the repeat ignores quote marks', () => {
    const story = parseWireStory('Roman Petrenko, Yevheniia Yanko — 6 February, 01:07\nA “quoted” headline about drones\nThe lead.\nA "quoted" headline about drones\nMore.', { now: new Date('2026-03-01T00:00:00Z') })
    expect(story).toMatchObject({ author: 'Roman Petrenko', publishedAt: '2026-02-05T23:07:00.000Z', body: [{ type: 'paragraph', text: 'More.' }] })
  })
})

describe('labels on lines of their own', () => {
  test('"Details:" alone is dropped, "Quote from X:" is a quote by X, "Views: N" and "Reading time: 3 min" are read', () => {
    const story = parseWireStory(
      [
        'Headline about the new bridge in Kyiv',
        'Reading time: 3 min',
        'Переглядів: 1 204',
        'The lead of the story.',
        'Details:',
        'The bridge opens in May.',
        'Quote from Vitali Klitschko: "The bridge will carry trams too."',
      ].join('\n'),
    )
    expect(story).toMatchObject({ views: 1204, lead: 'The lead of the story.', quotes: [{ text: 'The bridge will carry trams too.', attribution: 'Vitali Klitschko' }] })
    expect(story.body.map((part) => part.type)).toEqual(['paragraph', 'quote'])
    expect(story.warnings).toEqual([])
  })
})

describe('the lead', () => {
  test('an editor\'s note above the lead is a note, and a "read also" line or a quote is never the lead', () => {
    const noted = parseWireStory("Headline of the updated story\nEditor's Note: This story was updated.\nThe lead of the story.\nMore.")
    expect(noted).toMatchObject({ lead: 'The lead of the story.', notes: [{ text: 'This story was updated.', line: 2 }] })
    const related = parseWireStory('Headline of a short story\nRead also: Another story of the day\nThe first real paragraph.')
    expect(related).toMatchObject({ lead: null, related: [{ headline: 'Another story of the day' }] })
    const quoted = parseWireStory('Headline of a quoted story\n"We will rebuild," - the mayor said.\nThe first real paragraph.')
    expect(quoted).toMatchObject({ lead: null, quotes: [{ text: 'We will rebuild', attribution: 'the mayor said' }] })
  })
})
