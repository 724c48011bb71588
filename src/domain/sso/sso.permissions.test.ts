import { describe } from 'vitest'
import { checkTable, type ExpectedTable, type Scenario } from '../members/permissions.test-helper'
import { ssoPermissions, type SsoSubject } from './sso.permissions'

const none: readonly string[] = []

/** Written out by hand: only a nation's own admin; the hub's admins are not granted it. */
const EXPECTED: ExpectedTable<'configure'> = {
  configure: { admin: ['own-nation'], coordinator: none, poc: none, analyst: none, controller: none, observer: none },
}

const SCENARIOS: Scenario<SsoSubject>[] = [
  { name: 'a nation, for itself', actor: 'ee', subject: { nationId: 'ee' }, holds: ['own-nation'] },
  { name: 'the hub, for a nation', actor: 'hub', subject: { nationId: 'ee' }, holds: [] },
  { name: 'a nation, for another nation', actor: 'lv', subject: { nationId: 'ee' }, holds: [] },
  { name: 'a CERT, for its nation', actor: 'cert-ee', subject: { nationId: 'ee' }, holds: [] },
]

describe('sso permissions: role × action', () => checkTable(ssoPermissions, EXPECTED, SCENARIOS))
