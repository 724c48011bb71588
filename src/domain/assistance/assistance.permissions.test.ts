import { describe } from 'vitest'
import { checkTable, type ExpectedTable, type Scenario } from '../members/permissions.test-helper'
import { assistancePermissions, type AssistanceSubject } from './assistance.permissions'

const none: readonly string[] = []
const READ = ['any']
const REQUESTER_ADMIN = ['drafter', 'requesting-nation']
const REQUESTER_POC = ['drafter', 'requesting-nation', 'nation-cert']

/** Written out by hand: role × action → the relations under which the role may act. */
const EXPECTED: ExpectedTable<'read' | 'metrics' | 'draft' | 'act-as-requester' | 'submit' | 'start-work' | 'answer-offer' | 'deliver' | 'rate-as-recipient' | 'escalations' | 'coordinator-offer'> = {
  read: { admin: READ, coordinator: READ, poc: READ, analyst: READ, controller: none, observer: READ },
  metrics: { admin: ['member'], coordinator: ['member', 'hub'], poc: ['member'], analyst: ['member'], controller: none, observer: ['member'] },
  draft: { admin: ['same-nation'], coordinator: none, poc: ['same-nation'], analyst: ['same-nation'], controller: none, observer: none },
  'act-as-requester': { admin: REQUESTER_ADMIN, coordinator: none, poc: REQUESTER_POC, analyst: ['drafter'], controller: none, observer: none },
  submit: { admin: none, coordinator: none, poc: ['requesting-nation', 'nation-cert'], analyst: none, controller: none, observer: none },
  'start-work': {
    admin: [...REQUESTER_ADMIN, 'accepted-helper'],
    coordinator: none,
    poc: [...REQUESTER_POC, 'accepted-helper'],
    analyst: ['drafter', 'accepted-helper'],
    controller: none,
    observer: none,
  },
  'answer-offer': { admin: ['provider', 'provider-nation'], coordinator: none, poc: ['provider', 'provider-nation', 'provider-nation-cert'], analyst: none, controller: none, observer: none },
  deliver: { admin: ['provider', 'provider-nation'], coordinator: none, poc: ['provider', 'provider-nation', 'provider-nation-cert'], analyst: ['provider'], controller: none, observer: none },
  'rate-as-recipient': { admin: ['recipient'], coordinator: none, poc: ['recipient'], analyst: ['recipient'], controller: none, observer: none },
  escalations: { admin: none, coordinator: ['hub'], poc: none, analyst: none, controller: none, observer: none },
  'coordinator-offer': { admin: none, coordinator: ['hub'], poc: none, analyst: none, controller: none, observer: none },
}

const request: AssistanceSubject = { nationId: 'ee', createdBy: 'drafter' }
const offerToAgency: AssistanceSubject = { providerOrg: 'agency-ee', providerNation: 'ee' }
const SCENARIOS: Scenario<AssistanceSubject>[] = [
  { name: 'the hub, no subject', actor: 'hub', subject: {}, holds: ['any', 'hub'] },
  { name: 'a member, no subject', actor: 'partner-ee', subject: {}, holds: ['any', 'member'] },
  { name: 'drafting at the incident’s nation', actor: 'agency-ee', subject: { nationId: 'ee' }, holds: ['any', 'member', 'same-nation'] },
  { name: 'drafting for another nation', actor: 'lv', subject: { nationId: 'ee' }, holds: ['any', 'member'] },
  { name: 'its drafter', actor: 'agency-ee', userId: 'drafter', subject: request, holds: ['any', 'member', 'same-nation', 'drafter'] },
  { name: 'at the requesting nation', actor: 'ee', subject: request, holds: ['any', 'member', 'same-nation', 'requesting-nation'] },
  { name: 'at the requesting nation’s CERT', actor: 'cert-ee', subject: request, holds: ['any', 'member', 'same-nation', 'nation-cert'] },
  { name: 'a colleague of the drafter', actor: 'agency-ee', subject: request, holds: ['any', 'member', 'same-nation'] },
  { name: 'an accepted helper', actor: 'lv', subject: { ...request, helperOrgs: ['lv'] }, holds: ['any', 'member', 'accepted-helper'] },
  { name: 'the provider itself', actor: 'agency-ee', subject: offerToAgency, holds: ['any', 'member', 'provider'] },
  { name: 'at the provider’s nation', actor: 'ee', subject: offerToAgency, holds: ['any', 'member', 'provider-nation'] },
  { name: 'at the provider nation’s CERT', actor: 'cert-ee', subject: offerToAgency, holds: ['any', 'member', 'provider-nation-cert'] },
  { name: 'a sibling of the provider', actor: 'partner-ee', subject: offerToAgency, holds: ['any', 'member'] },
  { name: 'another nation’s CERT, on an offer', actor: 'cert-lv', subject: offerToAgency, holds: ['any', 'member'] },
  { name: 'the organization that received the help', actor: 'agency-ee', subject: { recipientOrg: 'agency-ee' }, holds: ['any', 'member', 'recipient'] },
  { name: 'beside the organization that received the help', actor: 'partner-ee', subject: { recipientOrg: 'agency-ee' }, holds: ['any', 'member'] },
]

describe('assistance permissions: role × action', () => checkTable(assistancePermissions, EXPECTED, SCENARIOS))
