import type { KyselyPlugin } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DIALECTS, openTestStore, type TestStore } from '../../../test/store'
import { isAppError } from '../../core/errors'
import { newId } from '../../core/ids'
import { orgIdsOf, namesOf } from './names'

/** Counts the statements a database handle executes (one result each): the proof that names cost one query per answer. */
function counting(): { plugin: KyselyPlugin; count: () => number } {
  let n = 0
  return {
    plugin: { transformQuery: (a) => a.node, transformResult: (a) => (n++, Promise.resolve(a.result)) },
    count: () => n,
  }
}

describe.each(DIALECTS)('names of organizations and users by id (%s)', (dialect) => {
  let store: TestStore
  const orgs: { id: string; name: string }[] = []
  const users: { id: string; name: string }[] = []
  beforeAll(async () => {
    store = await openTestStore(dialect)
    const at = '2026-03-01T09:00:00.000Z'
    for (let i = 0; i < 30; i++) {
      const org = { id: newId(), name: `Org ${i}` }
      await store.db.insertInto('org').values({ id: org.id, name: org.name, kind: 'nation', country: null, parent_id: null, created_at: at }).execute()
      const user = { id: newId(), name: `User ${i}` }
      await store.db.insertInto('app_user').values({ id: user.id, org_id: org.id, email: `u${i}@example.org`, display_name: user.name, roles: 'analyst', created_at: at, disabled_at: null }).execute()
      orgs.push(org)
      users.push(user)
    }
  })
  afterAll(() => store.destroy())

  it('reads every name in one query, whatever the number of rows, and leaves unknown ids out', async () => {
    const c = counting()
    const db = store.db.withPlugin(c.plugin)
    const rows = [...orgs, ...orgs].map((o, i) => ({ org: o.id, user: users[i % users.length]!.id }))
    const names = await namesOf(db, { orgIds: [...rows.map((r) => r.org), null, 'system'], userIds: [...rows.map((r) => r.user), 'system:cli'] })
    expect(c.count()).toBe(1)
    expect(names.orgs.size).toBe(30)
    expect(names.users.size).toBe(30)
    expect(names.orgs.get(orgs[7]!.id)).toBe('Org 7')
    expect(names.users.get(users[7]!.id)).toBe('User 7')
    expect(names.orgs.has('system')).toBe(false)
    // A user id never comes back as an organization's name, nor the other way round.
    expect((await namesOf(store.db, { orgIds: [users[0]!.id] })).orgs.size).toBe(0)
    const none = counting()
    await namesOf(store.db.withPlugin(none.plugin), { orgIds: [], userIds: [null] })
    expect(none.count()).toBe(0)
  })

  it('resolves organizations named by id or name in one query, and points at the first that names none', async () => {
    const c = counting()
    expect(await orgIdsOf(store.db.withPlugin(c.plugin), [orgs[1]!.id, 'Org 2', orgs[3]!.name], '/audienceOrgs')).toEqual([orgs[1]!.id, orgs[2]!.id, orgs[3]!.id])
    expect(c.count()).toBe(1)
    const refused = await orgIdsOf(store.db, ['Org 1', 'Atlantis'], '/audienceOrgs').catch((e: unknown) => e)
    expect(isAppError(refused) && refused.status === 422 && refused.errors[0]?.pointer).toBe('/audienceOrgs/1')
  })
})
