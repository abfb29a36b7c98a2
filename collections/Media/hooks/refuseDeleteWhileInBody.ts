import { refuseDeleteWhilePlacedIn } from '../../hooks/refuseDeleteWhilePlaced'
import { type NewsroomSlugs } from '../../options/slugs'

/** Images placed by an Image block: not deleted while a story shows them (409 naming the stories). */
export const refuseDeleteWhileInBody = (slugs: NewsroomSlugs) => refuseDeleteWhilePlacedIn(slugs, { blockType: 'image', field: 'image', noun: 'image', verb: 'show', blockLabel: 'Image' })
