import { describe, expect, it } from 'vitest'
import { isAppError } from '../../core/errors'
import { observableKeysOfStix, parsePattern, type StixLikeObject } from '../observables'
import { mispEventToStix } from './to-stix'
import { readMispEvents } from './misp-types'
import { NO_SHARED_DATA, REAL_EVENTS, attr, event, loadRealEvent } from './misp.test-helper'

const now = new Date('2026-01-01T00:00:00Z')
const ofType = (objects: StixLikeObject[], type: string) => objects.filter((o) => o.type === type)

describe('readMispEvents', () => {
  const e = { uuid: 'u', info: 'i', date: '2020-01-01' }
  it('reads { Event }, { response: [...] }, arrays and bare events', () => {
    expect(readMispEvents({ Event: e })).toEqual([e])
    expect(readMispEvents({ response: [{ Event: e }, { Event: { ...e, uuid: 'v' } }] }).map((x) => x.uuid)).toEqual(['u', 'v'])
    expect(readMispEvents([{ Event: e }, e])).toHaveLength(2)
    expect(readMispEvents(e)).toEqual([e])
  })
  it('rejects what is not an event with a 400 pointing at it', () => {
    try {
      readMispEvents({ response: [{ Event: e }, { Event: { info: 'no uuid' } }] })
      expect.unreachable()
    } catch (err) {
      expect(isAppError(err) && err.status === 400 && err.errors[0]?.pointer === '/response/1/Event').toBe(true)
    }
  })
})

