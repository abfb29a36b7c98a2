/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Article__Status =
  | 'draft'
  | 'published';

export type Article__Status_Input =
  | 'draft'
  | 'published';

export type Article__Status_Operator = {
  all?: Array<Article__Status_Input | null | undefined> | null | undefined;
  equals?: Article__Status_Input | null | undefined;
  exists?: boolean | null | undefined;
  in?: Array<Article__Status_Input | null | undefined> | null | undefined;
  not_equals?: Article__Status_Input | null | undefined;
  not_in?: Array<Article__Status_Input | null | undefined> | null | undefined;
};

export type Article_Author_Operator = {
  all?: Array<unknown> | null | undefined;
  equals?: unknown;
  exists?: boolean | null | undefined;
  in?: Array<unknown> | null | undefined;
  not_equals?: unknown;
  not_in?: Array<unknown> | null | undefined;
};

export type Article_BaseVersion_Operator = {
  all?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
  not_in?: Array<string | null | undefined> | null | undefined;
};

export type Article_Body_Operator = {
  contains?: unknown;
  equals?: unknown;
  exists?: boolean | null | undefined;
  like?: unknown;
  not_equals?: unknown;
};

export type Article_CreatedAt_Operator = {
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  greater_than?: string | null | undefined;
  greater_than_equal?: string | null | undefined;
  less_than?: string | null | undefined;
  less_than_equal?: string | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
};

export type Article_CreatedBy_Operator = {
  all?: Array<unknown> | null | undefined;
  equals?: unknown;
  exists?: boolean | null | undefined;
  in?: Array<unknown> | null | undefined;
  not_equals?: unknown;
  not_in?: Array<unknown> | null | undefined;
};

export type Article_Credit_Operator = {
  all?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
  not_in?: Array<string | null | undefined> | null | undefined;
};

export type Article_Dateline_Operator = {
  all?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
  not_in?: Array<string | null | undefined> | null | undefined;
};

export type Article_FeaturedImage_Operator = {
  all?: Array<unknown> | null | undefined;
  equals?: unknown;
  exists?: boolean | null | undefined;
  in?: Array<unknown> | null | undefined;
  not_equals?: unknown;
  not_in?: Array<unknown> | null | undefined;
};

export type Article_Id_Operator = {
  equals?: number | null | undefined;
  exists?: boolean | null | undefined;
  greater_than?: number | null | undefined;
  greater_than_equal?: number | null | undefined;
  less_than?: number | null | undefined;
  less_than_equal?: number | null | undefined;
  not_equals?: number | null | undefined;
};

export type Article_ImportDigest_Operator = {
  all?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
  not_in?: Array<string | null | undefined> | null | undefined;
};

export type Article_ImportKey_Operator = {
  all?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
  not_in?: Array<string | null | undefined> | null | undefined;
};

export type Article_Lead_Operator = {
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
};

export type Article_MentionsAdded_Operator = {
  all?: Array<unknown> | null | undefined;
  equals?: unknown;
  exists?: boolean | null | undefined;
  in?: Array<unknown> | null | undefined;
  not_equals?: unknown;
  not_in?: Array<unknown> | null | undefined;
};

export type Article_MentionsRemoved_Operator = {
  all?: Array<unknown> | null | undefined;
  equals?: unknown;
  exists?: boolean | null | undefined;
  in?: Array<unknown> | null | undefined;
  not_equals?: unknown;
  not_in?: Array<unknown> | null | undefined;
};

export type Article_Meta__Description_Operator = {
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
};

export type Article_Meta__Image_Operator = {
  all?: Array<unknown> | null | undefined;
  equals?: unknown;
  exists?: boolean | null | undefined;
  in?: Array<unknown> | null | undefined;
  not_equals?: unknown;
  not_in?: Array<unknown> | null | undefined;
};

export type Article_Meta__Title_Operator = {
  all?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
  not_in?: Array<string | null | undefined> | null | undefined;
};

export type Article_NeverAutoLink_Operator = {
  equals?: boolean | null | undefined;
  exists?: boolean | null | undefined;
  not_equals?: boolean | null | undefined;
};

export type Article_People_Operator = {
  all?: Array<unknown> | null | undefined;
  equals?: unknown;
  exists?: boolean | null | undefined;
  in?: Array<unknown> | null | undefined;
  not_equals?: unknown;
  not_in?: Array<unknown> | null | undefined;
};

export type Article_PublishedAt_Operator = {
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  greater_than?: string | null | undefined;
  greater_than_equal?: string | null | undefined;
  less_than?: string | null | undefined;
  less_than_equal?: string | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
};

export type Article_Slug_Operator = {
  all?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
  not_in?: Array<string | null | undefined> | null | undefined;
};

export type Article_Source_Operator = {
  all?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
  not_in?: Array<string | null | undefined> | null | undefined;
};

export type Article_Tags_Operator = {
  all?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
  not_in?: Array<string | null | undefined> | null | undefined;
};

export type Article_Title_Operator = {
  all?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
  not_in?: Array<string | null | undefined> | null | undefined;
};

export type Article_UnresolvedHeadlines__BlockId_Operator = {
  all?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
  not_in?: Array<string | null | undefined> | null | undefined;
};

export type Article_UnresolvedHeadlines__Headline_Operator = {
  all?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
  not_in?: Array<string | null | undefined> | null | undefined;
};

export type Article_UnresolvedHeadlines__Id_Operator = {
  all?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
  not_in?: Array<string | null | undefined> | null | undefined;
};

