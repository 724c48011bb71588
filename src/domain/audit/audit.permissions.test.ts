import { describe } from 'vitest'
import { checkTable, type ExpectedTable, type Scenario } from '../members/permissions.test-helper'
import { auditPermissions } from './audit.permissions'

const none: readonly string[] = []

/** Written out by hand: role × action → the relations under which the role may act. */
const EXPECTED: ExpectedTable<'read' | 'verify'> = {
  read: { admin: ['any'], coordinator: none, poc: none, analyst: none, controller: none, observer: none },
  verify: { admin: ['hub'], coordinator: none, poc: none, analyst: none, controller: none, observer: none },
}

const SCENARIOS: Scenario<object>[] = [
  { name: 'a nation', actor: 'ee', subject: {}, holds: ['any'] },
  { name: 'the hub', actor: 'hub', subject: {}, holds: ['any', 'hub'] },
]

describe('audit permissions: role × action', () => checkTable(auditPermissions, EXPECTED, SCENARIOS))
