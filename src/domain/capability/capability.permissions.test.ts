import { describe } from 'vitest'
import { checkTable, type ExpectedTable, type Scenario } from '../members/permissions.test-helper'
import { capabilityPermissions, type CapabilitySubject } from './capability.permissions'

const none: readonly string[] = []

/** Written out by hand: role × action → the relations under which the role may act. */
const EXPECTED: ExpectedTable<'read' | 'manage'> = {
  read: { admin: ['any'], coordinator: ['any'], poc: ['any'], analyst: ['any'], controller: none, observer: ['any'] },
  manage: { admin: ['lender-nation'], coordinator: none, poc: ['lender-nation', 'nation-cert'], analyst: none, controller: none, observer: none },
}

const agencyLends: CapabilitySubject = { lenderChain: ['agency-ee', 'ee', 'hub'], lenderNation: 'ee' }
const SCENARIOS: Scenario<CapabilitySubject>[] = [
  { name: 'a read', actor: 'partner-ee', subject: { lenderChain: [], lenderNation: null }, holds: ['any'] },
  { name: 'at the lender’s nation', actor: 'ee', subject: agencyLends, holds: ['any', 'lender-nation'] },
  { name: 'at the lender nation’s CERT', actor: 'cert-ee', subject: agencyLends, holds: ['any', 'nation-cert'] },
  { name: 'at the CERT, lent by the nation', actor: 'cert-ee', subject: { lenderChain: ['ee', 'hub'], lenderNation: 'ee' }, holds: ['any', 'nation-cert'] },
  { name: 'at the lending agency itself', actor: 'agency-ee', subject: agencyLends, holds: ['any'] },
  { name: 'another nation', actor: 'lv', subject: agencyLends, holds: ['any'] },
  { name: 'another nation’s CERT', actor: 'cert-lv', subject: agencyLends, holds: ['any'] },
  { name: 'the hub', actor: 'hub', subject: agencyLends, holds: ['any'] },
]

describe('capability permissions: role × action', () => checkTable(capabilityPermissions, EXPECTED, SCENARIOS))
