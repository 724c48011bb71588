/**
 * A small fixed world for the permission table tests, and the check they share: every role, alone,
 * against every scenario, is allowed exactly when the expected table (written out in the test)
 * grants it one of the relations the scenario realizes.
 */
import { expect, it } from 'vitest'
import { ROLES, type Actor, type OrgKind, type Role } from './members'
import type { Permissions } from '../permissions'

const HUB = 'hub'
export const ORGS = {
  hub: { kind: 'hub', chain: [HUB] },
  ee: { kind: 'nation', chain: ['ee', HUB] },
  'cert-ee': { kind: 'cert', chain: ['cert-ee', 'ee', HUB] },
  'agency-ee': { kind: 'agency', chain: ['agency-ee', 'ee', HUB] },
  'partner-ee': { kind: 'partner', chain: ['partner-ee', 'ee', HUB] },
  lv: { kind: 'nation', chain: ['lv', HUB] },
  'cert-lv': { kind: 'cert', chain: ['cert-lv', 'lv', HUB] },
} as const satisfies Record<string, { kind: OrgKind; chain: readonly string[] }>
export type OrgKey = keyof typeof ORGS

/** A user of `org` holding the one role. */
export function actorAt(org: OrgKey, role: Role, userId = `user-of-${org}`): Actor {
  const o = ORGS[org]
  const nationId = o.kind === 'hub' ? null : o.chain[o.chain.length - 2]!
  return { userId, orgId: org, orgChain: [...o.chain], email: `${userId}@example.org`, roles: [role], orgKind: o.kind, nationId, exerciseId: null }
}

export interface Scenario<S> {
  name: string
  actor: OrgKey
  userId?: string
  subject: S
  /** The relations this scenario realizes, written out (not computed). */
  holds: readonly string[]
}

export type ExpectedTable<A extends string> = Record<A, Record<Role, readonly string[]>>

export function checkTable<A extends string, R extends string, S>(perms: Permissions<A, R, S>, expected: ExpectedTable<A>, scenarios: readonly Scenario<S>[]): void {
  it('has exactly the actions the expected table lists', () => {
    expect(Object.keys(perms.table).sort()).toEqual(Object.keys(expected).sort())
  })
  const cases = (Object.keys(expected) as A[]).flatMap((action) => ROLES.flatMap((role) => scenarios.map((sc) => ({ action, role, sc }))))
  it.each(cases.map((c) => [`${c.action} · ${c.role} · ${c.sc.name}`, c] as const))('%s', (_name, { action, role, sc }) => {
    const allowed = expected[action][role].some((r) => sc.holds.includes(r))
    expect(perms.may(actorAt(sc.actor, role, sc.userId), action, sc.subject)).toBe(allowed)
  })
  it('denies an actor with no roles everything', () => {
    for (const action of Object.keys(expected) as A[])
      for (const sc of scenarios) expect(perms.may({ ...actorAt(sc.actor, 'analyst', sc.userId), roles: [] }, action, sc.subject)).toBe(false)
  })
}
