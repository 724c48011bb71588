import { describe, expect, it } from 'vitest'
import { actorAt, checkTable, type ExpectedTable, type Scenario } from '../members/permissions.test-helper'
import { addresseeOf, decisionPermissions, type DecisionSubject } from './decision.permissions'

const none: readonly string[] = []
const READ = ['any']

/** Written out by hand: role × action → the relations under which the role may act. */
const EXPECTED: ExpectedTable<'read' | 'propose' | 'answer' | 'manage'> = {
  read: { admin: READ, coordinator: READ, poc: READ, analyst: READ, controller: none, observer: READ },
  propose: { admin: none, coordinator: ['hub'], poc: ['nation', 'nation-cert'], analyst: none, controller: none, observer: none },
  answer: { admin: ['addressee'], coordinator: none, poc: ['addressee', 'addressee-nation-cert'], analyst: none, controller: none, observer: none },
  manage: { admin: none, coordinator: ['proposer'], poc: ['proposer'], analyst: none, controller: none, observer: none },
}

const toEeAndLv: DecisionSubject = { addressees: ['ee', 'lv'] }
const SCENARIOS: Scenario<DecisionSubject>[] = [
  { name: 'the hub, no subject', actor: 'hub', subject: {}, holds: ['any', 'hub'] },
  { name: 'a nation, no subject', actor: 'ee', subject: {}, holds: ['any', 'nation'] },
  { name: 'a nation’s CERT, no subject', actor: 'cert-ee', subject: {}, holds: ['any', 'nation-cert'] },
  { name: 'an agency, no subject', actor: 'agency-ee', subject: {}, holds: ['any'] },
  { name: 'an addressee nation', actor: 'lv', subject: toEeAndLv, holds: ['any', 'nation', 'addressee'] },
  { name: 'the CERT of an addressee nation', actor: 'cert-lv', subject: toEeAndLv, holds: ['any', 'nation-cert', 'addressee-nation-cert'] },
  { name: 'an agency of an addressee nation', actor: 'agency-ee', subject: toEeAndLv, holds: ['any'] },
  { name: 'a nation not asked', actor: 'lv', subject: { addressees: ['ee'] }, holds: ['any', 'nation'] },
  { name: 'the proposing organization', actor: 'ee', subject: { proposerOrg: 'ee' }, holds: ['any', 'nation', 'proposer'] },
  { name: 'the proposing hub', actor: 'hub', subject: { proposerOrg: 'hub' }, holds: ['any', 'hub', 'proposer'] },
  { name: 'another organization than the proposer', actor: 'lv', subject: { proposerOrg: 'ee' }, holds: ['any', 'nation'] },
]

describe('decision permissions: role × action', () => {
  checkTable(decisionPermissions, EXPECTED, SCENARIOS)
  it('a nation’s CERT answers for its nation; an organization for itself first', () => {
    expect(addresseeOf(actorAt('cert-lv', 'poc'), ['ee', 'lv'])).toBe('lv')
    expect(addresseeOf(actorAt('cert-lv', 'poc'), ['cert-lv', 'lv'])).toBe('cert-lv')
    expect(addresseeOf(actorAt('agency-ee', 'poc'), ['ee'])).toBeNull()
  })
})
