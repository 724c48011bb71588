/**
 * Joint decisions: a nation's point of contact (at the nation or its CERT) or a hub coordinator
 * proposes; the addressees' points of contact (and admins) answer; the proposer's organization
 * re-issues and withdraws. Which proposals a caller can see at all is their marking's business
 * (a hidden one is not found).
 */
import { standingToNation } from '../members'
import { definePermissions, grant, READERS } from '../permissions'

export interface DecisionSubject {
  /** The organizations asked. */
  addressees?: readonly string[]
  /** The proposing organization. */
  proposerOrg?: string
}

const RELATIONS = {
  any: 'any it sees',
  nation: 'at a nation',
  'nation-cert': 'at a nation’s CERT',
  hub: 'at the hub',
  addressee: 'for its own organization, when asked',
  'addressee-nation-cert': 'for its nation, when asked, at the nation’s CERT',
  proposer: 'ones its organization proposed',
}
type Relation = keyof typeof RELATIONS

export const decisionPermissions = definePermissions({
  capability: 'decision',
  relations: RELATIONS,
  table: {
    read: { does: 'read proposals and their record', read: true, grants: grant(READERS, ['any']) },
    propose: { does: 'propose a joint decision', grants: { poc: ['nation', 'nation-cert'], coordinator: ['hub'] } },
    answer: { does: 'answer a proposal (concur, object, abstain, break silence)', grants: { admin: ['addressee'], poc: ['addressee', 'addressee-nation-cert'] } },
    manage: { does: 'issue an amended text as a new round, or withdraw', grants: { poc: ['proposer'], coordinator: ['proposer'] } },
  },
  relationsOf: (actor, s: DecisionSubject) => {
    const out: Relation[] = ['any']
    if (actor.orgKind === 'nation') out.push('nation')
    if (actor.orgKind === 'cert' && actor.nationId !== null) out.push('nation-cert')
    if (actor.orgKind === 'hub') out.push('hub')
    if (s.addressees?.includes(actor.orgId)) out.push('addressee')
    if (s.addressees?.some((a) => standingToNation(actor, a) === 'nation-cert')) out.push('addressee-nation-cert')
    if (s.proposerOrg !== undefined && s.proposerOrg === actor.orgId) out.push('proposer')
    return out
  },
})

/** The addressee an actor answers for: its own organization, or the nation whose CERT it is. */
export function addresseeOf(actor: Parameters<typeof decisionPermissions.may>[0], addressees: readonly string[]): string | null {
  if (addressees.includes(actor.orgId)) return actor.orgId
  return addressees.find((a) => standingToNation(actor, a) === 'nation-cert') ?? null
}
