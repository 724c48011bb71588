import { beforeAll, describe, expect, it } from 'vitest'
import { loadOasisJudge, type OasisJudge } from '../stix/test-support/oasis-judge'
import { stixToMisp } from './from-stix'
import { isTlpTag, TLP_TAG, tlpOfTags } from './misp-tlp'
import type { MispEvent } from './misp-types'
import { REAL_EVENTS, attr, event, loadRealEvent } from './misp.test-helper'
import { attributesOf, losses, NOTHING_LOST, objectEvent } from './misp.test-events'
import { loadMispJudge, type MispJudge } from './test-support/misp-judge'
import { mispEventToStix } from './to-stix'
import { NO_SHARED_DATA } from '../../../test/shared-data'

const now = new Date('2026-01-01T00:00:00Z')
let oasis: OasisJudge
let misp: MispJudge
beforeAll(() => {
  if (NO_SHARED_DATA) return
  oasis = loadOasisJudge()
  misp = loadMispJudge()
})

/** MISP -> STIX (through JSON, as the store keeps it) -> MISP. */
function roundTrip(ev: MispEvent) {
  const stix = mispEventToStix(ev, { now })
  const stored = JSON.parse(JSON.stringify(stix.objects)) as typeof stix.objects
  const back = stixToMisp(stored, { info: ev.info, tlp: stix.tlp, date: ev.date })
  return { stix, back: back.event, exportWarnings: back.warnings }
}


describe.skipIf(NO_SHARED_DATA)('MISP -> hub -> MISP loses nothing', () => {
  const hand: [string, () => MispEvent][] = [
    ['objects, galaxies, tags, a sharing group and composite attributes', objectEvent],
    ['an event with no attributes', () => event({ uuid: '44444444-2222-4333-8444-555555555555', Tag: [{ name: 'tlp:green' }] })],
  ]
  const cases: [string, () => MispEvent][] = [...REAL_EVENTS.map((name): [string, () => MispEvent] => [name, () => loadRealEvent(name)]), ...hand]

  it.each(cases)('%s: every attribute (uuid, object), object reference, tag and galaxy cluster comes back', (_name, make) => {
    const ev = make()
    const { back } = roundTrip(ev)
    expect(losses(ev, back)).toEqual(NOTHING_LOST)
    // Nothing invented either: as many attributes and objects as went in.
    expect(attributesOf(back)).toHaveLength(attributesOf(ev).length)
    expect((back.Object ?? []).map((o) => o.uuid).sort()).toEqual((ev.Object ?? []).map((o) => o.uuid).sort())
    expect(back.uuid).toBe(ev.uuid)
  })

  it.each(cases)('%s: the TLP tag comes back at the level the hub holds the event at, under its own name when that is the same level', (_name, make) => {
    const ev = make()
    const { stix, back } = roundTrip(ev)
    const tlpTags = (back.Tag ?? []).filter((t) => isTlpTag(t.name))
    expect(tlpTags).toHaveLength(stix.tlp === null ? 0 : 1)
    if (stix.tlp === null) return
    const own = (ev.Tag ?? []).find((t) => isTlpTag(t.name) && tlpOfTags([t]) === stix.tlp)
    expect(tlpTags[0]!.name).toBe(own?.name ?? TLP_TAG[stix.tlp])
  })

  it.each(cases)('%s: the event written passes PyMISP schema.json, its type table, and the object templates where its input did', (_name, make) => {
    const ev = make()
    const { back } = roundTrip(ev)
    const faults = misp.faults({ Event: back as unknown as Record<string, unknown> })
    expect(faults.schema).toEqual([])
    expect(faults.types).toEqual([])
    // What MISP itself sent off-template (a vulnerability id typed text) is given back as sent, not rewritten.
    const sent = new Set(misp.faults({ Event: ev as unknown as Record<string, unknown> }).templates)
    expect(faults.templates.filter((f) => !sent.has(f))).toEqual([])
  })

  it.each(cases)('%s: every STIX object made passes the OASIS schemas', (_name, make) => {
    const { stix } = roundTrip(make())
    expect(stix.objects.filter((o) => !oasis.accepts(o)).map((o) => o.id)).toEqual([])
  })

  it('keeps the sharing group, writes full registry hives in STIX, and says what STIX could not carry', () => {
    const { stix, back } = roundTrip(objectEvent())
    expect(back.distribution).toBe('4')
    expect(back.sharing_group_id).toBe('12')
    const keys = stix.objects.filter((o) => o.type === 'windows-registry-key').map((o) => o.key)
    expect(keys.sort()).toEqual(['HKEY_CURRENT_USER\\Software\\Evil', 'HKEY_LOCAL_MACHINE\\Software\\Run'])
    expect(stix.warnings.some((w) => w.includes('(port)') && w.includes('not mapped'))).toBe(true)
  })

  it('imports an event with no attributes, and says its report only refers to a note', () => {
    const { stix } = roundTrip(event({ uuid: '55555555-2222-4333-8444-555555555555' }))
    const report = stix.objects.find((o) => o.type === 'report')!
    expect(report.object_refs).toHaveLength(1)
    expect(stix.warnings.some((w) => w.includes('nothing STIX can carry'))).toBe(true)
  })

  it('reports attributes that share a uuid, keeps each, and writes each back with a uuid of its own', () => {
    const ev = event({ Attribute: [attr('ip-dst', '203.0.113.1', { uuid: '66666666-0000-4000-8000-000000000001' }), attr('ip-dst', '203.0.113.2', { uuid: '66666666-0000-4000-8000-000000000001' })] })
    const { stix, back, exportWarnings } = roundTrip(ev)
    expect(stix.warnings.some((w) => w.includes('66666666-0000-4000-8000-000000000001') && w.includes('more than once'))).toBe(true)
    expect(back.Attribute!.map((a) => a.value).sort()).toEqual(['203.0.113.1', '203.0.113.2'])
    expect(new Set(back.Attribute!.map((a) => a.uuid)).size).toBe(2)
    expect(exportWarnings.some((w) => w.includes('used more than once'))).toBe(true)
  })

  it('leaves out an attribute TLP tag looser than the event, and says so', () => {
    const ev = event({ distribution: '1', Tag: [{ name: 'tlp:amber' }], Attribute: [attr('ip-dst', '203.0.113.9', { uuid: '66666666-0000-4000-8000-000000000009', Tag: [{ name: 'tlp:clear' }, { name: 'kill-chain:c2' }] })] })
    const { back, exportWarnings } = roundTrip(ev)
    expect(back.Attribute![0]!.Tag).toEqual([{ name: 'kill-chain:c2' }])
    expect(exportWarnings).toContain("attribute 66666666-0000-4000-8000-000000000009: tag tlp:clear is looser than the event's TLP:AMBER; left out")
  })
})
