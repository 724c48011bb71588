import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DIALECTS, openTestStore, type TestStore } from '../../../../test/store'
import { canSee, type Marking, type Viewer } from '../../../tlp'
import type { DomainEvent } from '../../../bus/event'
import { WarningLists } from '../../../formats/observables'
import type { CorrelationPayload } from './events'
import { actorOf, addObjects, addOrg, indicatorFor, testWorld, type TestWorld } from './correlation.test-helper'

/**
 * Two agencies under two nations: A (uploader side) and B (holder side), and an outsider C.
 * Each marking kind is written from the point of view of the side that owns the object (S),
 * with the other side O, and says literally who may see it.
 */
interface Sides {
  s: { org: string; nation: string; user: string }
  o: { org: string; nation: string; user: string }
}

interface Kind {
  name: string
  marking: (x: Sides) => Marking
  /** Every member of S's organization may see it. */
  ownOrg: boolean
  /** Every member of O's organization may see it. */
  otherOrg: boolean
  /** O's uploading user may see it. */
  otherUser: boolean
}

const m = (tlp: Marking['tlp'], x: Sides, audienceOrgs: string[] = [], audienceUsers: string[] = []): Marking => ({
  tlp,
  audienceOrgs,
  audienceUsers,
  originatorOrg: x.s.org,
  originatorUser: x.s.user,
})

const KINDS: Kind[] = [
  { name: 'CLEAR', marking: (x) => m('CLEAR', x), ownOrg: true, otherOrg: true, otherUser: true },
  { name: 'GREEN', marking: (x) => m('GREEN', x), ownOrg: true, otherOrg: true, otherUser: true },
  { name: 'AMBER to own org', marking: (x) => m('AMBER', x, [x.s.org]), ownOrg: true, otherOrg: false, otherUser: false },
  { name: 'AMBER to both orgs', marking: (x) => m('AMBER', x, [x.s.org, x.o.org]), ownOrg: true, otherOrg: true, otherUser: true },
  { name: "AMBER to the other's nation", marking: (x) => m('AMBER', x, [x.o.nation]), ownOrg: true, otherOrg: true, otherUser: true },
  { name: 'AMBER+STRICT to own org', marking: (x) => m('AMBER+STRICT', x, [x.s.org]), ownOrg: true, otherOrg: false, otherUser: false },
  { name: 'AMBER+STRICT to both orgs', marking: (x) => m('AMBER+STRICT', x, [x.s.org, x.o.org]), ownOrg: true, otherOrg: true, otherUser: true },
  { name: "AMBER+STRICT to the other's nation", marking: (x) => m('AMBER+STRICT', x, [x.o.nation]), ownOrg: true, otherOrg: false, otherUser: false },
  { name: 'RED to the uploader', marking: (x) => m('RED', x, [], [x.s.user]), ownOrg: false, otherOrg: false, otherUser: false },
  { name: "RED to both uploaders", marking: (x) => m('RED', x, [], [x.s.user, x.o.user]), ownOrg: false, otherOrg: false, otherUser: true },
]

/** What S's side should be told, as sorted 'org+' / 'org-' / 'user+' / 'user-' (+ = the other object disclosed). */
function expected(own: Kind, other: Kind): string[] {
  if (!own.ownOrg) return [other.otherUser ? 'user+' : 'user-']
  const out = [other.otherOrg ? 'org+' : 'org-']
  if (!other.otherOrg && other.otherUser) out.push('user+')
  return out.sort()
}

const payloadOf = (e: DomainEvent) => e.payload as CorrelationPayload

