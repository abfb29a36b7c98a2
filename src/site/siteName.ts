/** The publication's name in titles, feeds and structured data. */
export const SITE_NAME = process.env.NEWSROOM_SITE_NAME?.trim() || 'Newsroom'
