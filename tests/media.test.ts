import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { print } from 'graphql'
import sharp from 'sharp'

import { blockNode, lexicalRoot, paragraphNode } from '../collections/lib/lexical'
import { ApiClient } from './helpers/http'
import { createStaff, PASSWORD, publishedArticle } from './helpers/fixtures'
import { startPayload, type TestPayload } from './helpers/payload'
import { ArticlePageDocument } from '../src/site/graphql/generated'

// A small limit, so that "too large" needs only a few megabytes; read when the config is first loaded.
const MAX_BYTES = 2 * 1024 * 1024
process.env.NEWSROOM_MEDIA_MAX_BYTES = String(MAX_BYTES)

let t: TestPayload
let anonymous: ApiClient
let author: ApiClient
let editor: ApiClient
const mediaDir = () => process.env.NEWSROOM_MEDIA_DIR!

beforeAll(async () => {
  t = await startPayload()
  const staff = await createStaff(t.payload)
  anonymous = new ApiClient(t.config)
  author = await ApiClient.login(t.config, staff.author.email, PASSWORD)
  editor = await ApiClient.login(t.config, staff.editor.email, PASSWORD)
})
afterAll(async () => {
  await t?.close()
  fs.rmSync(mediaDir(), { recursive: true, force: true })
})

/** A photo-like JPEG: a gradient, so that it is not trivially small and every size is made from it. */
async function photo(width = 2000, height = 1200): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3
      pixels[i] = (x * 255) / width
      pixels[i + 1] = (y * 255) / height
      pixels[i + 2] = 128
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality: 80 }).toBuffer()
}

function form(file: { data: Buffer; name: string; type: string } | null, data: Record<string, unknown>): FormData {
  const body = new FormData()
  if (file) body.append('file', new Blob([new Uint8Array(file.data)], { type: file.type }), file.name)
  body.append('_payload', JSON.stringify(data))
  return body
}

const filesOnDisk = () => (fs.existsSync(mediaDir()) ? fs.readdirSync(mediaDir()).sort() : [])
const mediaCount = async () => (await t.payload.count({ collection: 'media' })).totalDocs

async function uploadPhoto(client: ApiClient, name: string, data: Record<string, unknown> = { alt: `Alt of ${name}` }) {
  const response = await client.upload('POST', '/media', form({ data: await photo(), name, type: 'image/jpeg' }, data))
  if (response.status !== 201) throw new Error(`upload of ${name} failed: ${response.status} ${JSON.stringify(response.body)}`)
  return response.body.doc as { id: number; filename: string; url: string; sizes: Record<string, { url: string; width: number; height: number; filename: string }> }
}

