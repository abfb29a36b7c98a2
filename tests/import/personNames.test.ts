// Names of people a story mentions, for the import preview.
import { mentionedNames } from '../../collections/import/personNames'
import { parseWireStory } from '../../collections/import/parseWireStory'

const names = (text: string) => mentionedNames(parseWireStory(text))

test('names inside sentences, titles dropped; sentence starts marked; possessives, institutions and the author left out', () => {
  expect(
    names(
      [
        'Leaders meet in Paris',
        "More than 27 leaders will join Prime Minister Mark Carney and US negotiators Steve Witkoff and Jared Kushner in Ukraine's capital.",
        'Страны Евросоюза обсуждают помощь, сообщил Андрей Сыбига.',
        'Countering Disinformation is the center we quote, said Colonel Ivan Petrenko.',
        'Julia Shramko',
      ].join('\n'),
    ),
  ).toEqual([
    { name: 'Mark Carney', sentenceStart: false },
    { name: 'Steve Witkoff', sentenceStart: false },
    { name: 'Jared Kushner', sentenceStart: false },
    { name: 'Страны Евросоюза', sentenceStart: true },
    { name: 'Андрей Сыбига', sentenceStart: false },
    { name: 'Ivan Petrenko', sentenceStart: false },
  ])
})
