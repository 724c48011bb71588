import { describe, expect, it } from 'vitest'
import { mapAttributeValue } from './attribute-map'
import { stixToMispEvent } from './from-stix'
import { isToIds, type MispAttribute, type MispEvent } from './misp-types'
import { NO_SHARED_DATA, REAL_EVENTS, attr, event, loadRealEvent } from './misp.test-helper'
import { mispEventToStix } from './to-stix'

const now = new Date('2026-01-01T00:00:00Z')

/** Attribute types carried by an SDO (vulnerability, note): STIX has no to_ids for them. */
const SDO_TYPES = new Set(['vulnerability', 'text', 'comment'])

/** (type, canonical value, to_ids): values are compared as the mapping normalizes them. */
function triple(a: Pick<MispAttribute, 'type' | 'value' | 'to_ids' | 'uuid'>): string | null {
  if (SDO_TYPES.has(a.type)) return `${a.type}|${a.type === 'vulnerability' ? a.value.toUpperCase() : a.value}`
  const m = mapAttributeValue(a.type, a.value, 'seed')
  if ('unmappable' in m) return null
  return `${a.type}|${m.comparisons.map((c) => c.value).join('|')}|${isToIds(a)}`
}

function roundTrip(ev: MispEvent): MispEvent {
  const { objects, tlp } = mispEventToStix(ev, { now })
  return stixToMispEvent(objects, { info: ev.info, uuid: ev.uuid, tlp, date: ev.date })
}

describe.skipIf(NO_SHARED_DATA)('MISP -> STIX -> MISP', () => {
  it.each(REAL_EVENTS)('%s keeps every (type, value, to_ids) of its mappable attributes', (name) => {
    const ev = loadRealEvent(name)
    const before = (ev.Attribute ?? []).map(triple).filter((t): t is string => t !== null)
    const after = new Set((roundTrip(ev).Attribute ?? []).map(triple))
    expect(before.length).toBeGreaterThan(10)
    expect(before.filter((t) => !after.has(t))).toEqual([])
  })

  it('keeps the awkward cases and the TLP', () => {
    const ev = event({
      distribution: '3',
      Tag: [{ name: 'tlp:amber' }],
      Attribute: [
        attr('ip-dst|port', '203.0.113.5|8443'),
        attr('ip-src|port', '2001:db8::7|53', { to_ids: false }),
        attr('hostname|port', 'c2.evil.example|443'),
        attr('filename|sha256', 'evil.exe|e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'),
        attr('filename|md5', 'dropper.dll|d41d8cd98f00b204e9800998ecf8427e', { to_ids: false }),
        attr('domain|ip', 'evil.example|198.51.100.9'),
        attr('ip-src', '198.51.100.10', { to_ids: false }),
        attr('hostname', 'www.evil.example', { to_ids: false }),
        attr('email-src', 'boss@evil.example'),
        attr('email-dst', 'victim@good.example', { to_ids: false }),
        attr('uri', 'http://evil.example/x'),
        attr('regkey|value', 'HKLM\\Run|evil.exe'),
        attr('AS', 'AS64500', { to_ids: false }),
        attr('sha512', 'cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e'),
        attr('mac-address', '00:1a:2b:3c:4d:5e', { to_ids: false }),
        attr('user-agent', 'Evil/1.0'),
        attr('x509-fingerprint-sha256', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', { to_ids: false }),
      ],
    })
    const back = roundTrip(ev)
    expect(back.Tag).toEqual([{ name: 'tlp:amber' }])
    const after = new Set(back.Attribute!.map(triple))
    expect(ev.Attribute!.map(triple).filter((t) => !after.has(t))).toEqual([])
    // Nothing invented: each attribute comes back once.
    expect(back.Attribute).toHaveLength(ev.Attribute!.length)
  })
})

describe('stixToMispEvent', () => {
  it('reads equality comparisons of foreign indicators by path, and loose observables', () => {
    const back = stixToMispEvent(
      [
        {
          type: 'indicator',
          id: 'indicator--aaaaaaaa-0000-4000-8000-000000000001',
          pattern_type: 'stix',
          pattern: "[ipv4-addr:value = '198.51.100.1' OR file:hashes.'SHA-256' = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'] AND [domain-name:value NOT = 'x.example']",
        },
        { type: 'indicator', id: 'indicator--aaaaaaaa-0000-4000-8000-000000000002', pattern_type: 'snort', pattern: 'alert any' },
        { type: 'ipv4-addr', id: 'ipv4-addr--aaaaaaaa-0000-4000-8000-000000000003', value: '198.51.100.1' },
        { type: 'url', id: 'url--aaaaaaaa-0000-4000-8000-000000000004', value: 'https://evil.example/' },
      ],
      { info: 'from STIX', tlp: 'GREEN', date: '2026-01-01' },
    )
    expect(back.Attribute!.map((a) => [a.type, a.value, a.to_ids])).toEqual([
      ['ip-dst', '198.51.100.1', true],
      ['sha256', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', true],
      ['url', 'https://evil.example/', false],
    ])
    expect(back.Tag).toEqual([{ name: 'tlp:green' }])
    expect(back.uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  })
})
