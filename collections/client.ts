'use client'
// The admin components, named in the import map as `@newsroom/schema/client#<Name>`.
export { QuoteBlockLabel, ReadAlsoBlockLabel } from './Articles/admin/BlockLabels'
export { ImportFromText } from './Articles/admin/ImportFromText'
