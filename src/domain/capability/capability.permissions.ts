/** Capabilities: a nation lends; its points of contact (at the nation or its CERT) and its admins manage what it lends. */
import { standingToNation } from '../members'
import { definePermissions, grant, READERS } from '../permissions'

export interface CapabilitySubject {
  /** The lending organization and its ancestors, nearest first (empty for a read). */
  lenderChain: readonly string[]
  /** The nation of the lending organization. */
  lenderNation: string | null
}

const RELATIONS = {
  any: 'any it sees (TLP)',
  'lender-nation': 'its nation’s (and below), at the nation',
  'nation-cert': 'its nation’s (and below), at the nation’s CERT',
}
type Relation = keyof typeof RELATIONS

export const capabilityPermissions = definePermissions({
  capability: 'capabilities',
  relations: RELATIONS,
  table: {
    read: { does: 'list and read capabilities', read: true, grants: grant(READERS, ['any']) },
    manage: { does: 'declare a capability, change it, put it on standby', grants: { admin: ['lender-nation'], poc: ['lender-nation', 'nation-cert'] } },
  },
  relationsOf: (actor, s: CapabilitySubject) => {
    const out: Relation[] = ['any']
    const standing = s.lenderChain.length > 0 ? standingToNation(actor, s.lenderNation) : null
    if (standing === 'nation') out.push('lender-nation')
    if (standing === 'nation-cert') out.push('nation-cert')
    return out
  },
})
