/**
 * Assistance: the requesting side drafts, approves, submits, cancels and closes; the providing side
 * answers offers and delivers; the hub's coordinators work the escalation queue. Which requests
 * and offers a caller can see at all is decided before (a hidden one is not found).
 */
import { standingToNation } from '../members'
import { definePermissions, grant, READERS } from '../permissions'

export interface AssistanceSubject {
  /** The nation of the incident (and so of the request). */
  nationId?: string
  /** Who drafted the request. */
  createdBy?: string
  /** The offer's provider organization and its nation. */
  providerOrg?: string
  providerNation?: string
  /** Organizations (and their nations) whose offer on the request was accepted. */
  helperOrgs?: readonly string[]
  /** The organization that received the help: the incident's reporter. */
  recipientOrg?: string
}

const RELATIONS = {
  any: 'any it sees',
  member: 'in a nation',
  hub: 'at the hub',
  'same-nation': 'on its nation’s incidents',
  drafter: 'ones it drafted',
  'requesting-nation': 'its nation’s, at the nation',
  'nation-cert': 'its nation’s, at the nation’s CERT',
  provider: 'to own org',
  'provider-nation': 'to its nation (and below), at the nation',
  'provider-nation-cert': 'to its nation (and below), at the nation’s CERT',
  'accepted-helper': 'as an accepted helper',
  recipient: 'as the organization that received the help',
}
type Relation = keyof typeof RELATIONS

const REQUESTER = {
  admin: ['drafter', 'requesting-nation'],
  poc: ['drafter', 'requesting-nation', 'nation-cert'],
  analyst: ['drafter'],
} as const

export const assistancePermissions = definePermissions({
  capability: 'assistance',
  relations: RELATIONS,
  table: {
    read: { does: 'read requests, offers and assignments', read: true, grants: grant(READERS, ['any']) },
    metrics: { does: 'read assistance metrics (a nation its own; the hub all)', read: true, grants: { ...grant(READERS, ['member']), coordinator: ['member', 'hub'] } },
    draft: { does: 'draft a request for help', grants: grant(['admin', 'poc', 'analyst'], ['same-nation']) },
    'act-as-requester': { does: 'approve the summary, cancel, close and rate a request', grants: REQUESTER },
    submit: { does: 'submit a request (matching starts)', grants: { poc: ['requesting-nation', 'nation-cert'] } },
    'start-work': {
      does: 'say that work on a request has started',
      grants: { admin: [...REQUESTER.admin, 'accepted-helper'], poc: [...REQUESTER.poc, 'accepted-helper'], analyst: [...REQUESTER.analyst, 'accepted-helper'] },
    },
    'answer-offer': { does: 'accept or decline an offer', grants: { admin: ['provider', 'provider-nation'], poc: ['provider', 'provider-nation', 'provider-nation-cert'] } },
    deliver: {
      does: 'deliver on an accepted offer',
      grants: { admin: ['provider', 'provider-nation'], poc: ['provider', 'provider-nation', 'provider-nation-cert'], analyst: ['provider'] },
    },
    'rate-as-recipient': { does: 'rate the help received (the incident’s reporting organization)', grants: grant(['admin', 'poc', 'analyst'], ['recipient']) },
    escalations: { does: 'read the escalation queue and escalated requests', read: true, grants: { coordinator: ['hub'] } },
    'coordinator-offer': { does: 'offer an escalated request to a capability by hand', grants: { coordinator: ['hub'] } },
  },
  relationsOf: (actor, s: AssistanceSubject) => {
    const out: Relation[] = ['any']
    if (actor.nationId !== null) out.push('member')
    if (actor.orgKind === 'hub') out.push('hub')
    if (s.nationId !== undefined && actor.nationId === s.nationId) out.push('same-nation')
    if (s.createdBy !== undefined && actor.userId === s.createdBy) out.push('drafter')
    const requesting = standingToNation(actor, s.nationId)
    if (requesting === 'nation') out.push('requesting-nation')
    if (requesting === 'nation-cert') out.push('nation-cert')
    if (s.providerOrg !== undefined && actor.orgId === s.providerOrg) out.push('provider')
    if (s.providerNation !== undefined && actor.orgId === s.providerNation) out.push('provider-nation')
    if (standingToNation(actor, s.providerNation) === 'nation-cert') out.push('provider-nation-cert')
    if (s.helperOrgs?.includes(actor.orgId)) out.push('accepted-helper')
    if (s.recipientOrg !== undefined && actor.orgId === s.recipientOrg) out.push('recipient')
    return out
  },
})

/** The subject of a request, as the table reads it. */
export const requestSubject = (r: { nation_id: string; created_by: string }): AssistanceSubject => ({ nationId: r.nation_id, createdBy: r.created_by })
/** The subject of an offer, as the table reads it. */
export const offerSubject = (o: { provider_org: string; provider_nation: string }): AssistanceSubject => ({ providerOrg: o.provider_org, providerNation: o.provider_nation })
