import { describe } from 'vitest'
import { checkTable, type ExpectedTable, type Scenario } from '../members/permissions.test-helper'
import { intelPermissions } from './intel.permissions'

const none: readonly string[] = []

/** Written out by hand: role × action → the relations under which the role may act. */
const EXPECTED: ExpectedTable<'read' | 'import'> = {
  read: { admin: ['any'], coordinator: ['any'], poc: ['any'], analyst: ['any'], controller: none, observer: ['any'] },
  import: { admin: ['any'], coordinator: ['any'], poc: ['any'], analyst: ['any'], controller: none, observer: none },
}

const SCENARIOS: Scenario<object>[] = [
  { name: 'a member', actor: 'partner-ee', subject: {}, holds: ['any'] },
  { name: 'the hub', actor: 'hub', subject: {}, holds: ['any'] },
]

describe('intel permissions: role × action', () => checkTable(intelPermissions, EXPECTED, SCENARIOS))
