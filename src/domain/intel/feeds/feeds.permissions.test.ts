import { describe } from 'vitest'
import { checkTable, type ExpectedTable, type Scenario } from '../../members/permissions.test-helper'
import { feedPermissions, type FeedSubject } from './feeds.permissions'

const none: readonly string[] = []

/** Written out by hand: role × action → the relations under which the role may act. */
const EXPECTED: ExpectedTable<'read' | 'manage'> = {
  read: { admin: ['own-org'], coordinator: ['any'], poc: none, analyst: none, controller: none, observer: none },
  manage: { admin: ['own-org'], coordinator: none, poc: none, analyst: none, controller: none, observer: none },
}

const SCENARIOS: Scenario<FeedSubject>[] = [
  { name: 'its own organization’s feed', actor: 'cert-ee', subject: { orgId: 'cert-ee' }, holds: ['own-org', 'any'] },
  { name: 'its parent nation’s feed', actor: 'cert-ee', subject: { orgId: 'ee' }, holds: ['any'] },
  { name: 'another nation’s feed', actor: 'lv', subject: { orgId: 'ee' }, holds: ['any'] },
  { name: 'the hub’s feed, seen from a nation', actor: 'ee', subject: { orgId: 'hub' }, holds: ['any'] },
]

describe('intel feed permissions: role × action', () => checkTable(feedPermissions, EXPECTED, SCENARIOS))
