import { describe } from 'vitest'
import { membersPermissions, type MembersSubject } from './members.permissions'
import { checkTable, type ExpectedTable, type Scenario } from './permissions.test-helper'

const none: readonly string[] = []

/** Written out by hand: role × action → the relations under which the role may act. */
const EXPECTED: ExpectedTable<'admit-org' | 'manage-users'> = {
  'admit-org': { admin: ['hub'], coordinator: none, poc: none, analyst: none, controller: none, observer: none },
  'manage-users': { admin: ['hub', 'own-org-or-below'], coordinator: none, poc: none, analyst: none, controller: none, observer: none },
}

const SCENARIOS: Scenario<MembersSubject>[] = [
  { name: 'the hub, for any organization', actor: 'hub', subject: { orgChain: ['cert-lv', 'lv', 'hub'] }, holds: ['hub', 'own-org-or-below'] },
  { name: 'a nation, for its CERT', actor: 'ee', subject: { orgChain: ['cert-ee', 'ee', 'hub'] }, holds: ['own-org-or-below'] },
  { name: 'a CERT, for itself', actor: 'cert-ee', subject: { orgChain: ['cert-ee', 'ee', 'hub'] }, holds: ['own-org-or-below'] },
  { name: 'a CERT, for its nation', actor: 'cert-ee', subject: { orgChain: ['ee', 'hub'] }, holds: [] },
  { name: 'a nation, for another nation', actor: 'ee', subject: { orgChain: ['lv', 'hub'] }, holds: [] },
  { name: 'a nation, admitting', actor: 'ee', subject: { orgChain: [] }, holds: [] },
]

describe('members permissions: role × action', () => checkTable(membersPermissions, EXPECTED, SCENARIOS))
