import type { CollectionConfig } from 'payload'

import { admins, adminsOnField, hasRole, ROLES } from '../access/roles'
import { enforcePasswordPolicy, enforcePasswordPolicyOnReset } from './hooks/enforcePasswordPolicy'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { guardFirstRegistration } from './hooks/guardFirstRegistration'
import { rejectMalformedId } from '../hooks/rejectMalformedId'
import { authCookies, UNREACHABLE_LOGIN_ATTEMPTS } from '../security/loginCookies'
import { forgetFailedLogins, guardAuthOperations } from '../security/loginGuard'
import { buildCollection, type CollectionOptions } from '../options/overrides'
import type { NewsroomSlugs } from '../options/slugs'

const usersConfig = (slugs: NewsroomSlugs): CollectionConfig => ({
  slug: slugs.users,
  labels: { singular: 'User', plural: 'Users' },
  auth: {
    // Rate limits per address and per (account, address) stop guessing instead (security/loginLimits.ts).
    maxLoginAttempts: UNREACHABLE_LOGIN_ATTEMPTS,
    cookies: authCookies(),
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'roles'],
    group: 'Admin',
  },
  access: {
    admin: ({ req: { user } }) => hasRole(user, ...ROLES),
    create: admins,
    delete: admins,
    // Unlocking lifts the lock that failed logins put on an account: an admin's decision, not anyone's.
    unlock: admins,
    read: ({ req: { user } }) => {
      if (hasRole(user, 'admin')) return true
      return user ? { id: { equals: user.id } } : false
    },
    update: ({ req: { user } }) => {
      if (hasRole(user, 'admin')) return true
      return user ? { id: { equals: user.id } } : false
    },
  },
  hooks: {
    beforeOperation: [rejectMalformedId, guardAuthOperations, guardFirstRegistration, enforcePasswordPolicyOnReset],
    beforeValidate: [enforcePasswordPolicy],
    beforeChange: [firstUserIsAdmin],
    afterLogin: [forgetFailedLogins],
  },
  fields: [
    { name: 'name', type: 'text' },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      defaultValue: ['author'],
      saveToJWT: true,
      options: [
        { label: 'Admin', value: 'admin' },
        { label: 'Editor', value: 'editor' },
        { label: 'Author', value: 'author' },
      ],
      access: {
        // Only admins hand out roles; everybody else would promote themselves.
        create: adminsOnField,
        update: adminsOnField,
      },
      admin: {
        description: 'Admins manage users; editors publish and edit everything; authors write their own drafts.',
      },
    },
  ],
})

/** The Users collection with an app's slugs, labels and overrides (README "Extend the collections"). */
export const usersCollection = (options?: CollectionOptions): CollectionConfig => buildCollection(options, usersConfig)

/** Users as the newsroom app configures it: usersCollection() with the defaults. */
export const Users = usersCollection()
