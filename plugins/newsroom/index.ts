import type { Config } from 'payload'

import { type NewsroomPluginOptions, sanitizeOptions } from './options'
import { applyRelated } from './related'
import { applyViews } from './views'

export type { MentionsOptions, NewsroomPluginOptions, RelatedCollectionOptions, RelatedFieldNames, RelatedOptions, SanitizedNewsroomOptions, ViewsCollectionOptions, ViewsOptions } from './options'
export type { AnalyzeOptions } from './related/analyze'
export type { InlineLinkBlock } from './related/inlineLinks'
export type { PlacementOption } from './related/placement'
export type { ScoringWeights } from './related/scoring'
export { NewsroomOptionsError, RELATED_DEFAULTS, VIEWS_DEFAULTS } from './options'

/**
 * The newsroom plugin: related headlines and view tracking for any collections named in the
 * options. Options are checked when the config is built, so a mistake stops start-up with a message.
 */
export const newsroomPlugin =
  (incoming: NewsroomPluginOptions = {}) =>
  (config: Config): Config => {
    const options = sanitizeOptions(incoming, (config.collections ?? []).map((collection) => collection.slug))
    let next = config
    if (options.related) next = applyRelated(next, options.related, options.disabled)
    if (options.views) next = applyViews(next, options.views, options.disabled)
    return next
  }

// What an app or the schema package builds on, besides the plugin itself. The admin components are
// in `@newsroom/plugin/client`, the beacon's Next.js route in `@newsroom/plugin/next`.
export { reasonsField } from './related/fields/reasonsField'
export { validateNotPinnedAndExcluded } from './related/pinRules'
export { lockLinksOf } from './related/linkTable'
export { rebuildRelated, type RebuildOptions, type RebuildProgress } from './related/rebuild'
export { quoteIdent, tableKey } from './sql'
export { clientAddressOf, compileTrust, stampPeerAddresses, type TrustFunction, UNKNOWN_ADDRESS } from './views/clientAddress'
export { createCollector } from './views/collector/server'
export { manageSignalsYourself, stopAllCounters } from './views/runtime'
export { newsroomMigrations } from './migrations'
