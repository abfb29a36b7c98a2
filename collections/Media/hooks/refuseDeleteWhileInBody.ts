import { refuseDeleteWhilePlacedIn } from '../../hooks/refuseDeleteWhilePlaced'

/** Images placed by an Image block: not deleted while a story shows them (409 naming the stories). */
export const refuseDeleteWhileInBody = refuseDeleteWhilePlacedIn({ blockType: 'image', field: 'image', noun: 'image', verb: 'show', blockLabel: 'Image' })
