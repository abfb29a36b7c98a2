import type { Config, Plugin } from 'payload'

import { answerClientErrorsAs400 } from './clientErrors'
import { validateInput } from './validateInput'

/**
 * Input checks on every collection, from one place. Listed last among the plugins, it reaches the
 * collections other plugins add; Payload's own (jobs, preferences, locked documents, kv) are added
 * after every plugin has run, so they get the hook when Payload starts. The check goes first in each
 * collection's beforeOperation chain (the others stay, in order): hooks after it may then assume a
 * body that is an object and ids that are ids.
 */
export const inputValidation = (): Plugin => (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: { ...collection.hooks, beforeOperation: [validateInput, ...(collection.hooks?.beforeOperation ?? [])] },
  })),
  hooks: { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []), answerClientErrorsAs400] },
  onInit: async (payload) => {
    for (const { config: collection } of Object.values(payload.collections)) {
      const hooks = (collection.hooks.beforeOperation ??= [])
      if (!hooks.includes(validateInput)) hooks.unshift(validateInput)
    }
    await config.onInit?.(payload)
  },
})