export type Article_UnresolvedHeadlines__Normalized_Operator = {
  all?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
  not_in?: Array<string | null | undefined> | null | undefined;
};

export type Article_UnresolvedHeadlines__PublishedAt_Operator = {
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  greater_than?: string | null | undefined;
  greater_than_equal?: string | null | undefined;
  less_than?: string | null | undefined;
  less_than_equal?: string | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
};

export type Article_UnresolvedHeadlines__Views_Operator = {
  equals?: number | null | undefined;
  exists?: boolean | null | undefined;
  greater_than?: number | null | undefined;
  greater_than_equal?: number | null | undefined;
  less_than?: number | null | undefined;
  less_than_equal?: number | null | undefined;
  not_equals?: number | null | undefined;
};

export type Article_UpdatedAt_Operator = {
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  greater_than?: string | null | undefined;
  greater_than_equal?: string | null | undefined;
  less_than?: string | null | undefined;
  less_than_equal?: string | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
};

export type Article_Views_Operator = {
  equals?: number | null | undefined;
  exists?: boolean | null | undefined;
  greater_than?: number | null | undefined;
  greater_than_equal?: number | null | undefined;
  less_than?: number | null | undefined;
  less_than_equal?: number | null | undefined;
  not_equals?: number | null | undefined;
};

export type Article_Where = {
  AND?: Array<Article_Where_And | null | undefined> | null | undefined;
  OR?: Array<Article_Where_Or | null | undefined> | null | undefined;
  _status?: Article__Status_Operator | null | undefined;
  author?: Article_Author_Operator | null | undefined;
  baseVersion?: Article_BaseVersion_Operator | null | undefined;
  body?: Article_Body_Operator | null | undefined;
  createdAt?: Article_CreatedAt_Operator | null | undefined;
  createdBy?: Article_CreatedBy_Operator | null | undefined;
  credit?: Article_Credit_Operator | null | undefined;
  dateline?: Article_Dateline_Operator | null | undefined;
  featuredImage?: Article_FeaturedImage_Operator | null | undefined;
  id?: Article_Id_Operator | null | undefined;
  importDigest?: Article_ImportDigest_Operator | null | undefined;
  importKey?: Article_ImportKey_Operator | null | undefined;
  lead?: Article_Lead_Operator | null | undefined;
  mentionsAdded?: Article_MentionsAdded_Operator | null | undefined;
  mentionsRemoved?: Article_MentionsRemoved_Operator | null | undefined;
  meta__description?: Article_Meta__Description_Operator | null | undefined;
  meta__image?: Article_Meta__Image_Operator | null | undefined;
  meta__title?: Article_Meta__Title_Operator | null | undefined;
  neverAutoLink?: Article_NeverAutoLink_Operator | null | undefined;
  people?: Article_People_Operator | null | undefined;
  publishedAt?: Article_PublishedAt_Operator | null | undefined;
  slug?: Article_Slug_Operator | null | undefined;
  source?: Article_Source_Operator | null | undefined;
  tags?: Article_Tags_Operator | null | undefined;
  title?: Article_Title_Operator | null | undefined;
  unresolvedHeadlines__blockId?: Article_UnresolvedHeadlines__BlockId_Operator | null | undefined;
  unresolvedHeadlines__headline?: Article_UnresolvedHeadlines__Headline_Operator | null | undefined;
  unresolvedHeadlines__id?: Article_UnresolvedHeadlines__Id_Operator | null | undefined;
  unresolvedHeadlines__normalized?: Article_UnresolvedHeadlines__Normalized_Operator | null | undefined;
  unresolvedHeadlines__publishedAt?: Article_UnresolvedHeadlines__PublishedAt_Operator | null | undefined;
  unresolvedHeadlines__views?: Article_UnresolvedHeadlines__Views_Operator | null | undefined;
  updatedAt?: Article_UpdatedAt_Operator | null | undefined;
  views?: Article_Views_Operator | null | undefined;
};

export type Article_Where_And = {
  AND?: Array<Article_Where_And | null | undefined> | null | undefined;
  OR?: Array<Article_Where_Or | null | undefined> | null | undefined;
  _status?: Article__Status_Operator | null | undefined;
  author?: Article_Author_Operator | null | undefined;
  baseVersion?: Article_BaseVersion_Operator | null | undefined;
  body?: Article_Body_Operator | null | undefined;
  createdAt?: Article_CreatedAt_Operator | null | undefined;
  createdBy?: Article_CreatedBy_Operator | null | undefined;
  credit?: Article_Credit_Operator | null | undefined;
  dateline?: Article_Dateline_Operator | null | undefined;
  featuredImage?: Article_FeaturedImage_Operator | null | undefined;
  id?: Article_Id_Operator | null | undefined;
  importDigest?: Article_ImportDigest_Operator | null | undefined;
  importKey?: Article_ImportKey_Operator | null | undefined;
  lead?: Article_Lead_Operator | null | undefined;
  mentionsAdded?: Article_MentionsAdded_Operator | null | undefined;
  mentionsRemoved?: Article_MentionsRemoved_Operator | null | undefined;
  meta__description?: Article_Meta__Description_Operator | null | undefined;
  meta__image?: Article_Meta__Image_Operator | null | undefined;
  meta__title?: Article_Meta__Title_Operator | null | undefined;
  neverAutoLink?: Article_NeverAutoLink_Operator | null | undefined;
  people?: Article_People_Operator | null | undefined;
  publishedAt?: Article_PublishedAt_Operator | null | undefined;
  slug?: Article_Slug_Operator | null | undefined;
  source?: Article_Source_Operator | null | undefined;
  tags?: Article_Tags_Operator | null | undefined;
  title?: Article_Title_Operator | null | undefined;
  unresolvedHeadlines__blockId?: Article_UnresolvedHeadlines__BlockId_Operator | null | undefined;
  unresolvedHeadlines__headline?: Article_UnresolvedHeadlines__Headline_Operator | null | undefined;
  unresolvedHeadlines__id?: Article_UnresolvedHeadlines__Id_Operator | null | undefined;
  unresolvedHeadlines__normalized?: Article_UnresolvedHeadlines__Normalized_Operator | null | undefined;
  unresolvedHeadlines__publishedAt?: Article_UnresolvedHeadlines__PublishedAt_Operator | null | undefined;
  unresolvedHeadlines__views?: Article_UnresolvedHeadlines__Views_Operator | null | undefined;
  updatedAt?: Article_UpdatedAt_Operator | null | undefined;
  views?: Article_Views_Operator | null | undefined;
};

