/** The audit trail: admins read what their own people did; the hub's admins read and verify it all. */
import { definePermissions } from '../permissions'

const RELATIONS = {
  any: 'own org and below (all, at the hub)',
  hub: 'at the hub',
}
type Relation = keyof typeof RELATIONS

export const auditPermissions = definePermissions({
  capability: 'audit',
  relations: RELATIONS,
  table: {
    read: { does: 'read the audit trail', read: true, grants: { admin: ['any'] } },
    verify: { does: 'verify the whole hash chain', read: true, grants: { admin: ['hub'] } },
  },
  relationsOf: (actor, _subject: object) => {
    const out: Relation[] = ['any']
    if (actor.orgKind === 'hub') out.push('hub')
    return out
  },
})
