/** Intel feeds: an organization's admins subscribe it and run its feeds; coordinators read every feed's state. */
import type { Actor } from '../../members'
import { definePermissions } from '../../permissions'

export interface FeedSubject {
  /** The subscribing organization (null for a list, where each row is checked). */
  orgId: string | null
}

const RELATIONS = {
  'own-org': 'its organization’s',
  any: 'any',
}
type Relation = keyof typeof RELATIONS

export const feedPermissions = definePermissions({
  capability: 'intel feeds',
  relations: RELATIONS,
  table: {
    read: { does: 'list feeds and read their state (never their credentials)', read: true, grants: { admin: ['own-org'], coordinator: ['any'] } },
    manage: { does: 'subscribe to a TAXII collection, change or remove the feed, poll it now', grants: { admin: ['own-org'] } },
  },
  relationsOf: (actor: Actor, s: FeedSubject) => {
    const out: Relation[] = ['any']
    if (s.orgId === null || s.orgId === actor.orgId) out.push('own-org')
    return out
  },
})