export type Article_Where_Or = {
  AND?: Array<Article_Where_And | null | undefined> | null | undefined;
  OR?: Array<Article_Where_Or | null | undefined> | null | undefined;
  _status?: Article__Status_Operator | null | undefined;
  author?: Article_Author_Operator | null | undefined;
  baseVersion?: Article_BaseVersion_Operator | null | undefined;
  body?: Article_Body_Operator | null | undefined;
  createdAt?: Article_CreatedAt_Operator | null | undefined;
  createdBy?: Article_CreatedBy_Operator | null | undefined;
  credit?: Article_Credit_Operator | null | undefined;
  dateline?: Article_Dateline_Operator | null | undefined;
  featuredImage?: Article_FeaturedImage_Operator | null | undefined;
  id?: Article_Id_Operator | null | undefined;
  importDigest?: Article_ImportDigest_Operator | null | undefined;
  importKey?: Article_ImportKey_Operator | null | undefined;
  lead?: Article_Lead_Operator | null | undefined;
  mentionsAdded?: Article_MentionsAdded_Operator | null | undefined;
  mentionsRemoved?: Article_MentionsRemoved_Operator | null | undefined;
  meta__description?: Article_Meta__Description_Operator | null | undefined;
  meta__image?: Article_Meta__Image_Operator | null | undefined;
  meta__title?: Article_Meta__Title_Operator | null | undefined;
  neverAutoLink?: Article_NeverAutoLink_Operator | null | undefined;
  people?: Article_People_Operator | null | undefined;
  publishedAt?: Article_PublishedAt_Operator | null | undefined;
  slug?: Article_Slug_Operator | null | undefined;
  source?: Article_Source_Operator | null | undefined;
  tags?: Article_Tags_Operator | null | undefined;
  title?: Article_Title_Operator | null | undefined;
  unresolvedHeadlines__blockId?: Article_UnresolvedHeadlines__BlockId_Operator | null | undefined;
  unresolvedHeadlines__headline?: Article_UnresolvedHeadlines__Headline_Operator | null | undefined;
  unresolvedHeadlines__id?: Article_UnresolvedHeadlines__Id_Operator | null | undefined;
  unresolvedHeadlines__normalized?: Article_UnresolvedHeadlines__Normalized_Operator | null | undefined;
  unresolvedHeadlines__publishedAt?: Article_UnresolvedHeadlines__PublishedAt_Operator | null | undefined;
  unresolvedHeadlines__views?: Article_UnresolvedHeadlines__Views_Operator | null | undefined;
  updatedAt?: Article_UpdatedAt_Operator | null | undefined;
  views?: Article_Views_Operator | null | undefined;
};

export type Media_Alt_Operator = {
  all?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
  not_in?: Array<string | null | undefined> | null | undefined;
};

export type Media_BaseVersion_Operator = {
  all?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
  not_in?: Array<string | null | undefined> | null | undefined;
};

export type Media_Caption_Operator = {
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
};

export type Media_CreatedAt_Operator = {
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  greater_than?: string | null | undefined;
  greater_than_equal?: string | null | undefined;
  less_than?: string | null | undefined;
  less_than_equal?: string | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
};

export type Media_Credit_Operator = {
  all?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
  not_in?: Array<string | null | undefined> | null | undefined;
};

export type Media_Filename_Operator = {
  all?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
  not_in?: Array<string | null | undefined> | null | undefined;
};

export type Media_Filesize_Operator = {
  equals?: number | null | undefined;
  exists?: boolean | null | undefined;
  greater_than?: number | null | undefined;
  greater_than_equal?: number | null | undefined;
  less_than?: number | null | undefined;
  less_than_equal?: number | null | undefined;
  not_equals?: number | null | undefined;
};

export type Media_FocalX_Operator = {
  equals?: number | null | undefined;
  exists?: boolean | null | undefined;
  greater_than?: number | null | undefined;
  greater_than_equal?: number | null | undefined;
  less_than?: number | null | undefined;
  less_than_equal?: number | null | undefined;
  not_equals?: number | null | undefined;
};

export type Media_FocalY_Operator = {
  equals?: number | null | undefined;
  exists?: boolean | null | undefined;
  greater_than?: number | null | undefined;
  greater_than_equal?: number | null | undefined;
  less_than?: number | null | undefined;
  less_than_equal?: number | null | undefined;
  not_equals?: number | null | undefined;
};

export type Media_Height_Operator = {
  equals?: number | null | undefined;
  exists?: boolean | null | undefined;
  greater_than?: number | null | undefined;
  greater_than_equal?: number | null | undefined;
  less_than?: number | null | undefined;
  less_than_equal?: number | null | undefined;
  not_equals?: number | null | undefined;
};