describe.each(DIALECTS)('correlation disclosure (%s)', (dialect) => {
  let store: TestStore
  let w: TestWorld
  let ids: { hub: string; na: string; nb: string; nc: string; a: string; b: string; c: string }
  let viewers: Record<'ua' | 'ua2' | 'ub' | 'ub2' | 'uc' | 'una', Viewer>
  let ip = 0
  const nextValue = () => `185.${Math.floor(++ip / 250)}.${ip % 250}.7`

  beforeAll(async () => {
    store = await openTestStore(dialect)
    w = testWorld(store)
    const hub = await addOrg(w, 'hub', null)
    const na = await addOrg(w, 'NA', hub)
    const nb = await addOrg(w, 'NB', hub)
    const nc = await addOrg(w, 'NC', hub)
    const a = await addOrg(w, 'A', na, 'agency')
    const b = await addOrg(w, 'B', nb, 'agency')
    const c = await addOrg(w, 'C', nc, 'agency')
    ids = { hub, na, nb, nc, a, b, c }
    viewers = {
      ua: { userId: 'ua', orgId: a, orgChain: [a, na, hub] },
      ua2: { userId: 'ua2', orgId: a, orgChain: [a, na, hub] },
      una: { userId: 'una', orgId: na, orgChain: [na, hub] },
      ub: { userId: 'ub', orgId: b, orgChain: [b, nb, hub] },
      ub2: { userId: 'ub2', orgId: b, orgChain: [b, nb, hub] },
      uc: { userId: 'uc', orgId: c, orgChain: [c, nc, hub] },
    }
  })
  afterAll(() => store.destroy())

  const uploaderSides = (): Sides => ({ s: { org: ids.a, nation: ids.na, user: 'ua' }, o: { org: ids.b, nation: ids.nb, user: 'ub' } })
  const holderSides = (): Sides => ({ s: { org: ids.b, nation: ids.nb, user: 'ub' }, o: { org: ids.a, nation: ids.na, user: 'ua' } })

  /** Every event's readers may see the object it is about and every object it discloses. */
  function assertNoLeak(events: DomainEvent[], markingOf: Map<string, Marking>) {
    for (const e of events) {
      const p = payloadOf(e)
      for (const v of Object.values(viewers)) {
        if (!canSee(v, e.marking)) continue
        expect(canSee(v, markingOf.get(p.object.id)!), `${v.userId} reads an event about ${p.object.id} it may not see`).toBe(true)
        for (const match of p.matches) expect(canSee(v, markingOf.get(match.objectId)!), `${v.userId} learns of ${match.objectId}`).toBe(true)
      }
    }
  }

  const cases = KINDS.flatMap((up) => KINDS.map((held) => [up.name, held.name, up, held] as const))

  it.each(cases)('uploader %s, holder %s', async (_u, _h, up, held) => {
    const value = nextValue()
    const [holding] = await addObjects(w, actorOf('ub', viewers.ub.orgChain), held.marking(holderSides()), [{ type: 'ipv4-addr', id: `ipv4-addr--${crypto.randomUUID()}`, value }])
    const before = w.sink.events.length
    const [upload] = await addObjects(w, actorOf('ua', viewers.ua.orgChain), up.marking(uploaderSides()), [indicatorFor(`[ipv4-addr:value = '${value}']`)])
    const events = w.sink.events.slice(before)
    expect(events.every((e) => e.type === 'intel.correlation')).toBe(true)

    const outcome = (own: string, other: string) =>
      events
        .filter((e) => payloadOf(e).object.id === own)
        .map((e) => {
          const p = payloadOf(e)
          expect(p.key).toBe(`ipv4:${value}`)
          const disclosed = p.matches.some((x) => x.objectId === other)
          expect(disclosed || p.hiddenMatch).toBe(true)
          if (!disclosed) {
            // Nothing of the hidden object: not its id, type, holder or marking.
            const text = JSON.stringify(p)
            for (const secret of [other, other.split('--')[0]!, other === holding!.stixId ? ids.b : ids.a]) expect(text).not.toContain(secret)
            expect(p.ask).toEqual({ role: 'coordinator', org: 'hub' })
          }
          return `${e.marking.tlp === 'RED' ? 'user' : 'org'}${disclosed ? '+' : '-'}`
        })
        .sort()
    expect(outcome(upload!.stixId, holding!.stixId)).toEqual(expected(up, held))
    expect(outcome(holding!.stixId, upload!.stixId)).toEqual(expected(held, up))
    assertNoLeak(events, new Map([[upload!.stixId, upload!.marking], [holding!.stixId, holding!.marking]]))
    // The outsider, the colleagues of a RED uploader and the parent nation of an
    // AMBER+STRICT recipient read nothing at all.
    for (const e of events) {
      expect(canSee(viewers.uc, e.marking)).toBe(false)
      expect(canSee(viewers.una, e.marking)).toBe(false)
    }
  })

  it('names the holder when its object is visible, and says whom to ask when it is not', async () => {
    const value = nextValue()
    const [green] = await addObjects(w, actorOf('ub', viewers.ub.orgChain), KINDS[1]!.marking(holderSides()), [{ type: 'ipv4-addr', id: `ipv4-addr--${crypto.randomUUID()}`, value }])
    const [red] = await addObjects(w, actorOf('uc', viewers.uc.orgChain), { tlp: 'RED', audienceOrgs: [], audienceUsers: ['uc'], originatorOrg: ids.c, originatorUser: 'uc' }, [{ type: 'ipv4-addr', id: `ipv4-addr--${crypto.randomUUID()}`, value }])
    const before = w.sink.events.length
    const [mine] = await addObjects(w, actorOf('ua', viewers.ua.orgChain), KINDS[1]!.marking(uploaderSides()), [indicatorFor(`[ipv4-addr:value = '${value}']`)])
    const toUploader = w.sink.events.slice(before).filter((e) => payloadOf(e).object.id === mine!.stixId)
    expect(toUploader).toHaveLength(1)
    const p = payloadOf(toUploader[0]!)
    expect(toUploader[0]!.marking).toMatchObject({ tlp: 'AMBER+STRICT', audienceOrgs: [ids.a] })
    expect(p.matches).toEqual([{ objectId: green!.stixId, type: 'ipv4-addr', orgId: ids.b, tlp: 'GREEN' }])
    expect(p.hiddenMatch).toBe(true)
    expect(p.ask).toEqual({ role: 'coordinator', org: 'hub' })
    expect(JSON.stringify(p)).not.toContain(red!.stixId)
    expect(JSON.stringify(p)).not.toContain(ids.c)
    // Both sides of every pair share the correlation id, so a coordinator can relay without reading.
    const ids2 = new Set(w.sink.events.slice(before).map((e) => payloadOf(e).correlationId))
    expect(ids2.size).toBe(1)
  })

  it('does not correlate an organization with itself, nor exercise traffic with real traffic', async () => {
    const value = nextValue()
    const green = (x: Sides) => KINDS[1]!.marking(x)
    await addObjects(w, actorOf('ub', viewers.ub.orgChain), green(holderSides()), [{ type: 'ipv4-addr', id: `ipv4-addr--${crypto.randomUUID()}`, value }], { exerciseId: 'ex-1' })
    await addObjects(w, actorOf('ub2', viewers.ub2.orgChain), green(holderSides()), [{ type: 'ipv4-addr', id: `ipv4-addr--${crypto.randomUUID()}`, value }])
    let before = w.sink.events.length
    await addObjects(w, actorOf('ub', viewers.ub.orgChain), green(holderSides()), [indicatorFor(`[ipv4-addr:value = '${value}']`)])
    expect(w.sink.events.length - before, 'same organization').toBe(0)
    before = w.sink.events.length
    await addObjects(w, actorOf('ua', viewers.ua.orgChain), green(uploaderSides()), [indicatorFor(`[ipv4-addr:value = '${value}']`)], { exerciseId: 'ex-2' })
    expect(w.sink.events.length - before, 'another exercise').toBe(0)
    await addObjects(w, actorOf('ua', viewers.ua.orgChain), green(uploaderSides()), [indicatorFor(`[ipv4-addr:value = '${value}']`)], { exerciseId: 'ex-1' })
    const exerciseEvents = w.sink.events.slice(before)
    expect(exerciseEvents).toHaveLength(2)
    expect(exerciseEvents.every((e) => e.exerciseId === 'ex-1')).toBe(true)
    // Only the exercise object of B was matched, not its real ones.
    const toUploader = exerciseEvents.find((e) => e.marking.audienceOrgs.includes(ids.a))!
    expect(payloadOf(toUploader).matches).toHaveLength(1)
  })

  it('stays quiet when a new version of an object carries a value its earlier version held', async () => {
    const value = nextValue()
    const green = (x: Sides) => KINDS[1]!.marking(x)
    await addObjects(w, actorOf('ub', viewers.ub.orgChain), green(holderSides()), [{ type: 'ipv4-addr', id: `ipv4-addr--${crypto.randomUUID()}`, value }])
    const v1 = indicatorFor(`[ipv4-addr:value = '${value}']`)
    let before = w.sink.events.length
    await addObjects(w, actorOf('ua', viewers.ua.orgChain), green(uploaderSides()), [v1])
    expect(w.sink.events.length - before).toBe(2)
    before = w.sink.events.length
    await addObjects(w, actorOf('ua', viewers.ua.orgChain), green(uploaderSides()), [{ ...v1, modified: '2026-03-02T09:00:00.000Z' }], { previousVersionOf: 1 })
    expect(w.sink.events.length - before).toBe(0)
  })
})

