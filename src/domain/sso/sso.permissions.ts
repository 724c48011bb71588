/**
 * Single sign-on: only a nation's own admin connects its tree to a provider. Not the hub's
 * admins: whoever sets a nation's provider can sign in as any of its people.
 */
import { definePermissions } from '../permissions'

export interface SsoSubject {
  /** The nation whose provider it is. */
  nationId: string
}

export const ssoPermissions = definePermissions({
  capability: 'sso',
  relations: { 'own-nation': 'the nation is their own organization' },
  table: {
    configure: { does: 'connect the nation’s tree to an OpenID Connect provider, read and remove that', grants: { admin: ['own-nation'] } },
  },
  relationsOf: (actor, s: SsoSubject) => (actor.orgKind === 'nation' && actor.orgId === s.nationId ? (['own-nation'] as const) : []),
})
