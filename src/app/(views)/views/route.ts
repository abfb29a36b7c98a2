// The view beacon as a bare Next.js route on a static path: POST /views?collection=<collection>&id=<id>
// (or &slug=<slug>). The fastest way in through Next.js: no dynamic segments to match.
import config from '@payload-config'
import { viewsRoute } from '@newsroom/plugin/next'

export const { POST } = viewsRoute(config)
export const dynamic = 'force-dynamic'
