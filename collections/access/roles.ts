import type { AccessArgs, FieldAccess } from 'payload'

export const ROLES = ['admin', 'editor', 'author'] as const
export type Role = (typeof ROLES)[number]

type MaybeUser = { id?: number | string; roles?: null | string[] } | null | undefined

export const hasRole = (user: MaybeUser, ...roles: Role[]): boolean =>
  Boolean(user?.roles?.some((role) => (roles as string[]).includes(role)))

/** Editors and admins run the newsroom: they publish, edit everything and curate links. */
export const isStaffEditor = (user: MaybeUser): boolean => hasRole(user, 'admin', 'editor')

/** Anyone who writes: authors, editors and admins. */
export const isWriter = (user: MaybeUser): boolean => hasRole(user, 'admin', 'editor', 'author')

export const anyone = (): boolean => true
export const nobody = (): boolean => false
export const admins = ({ req }: AccessArgs): boolean => hasRole(req.user, 'admin')
export const editors = ({ req }: AccessArgs): boolean => isStaffEditor(req.user)
export const writers = ({ req }: AccessArgs): boolean => isWriter(req.user)
export const adminsOnField: FieldAccess = ({ req }) => hasRole(req.user, 'admin')