export type Media_Id_Operator = {
  equals?: number | null | undefined;
  exists?: boolean | null | undefined;
  greater_than?: number | null | undefined;
  greater_than_equal?: number | null | undefined;
  less_than?: number | null | undefined;
  less_than_equal?: number | null | undefined;
  not_equals?: number | null | undefined;
};

export type Media_MimeType_Operator = {
  all?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
  not_in?: Array<string | null | undefined> | null | undefined;
};

export type Media_Sizes__Card__Filename_Operator = {
  all?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
  not_in?: Array<string | null | undefined> | null | undefined;
};

export type Media_Sizes__Card__Filesize_Operator = {
  equals?: number | null | undefined;
  exists?: boolean | null | undefined;
  greater_than?: number | null | undefined;
  greater_than_equal?: number | null | undefined;
  less_than?: number | null | undefined;
  less_than_equal?: number | null | undefined;
  not_equals?: number | null | undefined;
};

export type Media_Sizes__Card__Height_Operator = {
  equals?: number | null | undefined;
  exists?: boolean | null | undefined;
  greater_than?: number | null | undefined;
  greater_than_equal?: number | null | undefined;
  less_than?: number | null | undefined;
  less_than_equal?: number | null | undefined;
  not_equals?: number | null | undefined;
};

export type Media_Sizes__Card__MimeType_Operator = {
  all?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
  not_in?: Array<string | null | undefined> | null | undefined;
};

export type Media_Sizes__Card__Url_Operator = {
  all?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
  not_in?: Array<string | null | undefined> | null | undefined;
};

export type Media_Sizes__Card__Width_Operator = {
  equals?: number | null | undefined;
  exists?: boolean | null | undefined;
  greater_than?: number | null | undefined;
  greater_than_equal?: number | null | undefined;
  less_than?: number | null | undefined;
  less_than_equal?: number | null | undefined;
  not_equals?: number | null | undefined;
};

export type Media_Sizes__Og__Filename_Operator = {
  all?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
  not_in?: Array<string | null | undefined> | null | undefined;
};

export type Media_Sizes__Og__Filesize_Operator = {
  equals?: number | null | undefined;
  exists?: boolean | null | undefined;
  greater_than?: number | null | undefined;
  greater_than_equal?: number | null | undefined;
  less_than?: number | null | undefined;
  less_than_equal?: number | null | undefined;
  not_equals?: number | null | undefined;
};

export type Media_Sizes__Og__Height_Operator = {
  equals?: number | null | undefined;
  exists?: boolean | null | undefined;
  greater_than?: number | null | undefined;
  greater_than_equal?: number | null | undefined;
  less_than?: number | null | undefined;
  less_than_equal?: number | null | undefined;
  not_equals?: number | null | undefined;
};

export type Media_Sizes__Og__MimeType_Operator = {
  all?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
  not_in?: Array<string | null | undefined> | null | undefined;
};

export type Media_Sizes__Og__Url_Operator = {
  all?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
  not_in?: Array<string | null | undefined> | null | undefined;
};

export type Media_Sizes__Og__Width_Operator = {
  equals?: number | null | undefined;
  exists?: boolean | null | undefined;
  greater_than?: number | null | undefined;
  greater_than_equal?: number | null | undefined;
  less_than?: number | null | undefined;
  less_than_equal?: number | null | undefined;
  not_equals?: number | null | undefined;
};

export type Media_Sizes__Thumbnail__Filename_Operator = {
  all?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
  not_in?: Array<string | null | undefined> | null | undefined;
};

export type Media_Sizes__Thumbnail__Filesize_Operator = {
  equals?: number | null | undefined;
  exists?: boolean | null | undefined;
  greater_than?: number | null | undefined;
  greater_than_equal?: number | null | undefined;
  less_than?: number | null | undefined;
  less_than_equal?: number | null | undefined;
  not_equals?: number | null | undefined;
};

export type Media_Sizes__Thumbnail__Height_Operator = {
  equals?: number | null | undefined;
  exists?: boolean | null | undefined;
  greater_than?: number | null | undefined;
  greater_than_equal?: number | null | undefined;
  less_than?: number | null | undefined;
  less_than_equal?: number | null | undefined;
  not_equals?: number | null | undefined;
};

export type Media_Sizes__Thumbnail__MimeType_Operator = {
  all?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
  not_in?: Array<string | null | undefined> | null | undefined;
};

export type Media_Sizes__Thumbnail__Url_Operator = {
  all?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
  not_in?: Array<string | null | undefined> | null | undefined;
};

export type Media_Sizes__Thumbnail__Width_Operator = {
  equals?: number | null | undefined;
  exists?: boolean | null | undefined;
  greater_than?: number | null | undefined;
  greater_than_equal?: number | null | undefined;
  less_than?: number | null | undefined;
  less_than_equal?: number | null | undefined;
  not_equals?: number | null | undefined;
};

export type Media_ThumbnailUrl_Operator = {
  all?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
  not_in?: Array<string | null | undefined> | null | undefined;
};

export type Media_UpdatedAt_Operator = {
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  greater_than?: string | null | undefined;
  greater_than_equal?: string | null | undefined;
  less_than?: string | null | undefined;
  less_than_equal?: string | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
};

export type Media_Url_Operator = {
  all?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
  not_in?: Array<string | null | undefined> | null | undefined;
};

