// The view beacon as a Next.js route handler: `export const { POST } = viewsRoute(config)`.
export { viewsRoute } from './views/next/route'