describe('uploading an image', () => {
  test('an author uploads a photo with alt, caption and credit; sizes are made with sharp and served to anyone', async () => {
    const response = await author.upload(
      'POST',
      '/media',
      form({ data: await photo(), name: 'summit.jpg', type: 'image/jpeg' }, { alt: 'Leaders at the Paris summit', caption: 'The summit opened on Tuesday.', credit: 'Photo: Jane Doe / UNN', focalX: 30, focalY: 40 }),
    )
    expect(response.status).toBe(201)
    const doc = response.body.doc
    expect(doc).toMatchObject({ alt: 'Leaders at the Paris summit', caption: 'The summit opened on Tuesday.', credit: 'Photo: Jane Doe / UNN', mimeType: 'image/jpeg', width: 2000, height: 1200, focalX: 30, focalY: 40 })
    expect(doc.sizes.thumbnail).toMatchObject({ width: 400, height: 300, mimeType: 'image/jpeg' })
    expect(doc.sizes.card).toMatchObject({ width: 768, height: 461 })
    expect(doc.sizes.og).toMatchObject({ width: 1200, height: 630 })

    // Every size is a real file of those dimensions.
    for (const size of ['thumbnail', 'card', 'og'] as const) {
      const meta = await sharp(path.join(mediaDir(), doc.sizes[size].filename)).metadata()
      expect([meta.width, meta.height]).toEqual([doc.sizes[size].width, doc.sizes[size].height])
    }

    // Media are public assets: the document and its file, for anyone.
    const read = await anonymous.get(`/media/${doc.id}`)
    expect(read.status).toBe(200)
    expect(read.body.url).toBe(`/api/media/file/${doc.filename}`)
    const file = await anonymous.get(`/media/file/${doc.sizes.og.filename}`)
    expect(file.status).toBe(200)
  })

  test('without alt text it is a 400 naming the field, and nothing is stored', async () => {
    const before = { rows: await mediaCount(), files: filesOnDisk() }
    for (const data of [{ caption: 'No alt' }, { alt: '   ' }]) {
      const response = await author.upload('POST', '/media', form({ data: await photo(), name: 'no-alt.jpg', type: 'image/jpeg' }, data))
      expect(response.status).toBe(400)
      expect(JSON.stringify(response.body)).toMatch(/Alt text (is required|must not be blank)/)
      expect(response.body.errors[0].data.errors[0].path).toBe('alt')
    }
    expect({ rows: await mediaCount(), files: filesOnDisk() }).toEqual(before)
  })

  test('a file that is not an image is a 400, whatever its name and declared type say', async () => {
    const before = { rows: await mediaCount(), files: filesOnDisk() }
    const cases = [
      { data: Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n'), name: 'report.pdf', type: 'application/pdf' },
      { data: Buffer.from('just some text, not a picture'), name: 'fake.jpg', type: 'image/jpeg' },
      { data: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), name: 'logo.svg', type: 'image/svg+xml' },
      { data: Buffer.from('MZ\x90\x00binary'), name: 'photo.exe', type: 'application/octet-stream' },
    ]
    for (const file of cases) {
      const response = await author.upload('POST', '/media', form(file, { alt: 'Not an image' }))
      expect([file.name, response.status]).toEqual([file.name, 400])
      expect(JSON.stringify(response.body)).not.toMatch(/Something went wrong/)
    }
    expect({ rows: await mediaCount(), files: filesOnDisk() }).toEqual(before)
  })

  test('a file over NEWSROOM_MEDIA_MAX_BYTES is a 413 naming the limit, and nothing is stored', async () => {
    expect(t.config.upload.limits?.fileSize).toBe(MAX_BYTES)
    const before = { rows: await mediaCount(), files: filesOnDisk() }
    // The size is checked while the body streams in, before the content is looked at: a real PNG header is enough.
    const header = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#888' } }).png().toBuffer()
    const big = Buffer.concat([header, randomBytes(MAX_BYTES)])
    const response = await author.upload('POST', '/media', form({ data: big, name: 'huge.png', type: 'image/png' }, { alt: 'Noise' }))
    expect(response.status).toBe(413)
    expect(response.body.errors[0].message).toMatch(/2097152 bytes.*NEWSROOM_MEDIA_MAX_BYTES/)
    expect({ rows: await mediaCount(), files: filesOnDisk() }).toEqual(before)
  })

  test('an upload without a file is a 400, and so is a URL for the server to fetch the image from', async () => {
    const before = { rows: await mediaCount(), files: filesOnDisk() }
    expect((await author.upload('POST', '/media', form(null, { alt: 'Nothing attached' }))).status).toBe(400)
    for (const url of ['0', 'http://169.254.169.254/latest/meta-data/', 'https://example.com/photo.jpg']) {
      const multipart = await author.upload('POST', '/media', form(null, { alt: 'Fetched', filename: 'fetched.jpg', url }))
      expect([url, multipart.status]).toEqual([url, 400])
      expect(JSON.stringify(multipart.body)).toMatch(/cannot be created from a URL/)
      expect((await author.post('/media', { alt: 'Fetched', filename: 'fetched.jpg', url })).status).toBe(400)
      const gql = await author.graphql('mutation ($url: String) { createMedia(data: { alt: "Fetched", filename: "fetched.jpg", url: $url }) { id } }', { url })
      expect(gql.body.errors?.[0]?.extensions?.statusCode).toBe(400)
    }
    expect({ rows: await mediaCount(), files: filesOnDisk() }).toEqual(before)
  })

  test('replacing the file with blank alt text is a 400 that keeps the stored files and the document as they were', async () => {
    const doc = await uploadPhoto(editor, 'replace-me.jpg')
    const before = { files: filesOnDisk(), stored: await t.payload.findByID({ collection: 'media', id: doc.id, depth: 0 }) }
    for (const data of [{ alt: null }, { alt: '  ' }, { caption: 'x'.repeat(5_000) }]) {
      const response = await editor.upload('PATCH', `/media/${doc.id}`, form({ data: await photo(300, 200), name: 'replacement.jpg', type: 'image/jpeg' }, data))
      expect(response.status).toBe(400)
    }
    expect({ files: filesOnDisk(), stored: await t.payload.findByID({ collection: 'media', id: doc.id, depth: 0 }) }).toEqual(before)
    expect((await anonymous.get(`/media/file/${doc.filename}`)).status).toBe(200)
    // With valid fields the file is replaced, sizes and all.
    const replaced = await editor.upload('PATCH', `/media/${doc.id}`, form({ data: await photo(1600, 1000), name: 'replacement.jpg', type: 'image/jpeg' }, { alt: 'Replaced' }))
    expect(replaced.status).toBe(200)
    expect(replaced.body.doc).toMatchObject({ alt: 'Replaced', width: 1600, height: 1000, sizes: { og: { width: 1200, height: 630 } } })
    expect((await anonymous.get(`/media/file/${replaced.body.doc.filename}`)).status).toBe(200)
  })

  test('anonymous readers cannot upload; authors cannot delete', async () => {
    const response = await anonymous.upload('POST', '/media', form({ data: await photo(200, 100), name: 'anon.jpg', type: 'image/jpeg' }, { alt: 'Anonymous' }))
    expect(response.status).toBe(403)
    const doc = await uploadPhoto(author, 'authors-own.jpg')
    expect((await author.delete(`/media/${doc.id}`)).status).toBe(403)
    expect((await author.patch(`/media/${doc.id}`, { caption: 'Edited by its author' })).status).toBe(200)
  })
})