export type Media_Where = {
  AND?: Array<Media_Where_And | null | undefined> | null | undefined;
  OR?: Array<Media_Where_Or | null | undefined> | null | undefined;
  alt?: Media_Alt_Operator | null | undefined;
  baseVersion?: Media_BaseVersion_Operator | null | undefined;
  caption?: Media_Caption_Operator | null | undefined;
  createdAt?: Media_CreatedAt_Operator | null | undefined;
  credit?: Media_Credit_Operator | null | undefined;
  filename?: Media_Filename_Operator | null | undefined;
  filesize?: Media_Filesize_Operator | null | undefined;
  focalX?: Media_FocalX_Operator | null | undefined;
  focalY?: Media_FocalY_Operator | null | undefined;
  height?: Media_Height_Operator | null | undefined;
  id?: Media_Id_Operator | null | undefined;
  mimeType?: Media_MimeType_Operator | null | undefined;
  sizes__card__filename?: Media_Sizes__Card__Filename_Operator | null | undefined;
  sizes__card__filesize?: Media_Sizes__Card__Filesize_Operator | null | undefined;
  sizes__card__height?: Media_Sizes__Card__Height_Operator | null | undefined;
  sizes__card__mimeType?: Media_Sizes__Card__MimeType_Operator | null | undefined;
  sizes__card__url?: Media_Sizes__Card__Url_Operator | null | undefined;
  sizes__card__width?: Media_Sizes__Card__Width_Operator | null | undefined;
  sizes__og__filename?: Media_Sizes__Og__Filename_Operator | null | undefined;
  sizes__og__filesize?: Media_Sizes__Og__Filesize_Operator | null | undefined;
  sizes__og__height?: Media_Sizes__Og__Height_Operator | null | undefined;
  sizes__og__mimeType?: Media_Sizes__Og__MimeType_Operator | null | undefined;
  sizes__og__url?: Media_Sizes__Og__Url_Operator | null | undefined;
  sizes__og__width?: Media_Sizes__Og__Width_Operator | null | undefined;
  sizes__thumbnail__filename?: Media_Sizes__Thumbnail__Filename_Operator | null | undefined;
  sizes__thumbnail__filesize?: Media_Sizes__Thumbnail__Filesize_Operator | null | undefined;
  sizes__thumbnail__height?: Media_Sizes__Thumbnail__Height_Operator | null | undefined;
  sizes__thumbnail__mimeType?: Media_Sizes__Thumbnail__MimeType_Operator | null | undefined;
  sizes__thumbnail__url?: Media_Sizes__Thumbnail__Url_Operator | null | undefined;
  sizes__thumbnail__width?: Media_Sizes__Thumbnail__Width_Operator | null | undefined;
  thumbnailURL?: Media_ThumbnailUrl_Operator | null | undefined;
  updatedAt?: Media_UpdatedAt_Operator | null | undefined;
  url?: Media_Url_Operator | null | undefined;
  width?: Media_Width_Operator | null | undefined;
};

export type Media_Where_And = {
  AND?: Array<Media_Where_And | null | undefined> | null | undefined;
  OR?: Array<Media_Where_Or | null | undefined> | null | undefined;
  alt?: Media_Alt_Operator | null | undefined;
  baseVersion?: Media_BaseVersion_Operator | null | undefined;
  caption?: Media_Caption_Operator | null | undefined;
  createdAt?: Media_CreatedAt_Operator | null | undefined;
  credit?: Media_Credit_Operator | null | undefined;
  filename?: Media_Filename_Operator | null | undefined;
  filesize?: Media_Filesize_Operator | null | undefined;
  focalX?: Media_FocalX_Operator | null | undefined;
  focalY?: Media_FocalY_Operator | null | undefined;
  height?: Media_Height_Operator | null | undefined;
  id?: Media_Id_Operator | null | undefined;
  mimeType?: Media_MimeType_Operator | null | undefined;
  sizes__card__filename?: Media_Sizes__Card__Filename_Operator | null | undefined;
  sizes__card__filesize?: Media_Sizes__Card__Filesize_Operator | null | undefined;
  sizes__card__height?: Media_Sizes__Card__Height_Operator | null | undefined;
  sizes__card__mimeType?: Media_Sizes__Card__MimeType_Operator | null | undefined;
  sizes__card__url?: Media_Sizes__Card__Url_Operator | null | undefined;
  sizes__card__width?: Media_Sizes__Card__Width_Operator | null | undefined;
  sizes__og__filename?: Media_Sizes__Og__Filename_Operator | null | undefined;
  sizes__og__filesize?: Media_Sizes__Og__Filesize_Operator | null | undefined;
  sizes__og__height?: Media_Sizes__Og__Height_Operator | null | undefined;
  sizes__og__mimeType?: Media_Sizes__Og__MimeType_Operator | null | undefined;
  sizes__og__url?: Media_Sizes__Og__Url_Operator | null | undefined;
  sizes__og__width?: Media_Sizes__Og__Width_Operator | null | undefined;
  sizes__thumbnail__filename?: Media_Sizes__Thumbnail__Filename_Operator | null | undefined;
  sizes__thumbnail__filesize?: Media_Sizes__Thumbnail__Filesize_Operator | null | undefined;
  sizes__thumbnail__height?: Media_Sizes__Thumbnail__Height_Operator | null | undefined;
  sizes__thumbnail__mimeType?: Media_Sizes__Thumbnail__MimeType_Operator | null | undefined;
  sizes__thumbnail__url?: Media_Sizes__Thumbnail__Url_Operator | null | undefined;
  sizes__thumbnail__width?: Media_Sizes__Thumbnail__Width_Operator | null | undefined;
  thumbnailURL?: Media_ThumbnailUrl_Operator | null | undefined;
  updatedAt?: Media_UpdatedAt_Operator | null | undefined;
  url?: Media_Url_Operator | null | undefined;
  width?: Media_Width_Operator | null | undefined;
};

