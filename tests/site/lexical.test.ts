import { createElement, Fragment } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import { bodyReferences, type BodyContext, type LexicalNode, renderBody } from '../../src/site/lexical'

const text = (value: string, format = 0): LexicalNode => ({ type: 'text', text: value, format })
const paragraph = (...children: LexicalNode[]): LexicalNode => ({ type: 'paragraph', children })
const block = (fields: Record<string, unknown>): LexicalNode => ({ type: 'block', fields })

const body = {
  root: {
    type: 'root',
    children: [
      paragraph(text('First '), text('bold', 1), text(' and '), text('italic', 2)),
      { type: 'heading', tag: 'h2', children: [text('Details')] },
      paragraph(text('Second <script>alert(1)</script>')),
      block({ blockType: 'readAlso', article: 7 }),
      block({ blockType: 'readAlso', headline: 'Not in the CMS', publishedAt: '2026-01-04T18:10:00.000Z', views: 9950 }),
      block({ blockType: 'quote', quote: 3 }),
      block({ blockType: 'quote', quote: 99 }),
      paragraph({ type: 'link', fields: { url: 'javascript:alert(1)' }, children: [text('bad link')] }, { type: 'link', fields: { url: 'https://example.com/', newTab: true }, children: [text('good link')] }),
      { type: 'list', listType: 'number', children: [{ type: 'listitem', children: [text('one')] }] },
    ],
  } as LexicalNode,
}

const context: BodyContext = {
  quotes: new Map([[3, { id: 3, text: 'We have reached an agreement', attribution: 'a representative told reporters', speaker: { name: 'Steve Witkoff', href: '/people/steve-witkoff' } }]]),
  articles: new Map([[7, { headline: 'US to participate', href: '/news/us-to-participate', publishedAt: '2026-01-05T15:32:00.000Z', views: 7684 }]]),
  inlineAfterParagraph: new Map([
    [1, [{ headline: 'Inline after one', href: '/news/inline-one', publishedAt: '2026-01-06T09:15:00.000Z', views: 12 }]],
    [9, [{ headline: 'After a paragraph the body lacks', href: '/news/late', views: 1 }]],
  ]),
}

const html = renderToStaticMarkup(createElement(Fragment, null, ...renderBody(body, context)))

test('paragraphs, subheads, text formats and lists become their elements, text escaped', () => {
  expect(html).toContain('<p>First <strong>bold</strong> and <em>italic</em></p>')
  expect(html).toContain('<h2>Details</h2>')
  expect(html).toContain('Second &lt;script&gt;alert(1)&lt;/script&gt;')
  expect(html).toContain('<ol><li>one</li></ol>')
})

test('read-also blocks show their headline, date and views; inline related links come after their paragraph', () => {
  expect(html).toContain('<a href="/news/us-to-participate">US to participate</a><span class="read-also__meta">05.01.26, 17:32 • 7684 views</span>')
  expect(html).toContain('<span>Not in the CMS</span><span class="read-also__meta">04.01.26, 20:10 • 9950 views</span>')
  // Right after the first paragraph, before the subhead.
  expect(html.indexOf('Inline after one')).toBeGreaterThan(html.indexOf('italic'))
  expect(html.indexOf('Inline after one')).toBeLessThan(html.indexOf('<h2>Details</h2>'))
  // A position past the last paragraph is not lost: it comes at the end.
  expect(html.lastIndexOf('read-also')).toBeGreaterThan(html.indexOf('<ol>'))
  expect(html).toContain('After a paragraph the body lacks')
})

test('quotes show words, attribution and speaker; unknown quotes and unsafe links leave nothing', () => {
  expect(html).toContain('<blockquote><p>We have reached an agreement</p></blockquote>')
  expect(html).toContain('a representative told reporters')
  expect(html).toContain('<cite class="quote__speaker"><a href="/people/steve-witkoff">Steve Witkoff</a></cite>')
  expect(html.match(/<figure/g)).toHaveLength(1)
  expect(html).not.toContain('javascript:')
  expect(html).toContain('bad link')
  expect(html).toContain('<a href="https://example.com/" target="_blank" rel="noopener noreferrer">good link</a>')
})

test('bodyReferences lists the read-also articles and quotes the blocks name, populated or not', () => {
  expect(bodyReferences(body)).toEqual({ articles: [7], quotes: [3, 99], images: [] })
  expect(bodyReferences({ root: { type: 'root', children: [block({ blockType: 'readAlso', article: { id: 5 } })] } })).toEqual({ articles: [5], quotes: [], images: [] })
  expect(bodyReferences(null)).toEqual({ articles: [], quotes: [], images: [] })
})

test('image blocks show their picture with the block caption (else the image\'s) and credit; an unknown image leaves nothing', () => {
  const withImages = {
    root: {
      type: 'root',
      children: [block({ blockType: 'image', image: 4, caption: 'This story\'s caption' }), block({ blockType: 'image', image: { id: 5 } }), block({ blockType: 'image', image: 6 })],
    } as LexicalNode,
  }
  expect(bodyReferences(withImages).images).toEqual([4, 5, 6])
  const images = new Map([
    [4, { src: '/api/media/file/a-768x512.jpg', alt: 'Leaders at the summit', width: 768, height: 512, caption: 'Own caption', credit: 'Photo: UNN' }],
    [5, { src: '/api/media/file/b.jpg', alt: 'A <harbour>', caption: 'The harbour at dawn', credit: null }],
  ])
  const out = renderToStaticMarkup(createElement(Fragment, null, ...renderBody(withImages, { quotes: new Map(), articles: new Map(), images })))
  expect(out).toContain('<img src="/api/media/file/a-768x512.jpg" alt="Leaders at the summit" width="768" height="512" loading="lazy"/>')
  expect(out).toContain('<figcaption>This story&#x27;s caption <span class="credit">Photo: UNN</span></figcaption>')
  expect(out).not.toContain('Own caption')
  expect(out).toContain('alt="A &lt;harbour&gt;"')
  expect(out).toContain('<figcaption>The harbour at dawn</figcaption>')
  expect(out.match(/<figure/g)).toHaveLength(2)
})
