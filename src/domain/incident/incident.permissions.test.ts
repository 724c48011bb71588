import { describe } from 'vitest'
import { checkTable, type ExpectedTable, type Scenario } from '../members/permissions.test-helper'
import { incidentPermissions, type IncidentSubject } from './incident.permissions'

const none: readonly string[] = []
const REPORTING_SIDE = ['reporting-org', 'accepted-helper']

/** Written out by hand: role × action → the relations under which the role may act. */
const EXPECTED: ExpectedTable<'read' | 'report' | 'edit' | 'timeline'> = {
  read: { admin: ['any'], coordinator: ['any'], poc: ['any'], analyst: ['any'], controller: none, observer: ['any'] },
  report: { admin: ['own-org-or-below'], coordinator: none, poc: ['own-org-or-below'], analyst: ['own-org-or-below'], controller: none, observer: none },
  edit: {
    admin: ['reporting-org', 'reporting-nation'],
    coordinator: none,
    poc: ['reporting-org', 'reporting-nation', 'nation-cert'],
    analyst: ['reporting-org'],
    controller: none,
    observer: none,
  },
  timeline: {
    admin: [...REPORTING_SIDE, 'reporting-nation'],
    coordinator: none,
    poc: [...REPORTING_SIDE, 'reporting-nation', 'nation-cert'],
    analyst: REPORTING_SIDE,
    controller: none,
    observer: none,
  },
}

const ofAgency: IncidentSubject = { orgId: 'agency-ee', nationId: 'ee', helperOrgs: ['lv'] }
const SCENARIOS: Scenario<IncidentSubject>[] = [
  { name: 'report for its own organization', actor: 'agency-ee', subject: { orgChain: ['agency-ee', 'ee', 'hub'] }, holds: ['any', 'own-org-or-below'] },
  { name: 'report for an organization under it', actor: 'ee', subject: { orgChain: ['agency-ee', 'ee', 'hub'] }, holds: ['any', 'own-org-or-below'] },
  { name: 'report for a sibling organization', actor: 'cert-ee', subject: { orgChain: ['agency-ee', 'ee', 'hub'] }, holds: ['any'] },
  { name: 'report at the hub', actor: 'hub', subject: { orgChain: ['hub'] }, holds: ['any'] },
  { name: 'its own organization’s incident', actor: 'agency-ee', subject: ofAgency, holds: ['any', 'reporting-org'] },
  { name: 'at the incident’s nation', actor: 'ee', subject: ofAgency, holds: ['any', 'reporting-nation'] },
  { name: 'at the incident nation’s CERT', actor: 'cert-ee', subject: ofAgency, holds: ['any', 'nation-cert'] },
  { name: 'at the CERT, its own incident', actor: 'cert-ee', subject: { orgId: 'cert-ee', nationId: 'ee' }, holds: ['any', 'reporting-org', 'nation-cert'] },
  { name: 'a partner of the same nation', actor: 'partner-ee', subject: ofAgency, holds: ['any'] },
  { name: 'an accepted helper', actor: 'lv', subject: ofAgency, holds: ['any', 'accepted-helper'] },
  { name: 'another nation’s CERT (viewer only)', actor: 'cert-lv', subject: ofAgency, holds: ['any'] },
  { name: 'the hub', actor: 'hub', subject: ofAgency, holds: ['any'] },
]

describe('incident permissions: role × action', () => checkTable(incidentPermissions, EXPECTED, SCENARIOS))
