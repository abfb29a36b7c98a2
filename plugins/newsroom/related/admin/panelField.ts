import type { UIField } from 'payload'

import type { SanitizedRelatedCollection } from '../../options'

/**
 * The editor's panel of related links, placed in the edit view of each linked collection. It reads the
 * body as the editor types, to show which links the body already carries inline.
 */
export function relatedPanelField(entry?: SanitizedRelatedCollection, linksCollection?: string): UIField {
  return {
    name: 'relatedLinksPanel',
    type: 'ui',
    admin: {
      disableListColumn: true,
      components: {
        Field: {
          path: '@newsroom/plugin/client#RelatedLinksPanel',
          clientProps: { bodyField: entry?.fields.body ?? 'body', inlineLinkBlocks: entry?.inlineLinkBlocks ?? [], titleField: entry?.fields.title ?? 'title', linksCollection },
        },
      },
    },
  }
}
