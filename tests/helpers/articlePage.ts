/** The README's article-page query (README "GraphQL: the article page"), as a frontend sends it to render one story. */
export const ARTICLE_PAGE = /* GraphQL */ `
  query ArticlePage($slug: String!) {
    Articles(where: { slug: { equals: $slug } }, limit: 1, select: true) {
      docs {
        id title slug lead dateline credit source publishedAt views tags body(depth: 0)
        author { name role }
        people { name role aliases }
        quotes { docs { text attribution speaker { name role aliases } } }
        relatedLinks {
          docs {
            headline order url
            position { placement afterParagraph }
            to { title slug publishedAt views }
          }
        }
      }
    }
  }
`
