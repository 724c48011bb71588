/**
 * The event map holds `emit` to the types and payloads the capabilities define. The
 * `@ts-expect-error` lines are the compile-time half: `npx tsc --noEmit` (part of the checks) fails
 * if any of them stops being an error. The runtime half checks the catalogue the live feed reads.
 */
import { describe, expect, expectTypeOf, it } from 'vitest'
import { assistanceEvents } from './assistance'
import { capabilityEvents } from './capability'
import { exerciseEvents } from './exercise'
import { decisionEvents } from './decision'
import { EVENT_DEFINITIONS, isControlEvent, isEventType, mergeEventDefinitions } from './event-catalogue'
import { feedEvent } from './event-definition'
import type { ControlEventType, EventMap, EventType, FeedEvent, HubEvent } from './event-map'
import { incidentEvents } from './incident'
import type { IncidentView } from './incident'
import { intelEvents } from './intel'
import { memberEvents, type CredentialRevoked } from './members'
import type { Unit } from './unit-of-work'

/** Never called: its body only has to compile (or fail to, where marked). */
async function emitsCheckedAgainstTheMap(u: Unit, incident: IncidentView) {
  const envelope = { markingId: 'm', exerciseId: null, marking: { tlp: 'GREEN' as const, audienceOrgs: [], audienceUsers: [], originatorOrg: 'o', originatorUser: null } }
  await u.emit({ type: 'incident.reported', ...envelope, payload: incident })
  await u.emit({ type: 'assistance.offer.withdrawn', ...envelope, payload: { offerId: 'x' } })
  // @ts-expect-error an unknown event type does not compile
  await u.emit({ type: 'incident.reportd', ...envelope, payload: incident })
  // @ts-expect-error a payload of another type does not compile
  await u.emit({ type: 'incident.reported', ...envelope, payload: { offerId: 'x' } })
  // @ts-expect-error a payload missing a field does not compile
  await u.emit({ type: 'assistance.offer.expired', ...envelope, payload: { offerId: 'x' } })
  // @ts-expect-error a payload with a field of the wrong type does not compile
  await u.emit({ type: 'assistance.request.offered', ...envelope, payload: { requestId: 'r', state: 'offered', round: 1, offersSent: '2' } })
  // @ts-expect-error a payload naming a field the type does not define does not compile (no candidate slips in)
  await u.emit({ type: 'assistance.request.offered', ...envelope, payload: { requestId: 'r', state: 'offered', round: 1, offersSent: 2, providerOrg: 'p' } })
}

describe('the event map', () => {
  it('ties each type to its payload, for readers such as the console and watch', () => {
    expectTypeOf<EventMap['incident.reported']>().toEqualTypeOf<IncidentView>()
    expectTypeOf<EventMap['credential.revoked']>().toEqualTypeOf<CredentialRevoked>()
    expectTypeOf<ControlEventType>().toEqualTypeOf<'credential.revoked'>()
    expectTypeOf<HubEvent<'org.admitted'>['type']>().toEqualTypeOf<'org.admitted'>()
    expectTypeOf<FeedEvent['type']>().not.toEqualTypeOf<EventType>()
    expect(typeof emitsCheckedAgainstTheMap).toBe('function')
  })

  it('has every capability’s definitions at run time, each type once', () => {
    const sets = [assistanceEvents, capabilityEvents, decisionEvents, incidentEvents, intelEvents, memberEvents, exerciseEvents]
    const all = sets.flatMap((s) => Object.keys(s))
    expect(new Set(all).size).toBe(all.length)
    expect([...EVENT_DEFINITIONS.keys()].sort()).toEqual(all.sort())
    for (const type of all) expect(isEventType(type)).toBe(true)
    expect(isEventType('t.made-up')).toBe(false)
  })

  it('refuses a type two capabilities define, naming it', () => {
    expect(() => mergeEventDefinitions({ 'a.b': feedEvent<number>('one') }, { 'a.b': feedEvent<string>('two') })).toThrow('event type "a.b" is defined twice')
  })

  it('marks only the credential event as control, never delivered to a subscriber', () => {
    expect([...EVENT_DEFINITIONS].filter(([, d]) => d.delivery === 'control').map(([t]) => t)).toEqual(['credential.revoked'])
    expect(isControlEvent('credential.revoked')).toBe(true)
    expect(isControlEvent('incident.updated')).toBe(false)
    expect(isControlEvent('t.made-up')).toBe(false)
  })

  it('types are routable on every bus (dot-separated words)', () => {
    for (const type of EVENT_DEFINITIONS.keys()) expect(type).toMatch(/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)+$/)
  })
})
