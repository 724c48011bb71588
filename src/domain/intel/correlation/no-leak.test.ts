import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DIALECTS, openTestStore, type TestStore } from '../../../../test/store'
import { canSee, TLP_LEVELS, type Marking, type Viewer } from '../../../tlp'
import { lookupValues } from '../lookup'
import type { CorrelationPayload } from './events'
import { actorOf, addObjects, addOrg, indicatorFor, testWorld, type TestWorld } from './correlation.test-helper'
import { propertyRuns } from '../../../../test/property-runs'

/**
 * Random organization trees, users, markings and shared values: no correlation event is readable
 * by anyone who may not see what it reveals, and every lookup returns exactly the objects the
 * caller may see, never another.
 */
const world = fc
  .record({
    parents: fc.array(fc.nat(), { minLength: 2, maxLength: 5 }),
    users: fc.array(fc.nat(), { minLength: 2, maxLength: 6 }),
  })
  .chain(({ parents, users }) => {
    const orgs = parents.length
    const object = fc.record({
      owner: fc.nat({ max: users.length - 1 }),
      tlp: fc.constantFrom(...TLP_LEVELS),
      audienceOrgs: fc.uniqueArray(fc.nat({ max: orgs - 1 }), { maxLength: 3 }),
      audienceUsers: fc.uniqueArray(fc.nat({ max: users.length - 1 }), { maxLength: 3 }),
      value: fc.nat({ max: 2 }),
      indicator: fc.boolean(),
      exercise: fc.boolean(),
    })
    return fc.record({
      // Org i hangs under an earlier org (or the hub): a tree.
      parents: fc.constant(parents.map((p, i) => (i === 0 ? -1 : (p % (i + 1)) - 1))),
      users: fc.constant(users.map((u) => u % orgs)),
      objects: fc.array(object, { minLength: 2, maxLength: 8 }),
    })
  })

describe.each(DIALECTS)('no lookup and no correlation event reveals what the viewer may not see (%s)', (dialect) => {
  let store: TestStore
  let w: TestWorld
  let hub: string
  let run = 0
  beforeAll(async () => {
    store = await openTestStore(dialect)
    w = testWorld(store)
    hub = await addOrg(w, 'hub', null)
  })
  afterAll(() => store.destroy())

  it('holds for random worlds', async () => {
    await fc.assert(
      fc.asyncProperty(world, async ({ parents, users, objects }) => {
        run += 1
        const orgIds: string[] = []
        const chains: string[][] = []
        for (const [i, p] of parents.entries()) {
          const parent = p < 0 ? hub : orgIds[p]!
          orgIds.push(await addOrg(w, `o${i}`, parent))
          chains.push([orgIds[i]!, ...(p < 0 ? [hub] : chains[p]!)])
        }
        const viewers: Viewer[] = users.map((org, i) => ({ userId: `r${run}u${i}`, orgId: orgIds[org]!, orgChain: chains[org]! }))
        const values = [0, 1, 2].map((v) => `evil-${run}-${v}.example.org`)
        const markingOf = new Map<string, Marking>()
        const realHolders = new Map<string, string[]>()
        const before = w.sink.events.length

        for (const o of objects) {
          const owner = viewers[o.owner]!
          const marking: Marking = {
            tlp: o.tlp,
            audienceOrgs: o.audienceOrgs.map((i) => orgIds[i]!),
            audienceUsers: o.audienceUsers.map((i) => viewers[i]!.userId),
            originatorOrg: owner.orgId,
            originatorUser: owner.userId,
          }
          const value = values[o.value]!
          const obj = o.indicator ? indicatorFor(`[domain-name:value = '${value}']`) : { type: 'domain-name', id: `domain-name--${crypto.randomUUID()}`, value }
          const [added] = await addObjects(w, actorOf(owner.userId, owner.orgChain), marking, [obj], { exerciseId: o.exercise ? `ex-${run}` : null })
          markingOf.set(added!.stixId, marking)
          if (!o.exercise) realHolders.set(value, [...(realHolders.get(value) ?? []), added!.stixId])
        }

        for (const e of w.sink.events.slice(before)) {
          const p = e.payload as CorrelationPayload
          for (const v of viewers) {
            if (!canSee(v, e.marking)) continue
            expect(canSee(v, markingOf.get(p.object.id)!)).toBe(true)
            for (const m of p.matches) expect(canSee(v, markingOf.get(m.objectId)!)).toBe(true)
          }
        }

        for (const v of viewers) {
          const res = await lookupValues(w.deps, actorOf(v.userId, v.orgChain), { values })
          res.results.forEach((r, i) => {
            const seen = r.matches.map((m) => m.objectId).sort()
            const visible = (realHolders.get(values[i]!) ?? []).filter((id) => canSee(v, markingOf.get(id)!)).sort()
            expect(seen).toEqual(visible)
          })
        }
      }),
      { numRuns: propertyRuns(dialect === 'sqlite' ? 40 : 15) },
    )
  })
})