export type Media_Where_Or = {
  AND?: Array<Media_Where_And | null | undefined> | null | undefined;
  OR?: Array<Media_Where_Or | null | undefined> | null | undefined;
  alt?: Media_Alt_Operator | null | undefined;
  baseVersion?: Media_BaseVersion_Operator | null | undefined;
  caption?: Media_Caption_Operator | null | undefined;
  createdAt?: Media_CreatedAt_Operator | null | undefined;
  credit?: Media_Credit_Operator | null | undefined;
  filename?: Media_Filename_Operator | null | undefined;
  filesize?: Media_Filesize_Operator | null | undefined;
  focalX?: Media_FocalX_Operator | null | undefined;
  focalY?: Media_FocalY_Operator | null | undefined;
  height?: Media_Height_Operator | null | undefined;
  id?: Media_Id_Operator | null | undefined;
  mimeType?: Media_MimeType_Operator | null | undefined;
  sizes__card__filename?: Media_Sizes__Card__Filename_Operator | null | undefined;
  sizes__card__filesize?: Media_Sizes__Card__Filesize_Operator | null | undefined;
  sizes__card__height?: Media_Sizes__Card__Height_Operator | null | undefined;
  sizes__card__mimeType?: Media_Sizes__Card__MimeType_Operator | null | undefined;
  sizes__card__url?: Media_Sizes__Card__Url_Operator | null | undefined;
  sizes__card__width?: Media_Sizes__Card__Width_Operator | null | undefined;
  sizes__og__filename?: Media_Sizes__Og__Filename_Operator | null | undefined;
  sizes__og__filesize?: Media_Sizes__Og__Filesize_Operator | null | undefined;
  sizes__og__height?: Media_Sizes__Og__Height_Operator | null | undefined;
  sizes__og__mimeType?: Media_Sizes__Og__MimeType_Operator | null | undefined;
  sizes__og__url?: Media_Sizes__Og__Url_Operator | null | undefined;
  sizes__og__width?: Media_Sizes__Og__Width_Operator | null | undefined;
  sizes__thumbnail__filename?: Media_Sizes__Thumbnail__Filename_Operator | null | undefined;
  sizes__thumbnail__filesize?: Media_Sizes__Thumbnail__Filesize_Operator | null | undefined;
  sizes__thumbnail__height?: Media_Sizes__Thumbnail__Height_Operator | null | undefined;
  sizes__thumbnail__mimeType?: Media_Sizes__Thumbnail__MimeType_Operator | null | undefined;
  sizes__thumbnail__url?: Media_Sizes__Thumbnail__Url_Operator | null | undefined;
  sizes__thumbnail__width?: Media_Sizes__Thumbnail__Width_Operator | null | undefined;
  thumbnailURL?: Media_ThumbnailUrl_Operator | null | undefined;
  updatedAt?: Media_UpdatedAt_Operator | null | undefined;
  url?: Media_Url_Operator | null | undefined;
  width?: Media_Width_Operator | null | undefined;
};

export type Media_Width_Operator = {
  equals?: number | null | undefined;
  exists?: boolean | null | undefined;
  greater_than?: number | null | undefined;
  greater_than_equal?: number | null | undefined;
  less_than?: number | null | undefined;
  less_than_equal?: number | null | undefined;
  not_equals?: number | null | undefined;
};

export type Person_Aliases_Operator = {
  all?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
  not_in?: Array<string | null | undefined> | null | undefined;
};

export type Person_BaseVersion_Operator = {
  all?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
  not_in?: Array<string | null | undefined> | null | undefined;
};

export type Person_Bio_Operator = {
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
};

export type Person_CreatedAt_Operator = {
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  greater_than?: string | null | undefined;
  greater_than_equal?: string | null | undefined;
  less_than?: string | null | undefined;
  less_than_equal?: string | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
};

export type Person_Id_Operator = {
  equals?: number | null | undefined;
  exists?: boolean | null | undefined;
  greater_than?: number | null | undefined;
  greater_than_equal?: number | null | undefined;
  less_than?: number | null | undefined;
  less_than_equal?: number | null | undefined;
  not_equals?: number | null | undefined;
};

export type Person_Kind =
  | 'organisation'
  | 'person';

export type Person_Kind_Input =
  | 'organisation'
  | 'person';

export type Person_Kind_Operator = {
  all?: Array<Person_Kind_Input | null | undefined> | null | undefined;
  equals?: Person_Kind_Input | null | undefined;
  exists?: boolean | null | undefined;
  in?: Array<Person_Kind_Input | null | undefined> | null | undefined;
  not_equals?: Person_Kind_Input | null | undefined;
  not_in?: Array<Person_Kind_Input | null | undefined> | null | undefined;
};

export type Person_NameAndAliases_Operator = {
  all?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
  not_in?: Array<string | null | undefined> | null | undefined;
};

export type Person_Name_Operator = {
  all?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
  not_in?: Array<string | null | undefined> | null | undefined;
};

export type Person_Role_Operator = {
  all?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
  not_in?: Array<string | null | undefined> | null | undefined;
};

export type Person_SearchText_Operator = {
  all?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
  not_in?: Array<string | null | undefined> | null | undefined;
};

export type Person_Slug_Operator = {
  all?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
  not_in?: Array<string | null | undefined> | null | undefined;
};

