'use client'
// The admin components, named in the import map as `@newsroom/plugin/client#<Name>`.
export { RelatedLinksPanel } from './related/admin/RelatedLinksPanel'
export { MostReadWidget } from './views/admin/MostReadWidget'
export { ViewsCell } from './views/admin/ViewsCell'
export { ViewsChart } from './views/admin/ViewsChart'
