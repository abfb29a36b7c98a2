import type { Config } from 'payload'

import { type NewsroomPluginOptions, sanitizeOptions } from './options'
import { applyRelated } from './related'
import { applyViews } from './views'

export type { NewsroomPluginOptions, RelatedOptions, SanitizedNewsroomOptions, ViewsCollectionOptions, ViewsOptions } from './options'
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
export { reasonsField } from './related/fields/reasonsField'