export type Person_UpdatedAt_Operator = {
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  greater_than?: string | null | undefined;
  greater_than_equal?: string | null | undefined;
  less_than?: string | null | undefined;
  less_than_equal?: string | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
};

export type Person_Where = {
  AND?: Array<Person_Where_And | null | undefined> | null | undefined;
  OR?: Array<Person_Where_Or | null | undefined> | null | undefined;
  aliases?: Person_Aliases_Operator | null | undefined;
  baseVersion?: Person_BaseVersion_Operator | null | undefined;
  bio?: Person_Bio_Operator | null | undefined;
  createdAt?: Person_CreatedAt_Operator | null | undefined;
  id?: Person_Id_Operator | null | undefined;
  kind?: Person_Kind_Operator | null | undefined;
  name?: Person_Name_Operator | null | undefined;
  nameAndAliases?: Person_NameAndAliases_Operator | null | undefined;
  role?: Person_Role_Operator | null | undefined;
  searchText?: Person_SearchText_Operator | null | undefined;
  slug?: Person_Slug_Operator | null | undefined;
  updatedAt?: Person_UpdatedAt_Operator | null | undefined;
};

export type Person_Where_And = {
  AND?: Array<Person_Where_And | null | undefined> | null | undefined;
  OR?: Array<Person_Where_Or | null | undefined> | null | undefined;
  aliases?: Person_Aliases_Operator | null | undefined;
  baseVersion?: Person_BaseVersion_Operator | null | undefined;
  bio?: Person_Bio_Operator | null | undefined;
  createdAt?: Person_CreatedAt_Operator | null | undefined;
  id?: Person_Id_Operator | null | undefined;
  kind?: Person_Kind_Operator | null | undefined;
  name?: Person_Name_Operator | null | undefined;
  nameAndAliases?: Person_NameAndAliases_Operator | null | undefined;
  role?: Person_Role_Operator | null | undefined;
  searchText?: Person_SearchText_Operator | null | undefined;
  slug?: Person_Slug_Operator | null | undefined;
  updatedAt?: Person_UpdatedAt_Operator | null | undefined;
};

export type Person_Where_Or = {
  AND?: Array<Person_Where_And | null | undefined> | null | undefined;
  OR?: Array<Person_Where_Or | null | undefined> | null | undefined;
  aliases?: Person_Aliases_Operator | null | undefined;
  baseVersion?: Person_BaseVersion_Operator | null | undefined;
  bio?: Person_Bio_Operator | null | undefined;
  createdAt?: Person_CreatedAt_Operator | null | undefined;
  id?: Person_Id_Operator | null | undefined;
  kind?: Person_Kind_Operator | null | undefined;
  name?: Person_Name_Operator | null | undefined;
  nameAndAliases?: Person_NameAndAliases_Operator | null | undefined;
  role?: Person_Role_Operator | null | undefined;
  searchText?: Person_SearchText_Operator | null | undefined;
  slug?: Person_Slug_Operator | null | undefined;
  updatedAt?: Person_UpdatedAt_Operator | null | undefined;
};

export type RelatedLink_Position_Placement =
  | 'end'
  | 'inline';

export type ArticlePageQueryVariables = Exact<{
  slug: string;
  draft?: boolean | null | undefined;
}>;


export type ArticlePageQuery = { Articles: { docs: Array<{ id: number, title: string | null, slug: string | null, lead: string | null, dateline: string | null, credit: string | null, source: string | null, publishedAt: string | null, updatedAt: string | null, views: number | null, tags: Array<string> | null, _status: Article__Status | null, body: unknown, featuredImage: { url: string | null, alt: string, caption: string | null, credit: string | null, width: number | null, height: number | null, sizes: { card: { url: string | null, width: number | null, height: number | null } | null, og: { url: string | null, width: number | null, height: number | null } | null } | null } | null, meta: { title: string | null, description: string | null, image: { url: string | null, alt: string, sizes: { og: { url: string | null, width: number | null, height: number | null } | null } | null } | null } | null, author: { id: number, name: string, slug: string | null, role: string | null } | null, people: Array<{ id: number, name: string, slug: string | null, role: string | null }> | null, quotes: { docs: Array<{ id: number, text: string, attribution: string | null, speaker: { id: number, name: string, slug: string | null, role: string | null } | null }> } | null, relatedLinks: { docs: Array<{ id: number, headline: string | null, url: string | null, position: { placement: RelatedLink_Position_Placement | null, afterParagraph: number | null } | null, to: { id: number, title: string | null, slug: string | null, publishedAt: string | null, views: number | null } | null }> } | null }> } | null };

export type ReadAlsoTargetsQueryVariables = Exact<{
  where: Article_Where;
  draft?: boolean | null | undefined;
}>;


export type ReadAlsoTargetsQuery = { Articles: { docs: Array<{ id: number, title: string | null, slug: string | null, publishedAt: string | null, views: number | null }> } | null };

export type BodyImagesQueryVariables = Exact<{
  where: Media_Where;
}>;


export type BodyImagesQuery = { allMedia: { docs: Array<{ id: number, url: string | null, alt: string, caption: string | null, credit: string | null, width: number | null, height: number | null, sizes: { card: { url: string | null, width: number | null, height: number | null } | null } | null }> } | null };

export type HomePageQueryVariables = Exact<{
  page: number;
  limit: number;
}>;


export type HomePageQuery = { Articles: { page: number, totalPages: number, hasNextPage: boolean, hasPrevPage: boolean, docs: Array<{ id: number, title: string | null, slug: string | null, lead: string | null, publishedAt: string | null, views: number | null }> } | null, today: Array<{ rank: number, views: number, article: { id: number, title: string | null, slug: string | null, publishedAt: string | null } }>, week: Array<{ rank: number, views: number, article: { id: number, title: string | null, slug: string | null, publishedAt: string | null } }> };

