import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { propertyRuns } from '../../test/property-runs'
import { DIALECTS, openTestStore, type TestStore } from '../../test/store'
import type { Tx } from '../store/tx'
import type { Marking, MaybeViewer } from './marking'
import { TLP_LEVELS } from './marking'
import type { Scope } from './scope'
import { joinedMarkingVisibleTo, markingVisibleTo, scopeVisibleTo } from './sql-filter'
import { canSee, inScope } from './visibility'

/**
 * Random organization trees, users, markings and worlds: the SQL filters must give exactly the
 * answers of their pure twins, for every viewer (anonymous included), every marking and every
 * world: markingVisibleTo agrees with canSee(), and scopeVisibleTo with inScope() (the exercise
 * wall: rows of the real world and of two exercises, read from each of the three).
 */
const WORLDS = [null, 'ex-1', 'ex-2'] as const
const worldArb = fc.constantFrom(...WORLDS)

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
      // The worlds of the rows marked with it: the same marking may mark rows of several worlds.
      rowWorlds: fc.array(worldArb, { minLength: 1, maxLength: 3 }),
    })
    return fc.record({
      parents: fc.constant(parents),
      users: fc.constant(users),
      markings: fc.array(marking, { minLength: 1, maxLength: 5 }),
      viewer: fc.option(userIndex, { nil: null }),
      scopeWorld: worldArb,
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
  const rows = w.markings.flatMap((m, i) => m.rowWorlds.map((exerciseId, j) => ({ id: `r${i}-${j}`, marking: i, exerciseId })))
  const scope: Scope = { viewer, exerciseId: w.scopeWorld }
  return { viewer, markings, rows, scope }
}

/** Writes the world's markings and marked rows (outbox events: a marked table with a world column). */
async function write(tx: Tx, markings: readonly Marking[], rows: ReturnType<typeof materialize>['rows']): Promise<void> {
  await tx
    .insertInto('marking')
    .values(markings.map((m, i) => ({ id: `m${i}`, tlp: m.tlp, originator_org: m.originatorOrg, originator_user: m.originatorUser, created_at: '' })))
    .execute()
  const audience = markings.flatMap((m, i) => [
    ...m.audienceOrgs.map((p) => ({ marking_id: `m${i}`, kind: 'org' as const, principal_id: p })),
    ...m.audienceUsers.map((p) => ({ marking_id: `m${i}`, kind: 'user' as const, principal_id: p })),
  ])
  if (audience.length > 0) await tx.insertInto('marking_audience').values(audience).execute()
  await tx
    .insertInto('outbox_event')
    .values(rows.map((r) => ({ id: r.id, type: 't.x', at: '', marking_id: `m${r.marking}`, exercise_id: r.exerciseId, subject: '{}', payload: '{}', published_at: null })))
    .execute()
}

describe.each(DIALECTS)('the SQL filters agree with canSee and inScope (%s)', (dialect) => {
  let store: TestStore
  beforeAll(async () => {
    store = await openTestStore(dialect)
  })
  afterAll(() => store.destroy())

  // PostgreSQL proves the same SQL on its dialect with fewer worlds (each costs a round trip per statement).
  const numRuns = propertyRuns(dialect === 'sqlite' ? 10_000 : 1_000)
  it(`holds over ${numRuns} random worlds, each written and read in one transaction rolled back`, async () => {
    await fc.assert(
      fc.asyncProperty(world, async (w) => {
        const { viewer, markings, rows, scope } = materialize(w)
        // One transaction per world, never committed: no clean-up, no commit per statement.
        const tx = await store.db.startTransaction().execute()
        try {
          await write(tx, markings, rows)
          const visible = await tx.selectFrom('marking').select('id').where(markingVisibleTo('marking.id', viewer)).execute()
          const bySql = new Set(visible.map((r) => r.id))
          markings.forEach((m, i) => expect(bySql.has(`m${i}`), `${JSON.stringify({ viewer, m })}`).toBe(canSee(viewer, m)))
          // The form for queries that join the marking themselves answers the same.
          const joined = await tx.selectFrom('marking as m').select('m.id').where(joinedMarkingVisibleTo(viewer)).execute()
          expect(new Set(joined.map((r) => r.id))).toEqual(bySql)
          const scoped = await tx.selectFrom('outbox_event').select('id').where(scopeVisibleTo('outbox_event.marking_id', 'outbox_event.exercise_id', scope)).execute()
          const inScopeBySql = new Set(scoped.map((r) => r.id))
          for (const r of rows) {
            const m = markings[r.marking]!
            expect(inScopeBySql.has(r.id), `${JSON.stringify({ scope, m, world: r.exerciseId })}`).toBe(inScope(scope, m, r.exerciseId))
          }
        } finally {
          await tx.rollback().execute()
        }
      }),
      { numRuns },
    )
  })
})