describe('images in stories', () => {
  test('a featured image and an Image block are shown in GraphQL with url, alt, caption, credit and sizes', async () => {
    const featured = await uploadPhoto(editor, 'featured.jpg', { alt: 'Featured alt', caption: 'Featured caption', credit: 'Photo: A' })
    const inline = await uploadPhoto(editor, 'inline.jpg', { alt: 'Inline alt', caption: 'Library caption', credit: 'Photo: B' })
    const body = lexicalRoot([paragraphNode('First.'), blockNode('image', { image: inline.id, caption: 'Caption for this story' }), paragraphNode('Second.')])
    const created = await editor.post('/articles', { title: 'A story with pictures', featuredImage: featured.id, body, _status: 'published' })
    expect(created.status).toBe(201)

    const result = await anonymous.graphql(`query ($id: Int!) {
      Article(id: $id) {
        featuredImage { url alt caption credit sizes { thumbnail { url width height } card { url width height } og { url width height } } }
        body(depth: 1)
      }
    }`, { id: created.body.doc.id })
    expect(result.body.errors).toBeUndefined()
    const article = result.body.data.Article
    expect(article.featuredImage).toMatchObject({
      url: `/api/media/file/${featured.filename}`,
      alt: 'Featured alt',
      caption: 'Featured caption',
      credit: 'Photo: A',
      sizes: { thumbnail: { width: 400, height: 300 }, card: { width: 768 }, og: { url: featured.sizes.og.url, width: 1200, height: 630 } },
    })
    const block = article.body.root.children[1].fields
    expect(block.blockType).toBe('image')
    expect(block.caption).toBe('Caption for this story')
    expect(block.image).toMatchObject({ id: inline.id, alt: 'Inline alt', caption: 'Library caption', credit: 'Photo: B', sizes: { og: { width: 1200, height: 630 } } })

    // The site's own query reads only the columns it asks for (`select: true`): the URLs, made from
    // the file names it does not ask for, are there all the same.
    const page = await anonymous.graphql(print(ArticlePageDocument), { slug: created.body.doc.slug, draft: false })
    expect(page.body.errors).toBeUndefined()
    expect(page.body.data.Articles.docs[0].featuredImage).toMatchObject({
      url: `/api/media/file/${featured.filename}`,
      alt: 'Featured alt',
      sizes: { card: { url: featured.sizes.card.url, width: 768 }, og: { url: featured.sizes.og.url, width: 1200, height: 630 } },
    })
  })

  test('a featured image or Image block naming no image is a 400', async () => {
    const missing = await editor.post('/articles', { title: 'Ghost picture', featuredImage: 987654 })
    expect(missing.status).toBe(400)
    expect(JSON.stringify(missing.body)).toMatch(/No media with id 987654/)
    const noImage = await editor.post('/articles', { title: 'Empty image block', body: lexicalRoot([blockNode('image', {})]) })
    expect(noImage.status).toBe(400)
    expect((await t.payload.count({ collection: 'articles', where: { title: { in: ['Ghost picture', 'Empty image block'] } } })).totalDocs).toBe(0)
  })

  test('an image still featured or placed in a story is not deleted (409 naming the stories); once free it is, files and all', async () => {
    const featured = await uploadPhoto(editor, 'held-featured.jpg')
    const placed = await uploadPhoto(editor, 'held-placed.jpg')
    const story = await publishedArticle(t.payload, 'Story holding its photos', {
      featuredImage: featured.id,
      body: lexicalRoot([paragraphNode('Text.'), blockNode('image', { image: placed.id })]),
    })

    const refusedFeatured = await editor.delete(`/media/${featured.id}`)
    expect(refusedFeatured.status).toBe(409)
    expect(refusedFeatured.body.errors[0].message).toContain(`the featured image of article #${story.id} "Story holding its photos"`)
    const refusedPlaced = await editor.delete(`/media/${placed.id}`)
    expect(refusedPlaced.status).toBe(409)
    expect(refusedPlaced.body.errors[0].message).toContain(`placed in article #${story.id} "Story holding its photos"`)
    expect(fs.existsSync(path.join(mediaDir(), placed.filename))).toBe(true)
    expect(await t.payload.count({ collection: 'media', where: { id: { in: [featured.id, placed.id] } } })).toMatchObject({ totalDocs: 2 })

    // A newer draft that still shows it holds it too.
    await t.payload.update({ collection: 'articles', id: story.id, data: { featuredImage: null, body: lexicalRoot([paragraphNode('Text only.')]), _status: 'published' } as never })
    const draft = await t.payload.update({ collection: 'articles', id: story.id, data: { featuredImage: featured.id }, draft: true })
    expect((await editor.delete(`/media/${featured.id}`)).status).toBe(409)
    await t.payload.update({ collection: 'articles', id: draft.id, data: { featuredImage: null }, draft: true })

    for (const image of [featured, placed]) {
      expect((await editor.delete(`/media/${image.id}`)).status).toBe(200)
      expect(fs.existsSync(path.join(mediaDir(), image.filename))).toBe(false)
      expect(fs.existsSync(path.join(mediaDir(), image.sizes.og.filename))).toBe(false)
    }
  })
})
