import { describe } from 'vitest'
import { checkTable, type ExpectedTable, type Scenario } from '../members/permissions.test-helper'
import { notifyPermissions, type NotifySubject } from './notify.permissions'

const none: readonly string[] = []
const staff = ['self'] as const

/** Written out by hand: role × action → the relations under which the role may act. */
const EXPECTED: ExpectedTable<'settings' | 'read-rota' | 'rota' | 'dead-letters'> = {
  settings: { admin: staff, coordinator: staff, poc: staff, analyst: staff, controller: none, observer: none },
  'read-rota': { admin: ['own-org'], coordinator: ['own-org'], poc: ['own-org'], analyst: ['own-org'], controller: none, observer: ['own-org'] },
  rota: { admin: ['own-org'], coordinator: none, poc: ['own-org'], analyst: none, controller: none, observer: none },
  'dead-letters': { admin: ['below'], coordinator: none, poc: none, analyst: none, controller: none, observer: none },
}

const SCENARIOS: Scenario<NotifySubject>[] = [
  { name: 'own organization', actor: 'ee', subject: { orgChain: ['ee', 'hub'] }, holds: ['self', 'own-org', 'below'] },
  { name: 'a CERT under the own nation', actor: 'ee', subject: { orgChain: ['cert-ee', 'ee', 'hub'] }, holds: ['self', 'below'] },
  { name: 'another nation', actor: 'ee', subject: { orgChain: ['lv', 'hub'] }, holds: ['self'] },
  { name: 'the hub, on a nation', actor: 'hub', subject: { orgChain: ['lv', 'hub'] }, holds: ['self', 'below'] },
]

describe('notify permissions: role × action', () => checkTable(notifyPermissions, EXPECTED, SCENARIOS))
