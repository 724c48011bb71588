import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DIALECTS, openTestStore, type TestStore } from '../../test/store'
import type { Marking, MaybeViewer } from './marking'
import { TLP_LEVELS } from './marking'
import { markingVisibleTo } from './sql-filter'
import { canSee } from './visibility'

/**
 * Random organization trees, users and markings: the SQL filter must give exactly the answers
 * of canSee(), for every viewer (anonymous included) and every marking.
 */
const world = fc
  .integer({ min: 1, max: 7 })
  .chain((orgCount) =>
    fc.record({
      parents: fc.tuple(...Array.from({ length: orgCount }, (_, i) => (i === 0 ? fc.constant(-1) : fc.integer({ min: 0, max: i - 1 })))),
      users: fc.array(fc.integer({ min: 0, max: orgCount - 1 }), { minLength: 1, maxLength: 6 }),
    }),
  )
  .chain(({ parents, users }) => {
    const orgIndex = fc.integer({ min: 0, max: parents.length - 1 })
    const userIndex = fc.integer({ min: 0, max: users.length - 1 })
    const marking = fc.record({
      tlp: fc.constantFrom(...TLP_LEVELS),
      audienceOrgs: fc.uniqueArray(orgIndex, { maxLength: 3 }),
      audienceUsers: fc.uniqueArray(userIndex, { maxLength: 3 }),
      originatorUser: fc.option(userIndex, { nil: null }),
      originatorOrg: orgIndex,
    })
    return fc.record({
      parents: fc.constant(parents),
      users: fc.constant(users),
      markings: fc.array(marking, { minLength: 1, maxLength: 5 }),
      viewer: fc.option(userIndex, { nil: null }),
    })
  })

type World = typeof world extends fc.Arbitrary<infer W> ? W : never

function materialize(w: World) {
  const orgId = (i: number) => `o${i}`
  const userId = (i: number) => `u${i}`
  const chainOf = (org: number): string[] => (org < 0 ? [] : [orgId(org), ...chainOf(w.parents[org]!)])
  const viewer: MaybeViewer =
    w.viewer === null ? null : { userId: userId(w.viewer), orgId: orgId(w.users[w.viewer]!), orgChain: chainOf(w.users[w.viewer]!) }
  const markings: Marking[] = w.markings.map((m) => ({
    tlp: m.tlp,
    audienceOrgs: m.audienceOrgs.map(orgId),
    audienceUsers: m.audienceUsers.map(userId),
    originatorOrg: m.originatorUser === null ? orgId(m.originatorOrg) : orgId(w.users[m.originatorUser]!),
    originatorUser: m.originatorUser === null ? null : userId(m.originatorUser),
  }))
  return { viewer, markings }
}

describe.each(DIALECTS)('the SQL filter agrees with canSee (%s)', (dialect) => {
  let store: TestStore
  beforeAll(async () => {
    store = await openTestStore(dialect)
  })
  afterAll(() => store.destroy())

  // 10,000 random worlds on SQLite; PostgreSQL proves the same SQL on its dialect with fewer.
  const numRuns = dialect === 'sqlite' ? 10_000 : 400

  it(`holds over ${numRuns} random worlds`, async () => {
    await fc.assert(
      fc.asyncProperty(world, async (w) => {
        const { viewer, markings } = materialize(w)
        await store.db.deleteFrom('marking_audience').execute()
        await store.db.deleteFrom('marking').execute()
        for (const [i, m] of markings.entries()) {
          await store.db.insertInto('marking').values({ id: `m${i}`, tlp: m.tlp, originator_org: m.originatorOrg, originator_user: m.originatorUser, created_at: '' }).execute()
          const aud = [
            ...m.audienceOrgs.map((p) => ({ marking_id: `m${i}`, kind: 'org' as const, principal_id: p })),
            ...m.audienceUsers.map((p) => ({ marking_id: `m${i}`, kind: 'user' as const, principal_id: p })),
          ]
          if (aud.length) await store.db.insertInto('marking_audience').values(aud).execute()
        }
        const rows = await store.db.selectFrom('marking').select('id').where(markingVisibleTo('marking.id', viewer)).execute()
        const bySql = new Set(rows.map((r) => r.id))
        markings.forEach((m, i) => expect(bySql.has(`m${i}`), `${JSON.stringify({ viewer, m })}`).toBe(canSee(viewer, m)))
      }),
      { numRuns },
    )
  })
})
