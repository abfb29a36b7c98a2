import type { Config, Plugin } from 'payload'

import { answerClientErrorsAs400 } from './clientErrors'
import { validateInput } from './validateInput'

/**
 * Input checks on every collection, from one place: listed last among the plugins, it also reaches
 * the collections other plugins add. Hooks are appended, never replacing a collection's own.
 */
export const inputValidation = (): Plugin => (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => {
    const existing = collection.hooks?.beforeOperation ?? []
    return { ...collection, hooks: { ...collection.hooks, beforeOperation: [...existing, validateInput] } }
  }),
  hooks: { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []), answerClientErrorsAs400] },
})