export type TagPageQueryVariables = Exact<{
  tag: string;
  page: number;
  limit: number;
}>;


export type TagPageQuery = { Articles: { page: number, totalPages: number, hasNextPage: boolean, hasPrevPage: boolean, docs: Array<{ updatedAt: string | null, tags: Array<string> | null, id: number, title: string | null, slug: string | null, lead: string | null, publishedAt: string | null, views: number | null, author: { name: string } | null }> } | null };

export type LatestStoriesQueryVariables = Exact<{
  page: number;
  limit: number;
}>;


export type LatestStoriesQuery = { Articles: { hasNextPage: boolean, docs: Array<{ updatedAt: string | null, tags: Array<string> | null, id: number, title: string | null, slug: string | null, lead: string | null, publishedAt: string | null, views: number | null, author: { name: string } | null }> } | null };

export type PersonPageQueryVariables = Exact<{
  where: Person_Where;
}>;


export type PersonPageQuery = { People: { docs: Array<{ id: number, name: string, slug: string | null, role: string | null, kind: Person_Kind | null, bio: string | null, quotes: { docs: Array<{ id: number, text: string, attribution: string | null, saidAt: string | null, article: { title: string | null, slug: string | null } | null }> } | null, mentionedIn: { docs: Array<{ id: number, title: string | null, slug: string | null, lead: string | null, publishedAt: string | null, views: number | null }> } | null, articlesWritten: { docs: Array<{ id: number, title: string | null, slug: string | null, lead: string | null, publishedAt: string | null, views: number | null }> } | null }> } | null };

export type StoryCardFragment = { id: number, title: string | null, slug: string | null, lead: string | null, publishedAt: string | null, views: number | null };

export type MostReadFragment = { rank: number, views: number, article: { id: number, title: string | null, slug: string | null, publishedAt: string | null } };

export const StoryCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StoryCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Article"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"lead"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"views"}}]}}]} as unknown as DocumentNode<StoryCardFragment, unknown>;
export const MostReadFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MostRead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MostReadArticle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"views"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]} as unknown as DocumentNode<MostReadFragment, unknown>;
export const ArticlePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ArticlePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"draft"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"Articles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"slug"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"equals"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"draft"},"value":{"kind":"Variable","name":{"kind":"Name","value":"draft"}}},{"kind":"Argument","name":{"kind":"Name","value":"select"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"docs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"lead"}},{"kind":"Field","name":{"kind":"Name","value":"dateline"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"views"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"_status"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"IntValue","value":"0"}}]},{"kind":"Field","name":{"kind":"Name","value":"featuredImage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"sizes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"card"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","name":{"kind":"Name","value":"og"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"meta"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}},{"kind":"Field","name":{"kind":"Name","value":"sizes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"og"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quotes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"docs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"relatedLinks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"docs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placement"}},{"kind":"Field","name":{"kind":"Name","value":"afterParagraph"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"views"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ArticlePageQuery, ArticlePageQueryVariables>;
export const ReadAlsoTargetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadAlsoTargets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Article_where"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"draft"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"Articles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"draft"},"value":{"kind":"Variable","name":{"kind":"Name","value":"draft"}}},{"kind":"Argument","name":{"kind":"Name","value":"select"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"docs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"views"}}]}}]}}]}}]} as unknown as DocumentNode<ReadAlsoTargetsQuery, ReadAlsoTargetsQueryVariables>;
export const BodyImagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BodyImages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Media_where"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allMedia"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"docs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"sizes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"card"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BodyImagesQuery, BodyImagesQueryVariables>;
export const HomePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"Articles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"StringValue","value":"-publishedAt","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"select"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"docs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StoryCard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"totalPages"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPrevPage"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"today"},"name":{"kind":"Name","value":"mostReadArticles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"EnumValue","value":"DAY"}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MostRead"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"week"},"name":{"kind":"Name","value":"mostReadArticles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"EnumValue","value":"WEEK"}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MostRead"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StoryCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Article"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"lead"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"views"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MostRead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MostReadArticle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"views"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]} as unknown as DocumentNode<HomePageQuery, HomePageQueryVariables>;
export const TagPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TagPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tag"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"Articles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"tags"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"in"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"tag"}}]}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"StringValue","value":"-publishedAt","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"select"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"docs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StoryCard"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"totalPages"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPrevPage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StoryCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Article"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"lead"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"views"}}]}}]} as unknown as DocumentNode<TagPageQuery, TagPageQueryVariables>;
export const LatestStoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LatestStories"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"Articles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"StringValue","value":"-publishedAt","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"select"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"docs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StoryCard"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StoryCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Article"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"lead"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"views"}}]}}]} as unknown as DocumentNode<LatestStoriesQuery, LatestStoriesQueryVariables>;
export const PersonPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Person_where"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"People"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"select"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"docs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"bio"}},{"kind":"Field","name":{"kind":"Name","value":"quotes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"StringValue","value":"-saidAt","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"docs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"}},{"kind":"Field","name":{"kind":"Name","value":"saidAt"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentionedIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"StringValue","value":"-publishedAt","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"docs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StoryCard"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"articlesWritten"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"StringValue","value":"-publishedAt","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"docs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StoryCard"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StoryCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Article"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"lead"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"views"}}]}}]} as unknown as DocumentNode<PersonPageQuery, PersonPageQueryVariables>;