describe.skipIf(NO_SHARED_DATA)('mispEventToStix on the real MISP events', () => {
  it.each(REAL_EVENTS)('%s: accounts for every attribute, mapped or warned', (name) => {
    const ev = loadRealEvent(name)
    const { objects, mapped, warnings } = mispEventToStix(ev, { now })
    const all = [...(ev.Attribute ?? []), ...(ev.Object ?? []).flatMap((o) => o.Attribute)]
    const unaccounted = all.filter((a) => !mapped.includes(a.uuid) && !warnings.some((w) => w.includes(a.uuid)))
    expect(unaccounted).toEqual([])
    expect(mapped.length).toBeGreaterThan(all.length / 2)
    const ids = objects.map((o) => o.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it.each(REAL_EVENTS)('%s: a report refers to every other object, and every indicator pattern parses and is indexed', (name) => {
    const { objects } = mispEventToStix(loadRealEvent(name), { now })
    const [report, ...rest] = objects
    expect(report!.type).toBe('report')
    expect(new Set(report!.object_refs as string[])).toEqual(new Set(rest.map((o) => o.id)))
    for (const ind of ofType(objects, 'indicator')) {
      expect(() => parsePattern(ind.pattern as string)).not.toThrow()
      expect(observableKeysOfStix(ind).length).toBeGreaterThan(0)
    }
  })

  it('is idempotent: the same event gives the same objects, whenever it is converted', () => {
    const ev = loadRealEvent('misp_indicators_test.json')
    expect(mispEventToStix(ev, { now })).toEqual(mispEventToStix(ev, { now: new Date('2030-01-01T00:00:00Z') }))
  })

  it('maps the Regin event: 27 md5 and 3 regkey indicators, filenames observed, GREEN from "all communities"', () => {
    const { objects, tlp } = mispEventToStix(loadRealEvent('event-circl-regin.json'), { now })
    expect(tlp).toBe('GREEN')
    const indicators = ofType(objects, 'indicator')
    expect(indicators.filter((i) => i.x_misp_type === 'md5')).toHaveLength(27)
    expect(indicators.filter((i) => i.x_misp_type === 'regkey')).toHaveLength(3)
    expect(ofType(objects, 'observed-data').filter((o) => o.x_misp_type === 'filename')).toHaveLength(6)
    expect(ofType(objects, 'note')).toHaveLength(1)
  })

  it('turns galaxies into SDOs with their ATT&CK ids, and other tags into report labels', () => {
    const { objects, tlp } = mispEventToStix(loadRealEvent('misp_indicators_test.json'), { now })
    expect(tlp).toBe('AMBER+STRICT') // distribution 0 (this organisation only) outranks tlp:white
    expect(ofType(objects, 'attack-pattern')[0]).toMatchObject({
      name: 'DLL Search Order Hijacking',
      external_references: [{ source_name: 'mitre-attack', external_id: 'T1038' }],
    })
    expect(ofType(objects, 'threat-actor')[0]).toMatchObject({ name: 'APT 16' })
    expect(ofType(objects, 'malware')[0]).toMatchObject({ name: 'Elise', is_family: true })
    const labels = objects[0]!.labels as string[]
    expect(labels).toContain('misp-galaxy:mitre-attack-pattern="DLL Injection"')
    expect(labels).not.toContain('tlp:white')
  })

  it('relates MISP objects through their references, and warns about those whose end STIX cannot carry', () => {
    const { objects, warnings } = mispEventToStix(loadRealEvent('misp_indicators_test.json'), { now })
    const rels = ofType(objects, 'relationship')
    expect(rels.map((r) => r.relationship_type)).toEqual(['includes', 'includes'])
    // The vulnerability's references lead to a MISP attack-pattern and a weakness object: text only.
    expect(warnings.filter((w) => /^object reference .* -(targeted-by|weakened-by)->/.test(w))).toHaveLength(2)
    const ids = new Set(objects.map((o) => o.id))
    for (const r of rels) expect(ids.has(r.source_ref as string) && ids.has(r.target_ref as string)).toBe(true)
  })
})

describe('mispEventToStix on awkward attributes', () => {
  it('splits ip-dst|port into an address and a connection, and asserts both in one observation', () => {
    const { objects } = mispEventToStix(event({ Attribute: [attr('ip-dst|port', '203.0.113.5|8443')] }), { now })
    const traffic = ofType(objects, 'network-traffic')[0]!
    const ip = ofType(objects, 'ipv4-addr')[0]!
    expect(traffic).toMatchObject({ dst_ref: ip.id, dst_port: 8443 })
    expect(ofType(objects, 'indicator')[0]!.pattern).toBe("[network-traffic:dst_ref.value = '203.0.113.5' AND network-traffic:dst_port = 8443]")
  })

  it('makes filename|sha256 one file with name and hash, the hash lower-cased', () => {
    const h = 'E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855'
    const { objects } = mispEventToStix(event({ Attribute: [attr('filename|sha256', `evil.exe|${h}`)] }), { now })
    expect(ofType(objects, 'file')[0]).toMatchObject({ name: 'evil.exe', hashes: { 'SHA-256': h.toLowerCase() } })
    expect(ofType(objects, 'indicator')[0]!.pattern).toBe(`[file:name = 'evil.exe' AND file:hashes.'SHA-256' = '${h.toLowerCase()}']`)
  })

  it('gives a to_ids=false attribute an observed-data and no indicator', () => {
    const { objects } = mispEventToStix(event({ Attribute: [attr('domain', 'Example.ORG', { to_ids: false })] }), { now })
    expect(ofType(objects, 'indicator')).toEqual([])
    const domain = ofType(objects, 'domain-name')[0]!
    expect(domain.value).toBe('example.org')
    expect(ofType(objects, 'observed-data')[0]).toMatchObject({ object_refs: [domain.id], x_misp_type: 'domain', number_observed: 1 })
  })

  it('builds the indicator from the normalized value, valid from the attribute time, with quotes escaped', () => {
    const { objects } = mispEventToStix(
      event({ Attribute: [attr('url', "HTTP://Evil.Example:80/it's", { timestamp: '1500000000' }), attr('mutex', "a'b\\c")] }),
      { now },
    )
    const [url, mutex] = ofType(objects, 'indicator')
    expect(url).toMatchObject({ pattern: "[url:value = 'http://evil.example/it\\'s']", valid_from: '2017-07-14T02:40:00.000Z', pattern_type: 'stix' })
    expect(mutex!.pattern).toBe("[mutex:name = 'a\\'b\\\\c']")
    expect(observableKeysOfStix(mutex!)).toEqual(["mutex:a'b\\c"])
  })

  it('warns about values that are not what their type says', () => {
    const bad = attr('ip-src', 'not-an-ip')
    const { warnings, mapped } = mispEventToStix(event({ Attribute: [bad, attr('md5', 'abc')] }), { now })
    expect(mapped).toEqual([])
    expect(warnings.some((w) => w.includes(bad.uuid) && w.includes('not a valid IP address'))).toBe(true)
    expect(warnings.some((w) => w.includes('nothing STIX can carry'))).toBe(true)
  })

  it('keeps user-agent only as an indicator, and warns when it is not one', () => {
    const ua = attr('user-agent', 'Evil/1.0')
    const quiet = attr('user-agent', 'Quiet/1.0', { to_ids: false })
    const { objects, warnings } = mispEventToStix(event({ Attribute: [ua, quiet] }), { now })
    expect(observableKeysOfStix(ofType(objects, 'indicator')[0]!)).toEqual(['user-agent:Evil/1.0'])
    expect(warnings.some((w) => w.includes(quiet.uuid))).toBe(true)
  })

  it('maps a vulnerability to its SDO and a text to a note on the report', () => {
    const { objects } = mispEventToStix(event({ Attribute: [attr('vulnerability', 'cve-2021-44228'), attr('text', 'context', { to_ids: false })] }), { now })
    expect(ofType(objects, 'vulnerability')[0]).toMatchObject({ name: 'CVE-2021-44228', external_references: [{ source_name: 'cve', external_id: 'CVE-2021-44228' }] })
    expect(ofType(objects, 'note')[0]).toMatchObject({ content: 'context', object_refs: [objects[0]!.id] })
  })
})

describe('mispEventToStix TLP', () => {
  const tlpOf = (over: Parameters<typeof event>[0]) => mispEventToStix(event({ Attribute: [attr('ip-dst', '203.0.113.1')], ...over }), { now })

  it.each([
    ['0', [], 'AMBER+STRICT'],
    ['1', [], 'AMBER'],
    ['2', [], 'GREEN'],
    ['3', [], 'GREEN'],
    ['3', ['tlp:clear'], 'CLEAR'],
    ['3', ['tlp:white'], 'CLEAR'],
    ['3', ['tlp:red'], 'RED'],
    ['2', ['tlp:white'], 'GREEN'],
    ['1', ['tlp:amber+strict'], 'AMBER+STRICT'],
    ['3', ['tlp:green', 'TLP:AMBER'], 'AMBER'],
    ['4', [], 'AMBER+STRICT'],
    ['5', [], null],
  ] as const)('distribution %s with tags %j -> %s', (distribution, tags, tlp) => {
    expect(tlpOf({ distribution, Tag: tags.map((name) => ({ name })) }).tlp).toBe(tlp)
  })

  it('notes the sharing group of distribution 4', () => {
    const r = tlpOf({ distribution: '4', sharing_group_id: '7' })
    expect(r.warnings.some((w) => w.includes('sharing group 7'))).toBe(true)
    expect(r.objects[0]!.x_misp_sharing_group_id).toBe('7')
  })

  it('marks an attribute stricter than its event, never looser', () => {
    const red = attr('ip-dst', '203.0.113.2', { Tag: [{ name: 'tlp:red' }] })
    const clear = attr('ip-dst', '203.0.113.3', { Tag: [{ name: 'tlp:clear' }], distribution: '3' })
    const inherit = attr('ip-dst', '203.0.113.4', { distribution: '5' })
    const { objects, objectTlp, tlp } = mispEventToStix(event({ distribution: '1', Attribute: [red, clear, inherit] }), { now })
    expect(tlp).toBe('AMBER')
    const indicatorOf = (v: string) => ofType(objects, 'indicator').find((i) => (i.pattern as string).includes(v))!.id
    expect(objectTlp[indicatorOf('203.0.113.2')]).toBe('RED')
    expect(objectTlp[indicatorOf('203.0.113.3')]).toBeUndefined()
    expect(objectTlp[indicatorOf('203.0.113.4')]).toBeUndefined()
  })
})
