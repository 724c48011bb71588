/**
 * Incidents: who reports, edits and writes the timeline. Reading is the TLP rule's business (a
 * hidden incident is not found); the table only says which roles read at all.
 */
import { standingToNation } from '../members'
import { definePermissions, grant, READERS } from '../permissions'

export interface IncidentSubject {
  /** For a report: the organization reported for and its ancestors, nearest first. */
  orgChain?: readonly string[]
  /** The reporting organization and its nation, once the incident exists. */
  orgId?: string
  nationId?: string
  /** Organizations (and their nations) whose offer of help on this incident was accepted. */
  helperOrgs?: readonly string[]
}

const RELATIONS = {
  any: 'any it sees (TLP)',
  'own-org-or-below': 'for own org or one under it (in a nation)',
  'reporting-org': 'own org’s',
  'reporting-nation': 'its nation’s, at the nation',
  'nation-cert': 'its nation’s, at the nation’s CERT',
  'accepted-helper': 'as an accepted helper',
}
type Relation = keyof typeof RELATIONS

export const incidentPermissions = definePermissions({
  capability: 'incidents',
  relations: RELATIONS,
  table: {
    read: { does: 'list and read incidents', read: true, grants: grant(READERS, ['any']) },
    report: { does: 'report an incident', grants: grant(['admin', 'poc', 'analyst'], ['own-org-or-below']) },
    edit: {
      does: 'update an incident and change its status',
      grants: { admin: ['reporting-org', 'reporting-nation'], poc: ['reporting-org', 'reporting-nation', 'nation-cert'], analyst: ['reporting-org'] },
    },
    timeline: {
      does: 'add to an incident’s timeline (its participants)',
      grants: {
        admin: ['reporting-org', 'reporting-nation', 'accepted-helper'],
        poc: ['reporting-org', 'reporting-nation', 'nation-cert', 'accepted-helper'],
        analyst: ['reporting-org', 'accepted-helper'],
      },
    },
  },
  relationsOf: (actor, s: IncidentSubject) => {
    const out: Relation[] = ['any']
    if (actor.nationId !== null && s.orgChain?.includes(actor.orgId)) out.push('own-org-or-below')
    if (s.orgId !== undefined && actor.orgId === s.orgId) out.push('reporting-org')
    const standing = standingToNation(actor, s.nationId)
    if (standing === 'nation') out.push('reporting-nation')
    if (standing === 'nation-cert') out.push('nation-cert')
    if (s.helperOrgs?.includes(actor.orgId)) out.push('accepted-helper')
    return out
  },
})
