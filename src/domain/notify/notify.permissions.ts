/**
 * Notifications: everyone who acts sets their own contact details, channels and rules; an
 * organization's admins and points of contact keep its rota; admins see and replay the dead
 * letters of their own organization and below (the hub's admins: all).
 */
import { definePermissions, grant } from '../permissions'

const RELATIONS = {
  self: 'their own settings',
  'own-org': 'their own organization',
  below: 'their organization and below (all, at the hub)',
}
type Relation = keyof typeof RELATIONS

/** The organization acted on, and its chain (itself, then its ancestors). */
export interface NotifySubject {
  orgChain: readonly string[]
}

export const notifyPermissions = definePermissions({
  capability: 'notify',
  relations: RELATIONS,
  table: {
    settings: { does: 'set their own notification contact, key, channels and rules', grants: grant(['admin', 'coordinator', 'poc', 'analyst'], ['self']) },
    'read-rota': { does: 'read an organization\u2019s on-call rota', read: true, grants: grant(['admin', 'coordinator', 'poc', 'analyst', 'observer'], ['own-org']) },
    rota: { does: 'set an organization\u2019s on-call rota', grants: grant(['admin', 'poc'], ['own-org']) },
    'dead-letters': { does: 'list and replay failed deliveries', grants: { admin: ['below'] } },
  },
  relationsOf: (actor, subject: NotifySubject) => {
    const out: Relation[] = ['self']
    if (subject.orgChain[0] === actor.orgId) out.push('own-org')
    if (subject.orgChain.includes(actor.orgId)) out.push('below')
    return out
  },
})
