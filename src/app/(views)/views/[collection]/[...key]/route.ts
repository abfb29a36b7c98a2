// The view beacon as a bare Next.js route: POST /views/<collection>/<id> or /views/<collection>/slug/<slug>.
import config from '@payload-config'
import { viewsRoute } from '@newsroom/plugin/next'

export const { POST } = viewsRoute(config)
export const dynamic = 'force-dynamic'
