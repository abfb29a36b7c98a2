import config from '@payload-config'
import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import { getPayload } from 'payload'

import { previewRequestTrusted, previewTarget } from '../../../../../site/previewAccess'
import { publicBaseUrl } from '../../../../../site/publicUrl'

const refuse = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status, headers: { 'cache-control': 'no-store' } })

/**
 * GET /api/site/preview?path=/news/<slug>: switches Next's draft mode on for a signed-in staff member
 * (any Payload user: authors, editors, admins) and opens the story, draft included. Anyone else: 401.
 * GET /api/site/preview?exit=1 switches it off.
 */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url)
  if (url.searchParams.has('exit')) {
    ;(await draftMode()).disable()
    redirect(previewTarget(url.searchParams.get('path')) ?? '/')
  }
  const target = previewTarget(url.searchParams.get('path'))
  if (!target) return refuse(400, 'path must be the page of a story: /news/<slug>')
  if (!previewRequestTrusted(request.headers.get('sec-fetch-site'))) return refuse(403, 'A preview cannot be opened from another site')
  // Payload believes a session cookie only with a trusted origin; a browser sends none on a GET navigation.
  const headers = new Headers({ cookie: request.headers.get('cookie') ?? '', origin: publicBaseUrl() })
  const authorization = request.headers.get('authorization')
  if (authorization) headers.set('authorization', authorization)
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers })
  if (!user) return refuse(401, 'Sign in to the admin to preview drafts')
  ;(await draftMode()).enable()
  redirect(target)
}
