import { describe, expect, it } from 'vitest'
import { ROLES } from './members'
import { definePermissions, READERS } from './permissions'

describe('permission tables', () => {
  it('refuse to grant an observer a write', () => {
    const define = () =>
      definePermissions({ capability: 'x', relations: { any: 'any' }, table: { write: { does: 'write', grants: { observer: ['any'] } } }, relationsOf: () => ['any' as const] })
    expect(define).toThrow(/observer is read-only/)
  })

  it('refuse to grant the controller anything, even a read', () => {
    const define = () =>
      definePermissions({ capability: 'x', relations: { any: 'any' }, table: { look: { does: 'look', read: true, grants: { controller: ['any'] } } }, relationsOf: () => ['any' as const] })
    expect(define).toThrow(/controller is reserved for exercises/)
  })

  it('deny what no cell grants, whatever relations hold', () => {
    const perms = definePermissions({ capability: 'x', relations: { any: 'any', own: 'own' }, table: { act: { does: 'act', grants: { admin: ['own'] } } }, relationsOf: () => ['any' as const] })
    expect(perms.may({ userId: 'u', orgId: 'o', orgChain: ['o'], email: 'e', roles: [...ROLES], orgKind: 'nation', nationId: 'o', exerciseId: null }, 'act', {})).toBe(false)
  })

  it('open reads to every role but the controller', () => {
    expect([...READERS].sort()).toEqual(ROLES.filter((r) => r !== 'controller').sort())
  })
})
