/**
 * The live feed's exercise wall is decided in one place, with the TLP rule (canDeliver, built on
 * inScope): a subscriber's filter only narrows what reaches it, so the wall must hold even for a
 * filter that asks for everything. Over random events and subscribers, canDeliver gives exactly
 * the pure rule's answer, and through a fanout no frame crosses a world.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { propertyRuns } from '../../test/property-runs'
import type { DomainEvent } from '../bus/event'
import { canSee, TLP_LEVELS, type Marking, type Viewer } from '../tlp'
import { createFanout } from './fanout'
import { canDeliver, type ViewerSubscriber } from './live-feed'

const WORLDS = [null, 'ex-1', 'ex-2'] as const
const ORG_CHAINS = [['cert-fr', 'nation-fr', 'hub'], ['nation-fr', 'hub'], ['nation-de', 'hub'], ['hub']] as const

const viewerArb: fc.Arbitrary<Viewer> = fc
  .record({ user: fc.constantFrom('u1', 'u2', 'u3'), chain: fc.constantFrom(...ORG_CHAINS) })
  .map(({ user, chain }) => ({ userId: user, orgId: chain[0], orgChain: [...chain] }))

const markingArb: fc.Arbitrary<Marking> = fc.record({
  tlp: fc.constantFrom(...TLP_LEVELS),
  audienceOrgs: fc.uniqueArray(fc.constantFrom('cert-fr', 'nation-fr', 'nation-de', 'hub'), { maxLength: 2 }),
  audienceUsers: fc.uniqueArray(fc.constantFrom('u1', 'u2', 'u3'), { maxLength: 2 }),
  originatorOrg: fc.constantFrom('cert-fr', 'nation-fr', 'nation-de'),
  originatorUser: fc.option(fc.constantFrom('u1', 'u2', 'u3'), { nil: null }),
})

const eventOf = (seq: number, marking: Marking, exerciseId: string | null): DomainEvent => ({
  id: `ev-${seq}`,
  seq,
  type: 'incident.updated',
  at: '2026-03-01T09:00:00.000Z',
  marking,
  exerciseId,
  subject: { incidentId: 'inc-1' },
  payload: {},
})

interface TestSub extends ViewerSubscriber {
  frames: DomainEvent[]
}

const subscriber = (viewer: Viewer, exerciseId: string | null | undefined): TestSub => {
  const sub: TestSub = {
    viewer,
    filter: exerciseId === undefined ? {} : { exerciseId },
    frames: [],
    send: (frame) => void sub.frames.push((JSON.parse(frame) as { event: DomainEvent }).event),
    bufferedBytes: () => 0,
    close: () => {},
  }
  return sub
}

describe('the live exercise wall', () => {
  it('delivers an event exactly when it is of the subscriber\u2019s world and its marking is visible', () => {
    fc.assert(
      fc.property(viewerArb, fc.constantFrom(undefined, ...WORLDS), markingArb, fc.constantFrom(...WORLDS), (viewer, watched, marking, world) => {
        const sub = subscriber(viewer, watched)
        const event = eventOf(1, marking, world)
        const expected = world === (watched ?? null) && canSee(viewer, marking)
        expect(canDeliver(sub, event) !== null).toBe(expected)
      }),
      { numRuns: propertyRuns(20_000) },
    )
  })

  it('lets no frame through a fanout from another world, whatever the filter asks', () => {
    const fanout = createFanout<TestSub>({ canDeliver, maxBuffered: 1e9 })
    const alice: Viewer = { userId: 'alice', orgId: 'cert-fr', orgChain: ['cert-fr', 'nation-fr', 'hub'] }
    const subs = [subscriber(alice, undefined), subscriber(alice, null), subscriber(alice, 'ex-1'), subscriber(alice, 'ex-2')]
    for (const s of subs) fanout.add(s)
    const green: Marking = { tlp: 'GREEN', audienceOrgs: [], audienceUsers: [], originatorOrg: 'nation-de', originatorUser: null }
    WORLDS.forEach((w, i) => fanout.deliver(eventOf(i + 1, green, w)))
    const worldsSeen = subs.map((s) => s.frames.map((e) => e.exerciseId))
    expect(worldsSeen).toEqual([[null], [null], ['ex-1'], ['ex-2']])
  })
})
