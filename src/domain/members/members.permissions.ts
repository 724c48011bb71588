/** Members: admitting organizations and managing users. Deny by default (see permissions.ts). */
import { definePermissions } from '../permissions'

export interface MembersSubject {
  /** The target organization and its ancestors, nearest first. */
  orgChain: readonly string[]
}

export const membersPermissions = definePermissions({
  capability: 'members',
  relations: {
    hub: 'at the hub',
    'own-org-or-below': 'own org or one under it',
  },
  table: {
    'admit-org': { does: 'admit an organization (a nation, or one under a nation)', grants: { admin: ['hub'] } },
    'manage-users': { does: 'add users to an organization, list them, send them enrolment links, disable and re-enable them, revoke (never mint) their tokens', grants: { admin: ['hub', 'own-org-or-below'] } },
  },
  relationsOf: (actor, s: MembersSubject) => [
    ...(actor.orgKind === 'hub' ? (['hub'] as const) : []),
    ...(s.orgChain.includes(actor.orgId) ? (['own-org-or-below'] as const) : []),
  ],
})
