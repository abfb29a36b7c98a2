import type { UIField } from 'payload'

/** The editor's panel of related links, placed in the edit view of each linked collection. */
export function relatedPanelField(): UIField {
  return {
    name: 'relatedLinksPanel',
    type: 'ui',
    admin: { disableListColumn: true, components: { Field: '@newsroom/plugin/related/admin/RelatedLinksPanel#RelatedLinksPanel' } },
  }
}