describe.each(DIALECTS)('over-correlation cap and warning lists (%s)', (dialect) => {
  let store: TestStore
  afterAll(() => store.destroy())

  it('raises nothing for values on a warning list, shipped or added, or held by more objects than the cap', async () => {
    store = await openTestStore(dialect)
    const w = testWorld(store, { cap: 3, warningLists: new WarningLists([{ name: 'our sinkhole', entries: ['sinkhole.example.net'] }]) })
    const hub = await addOrg(w, 'hub', null)
    const orgs = await Promise.all(['N1', 'N2', 'N3', 'N4', 'N5'].map((n) => addOrg(w, n, hub)))
    const actor = (i: number) => actorOf(`u${i}`, [orgs[i]!, hub])
    const green = (i: number): Marking => ({ tlp: 'GREEN', audienceOrgs: [], audienceUsers: [], originatorOrg: orgs[i]!, originatorUser: `u${i}` })
    const sco = (type: string, value: string) => ({ type, id: `${type}--${crypto.randomUUID()}`, value })

    for (const value of ['8.8.8.8', '10.1.2.3']) {
      await addObjects(w, actor(0), green(0), [sco('ipv4-addr', value)])
      await addObjects(w, actor(1), green(1), [sco('ipv4-addr', value)])
    }
    await addObjects(w, actor(0), green(0), [sco('domain-name', 'mail.sinkhole.example.net')])
    await addObjects(w, actor(1), green(1), [sco('domain-name', 'mail.sinkhole.example.net')])
    expect(w.sink.events, 'warning-listed values').toHaveLength(0)

    // 3 holders is at the cap: still told; the 4th makes it over-correlated: quiet from then on.
    for (let i = 0; i < 3; i++) await addObjects(w, actor(i), green(i), [sco('domain-name', 'evil.example.org')])
    // The second holder: both told; the third: told once of both matches, each earlier holder once.
    expect(w.sink.events).toHaveLength(2 + 3)
    expect((w.sink.events[2]!.payload as CorrelationPayload).matches).toHaveLength(2)
    const before = w.sink.events.length
    await addObjects(w, actor(3), green(3), [sco('domain-name', 'evil.example.org')])
    await addObjects(w, actor(4), green(4), [sco('domain-name', 'evil.example.org')])
    expect(w.sink.events.length).toBe(before)
  })
})
