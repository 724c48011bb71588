import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { StixLikeObject } from '../observables'
import { stixToMisp } from './from-stix'
import { SHARED_DATA } from './misp.test-helper'
import { sco } from './stix-build'
import { loadMispJudge, type MispJudge } from './test-support/misp-judge'
import { NO_SHARED_DATA } from '../../../test/shared-data'

let misp: MispJudge
beforeAll(() => {
  if (NO_SHARED_DATA) return
  misp = loadMispJudge()
})

const meta = { info: 'from STIX', tlp: 'GREEN' as const, date: '2026-01-01' }
const SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
const MD5 = 'd41d8cd98f00b204e9800998ecf8427e'

function observed(n: number, refs: string[]): StixLikeObject {
  const t = '2026-01-01T00:00:00.000Z'
  const id = `observed-data--aaaaaaaa-0000-4000-8000-${String(n).padStart(12, '0')}`
  return { type: 'observed-data', spec_version: '2.1', id, created: t, modified: t, first_observed: t, last_observed: t, number_observed: 1, object_refs: refs }
}

function expectMispAccepts(event: unknown): void {
  const faults = misp.faults({ Event: event as Record<string, unknown> })
  expect(faults).toEqual({ schema: [], types: [], templates: [] })
}

describe.skipIf(NO_SHARED_DATA)('STIX that did not come from MISP, to MISP', () => {
  it('writes ATT&CK as galaxy clusters, named and identified as MISP names them, and lists what has no MISP form', () => {
    const bundle = JSON.parse(readFileSync(join(SHARED_DATA, 'attack', 'enterprise-attack-18.1.json'), 'utf8')) as { objects: StixLikeObject[] }
    const { event, warnings } = stixToMisp(bundle.objects, meta)
    const count = (type: string) => bundle.objects.filter((o) => o.type === type).length
    const clusters = (galaxy: string) => event.Galaxy!.find((g) => g.type === galaxy)?.GalaxyCluster ?? []
    expect(clusters('mitre-attack-pattern')).toHaveLength(count('attack-pattern'))
    expect(clusters('mitre-intrusion-set')).toHaveLength(count('intrusion-set'))
    expect(clusters('mitre-malware')).toHaveLength(count('malware'))
    expect(clusters('mitre-tool')).toHaveLength(count('tool'))
    const apt38 = bundle.objects.find((o) => o.type === 'intrusion-set' && o.name === 'APT38')!
    expect(clusters('mitre-intrusion-set').find((c) => c.value === 'APT38 - G0082')).toMatchObject({
      uuid: apt38.id.replace('intrusion-set--', ''),
      tag_name: 'misp-galaxy:mitre-intrusion-set="APT38 - G0082"',
    })
    expect(event.Tag).toContainEqual({ name: 'misp-galaxy:mitre-intrusion-set="APT38 - G0082"' })
    expect(warnings).toContain(`${count('relationship')} STIX relationship objects not mapped: MISP has no attribute, object or galaxy for them`)
    expect(warnings).toContain(`${count('campaign')} STIX campaign objects not mapped: MISP has no attribute, object or galaxy for them`)
    expectMispAccepts(event)
  })

  it('says so when nothing of the selection maps, instead of an empty event without a word', () => {
    const t = '2026-01-01T00:00:00.000Z'
    const { event, warnings } = stixToMisp([{ type: 'identity', spec_version: '2.1', id: 'identity--aaaaaaaa-0000-4000-8000-000000000001', created: t, modified: t, name: 'CERT' }], meta)
    expect(event.Attribute).toEqual([])
    expect(warnings).toEqual([
      '1 STIX identity object not mapped: MISP has no attribute, object or galaxy for it',
      'the event has no attribute, object or galaxy: nothing of the selection maps to MISP',
    ])
  })

  it('writes observables MISP has a template for as MISP objects that follow the template', () => {
    const file = sco('file', { name: 'evil.exe', hashes: { MD5, 'SHA-256': SHA256 }, size: 4096 }, 'x')
    const ip1 = sco('ipv4-addr', { value: '198.51.100.9' }, 'x')
    const ip2 = sco('ipv4-addr', { value: '198.51.100.10' }, 'x')
    const domain = sco('domain-name', { value: 'c2.evil.example', resolves_to_refs: [ip1.id, ip2.id] }, 'x')
    const dst = sco('ipv4-addr', { value: '203.0.113.7' }, 'x')
    const traffic = sco('network-traffic', { dst_ref: dst.id, dst_port: 443, protocols: ['tcp'] }, 'x')
    const key = sco('windows-registry-key', { key: 'HKEY_LOCAL_MACHINE\\Software\\Run', values: [{ name: 'evil', data: 'evil.exe', data_type: 'REG_SZ' }] }, 'x')
    const cert = sco('x509-certificate', { hashes: { 'SHA-256': SHA256 }, issuer: 'CN=Evil CA', serial_number: '01' }, 'x')
    const objects = [file, ip1, ip2, domain, dst, traffic, key, cert, observed(1, [file.id]), observed(2, [domain.id, ip1.id, ip2.id])]
    const { event, warnings } = stixToMisp(objects, meta)
    const shape = (event.Object ?? []).map((o) => [o.name, o.Attribute.map((a) => `${a.object_relation}=${a.value}`).sort()]).sort()
    expect(shape).toEqual([
      ['domain-ip', ['domain=c2.evil.example', 'ip=198.51.100.10', 'ip=198.51.100.9']],
      ['file', [`md5=${MD5}`, `sha256=${SHA256}`, 'filename=evil.exe', 'size-in-bytes=4096'].sort()],
      ['ip-port', ['dst-port=443', 'ip-dst=203.0.113.7']],
      ['registry-key', ['data-type=REG_SZ', 'data=evil.exe', 'key=HKEY_LOCAL_MACHINE\\Software\\Run', 'name=evil']],
      ['x509', ['issuer=CN=Evil CA', 'serial-number=01', `x509-fingerprint-sha256=${SHA256}`]],
    ])
    expect(event.Attribute).toEqual([])
    expect(warnings).toEqual([])
    expectMispAccepts(event)
  })

  it('files sha512 and ssdeep under a category MISP allows them in, not Other', () => {
    const t = '2026-01-01T00:00:00.000Z'
    const sha512 = 'cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e'
    const ssdeep = '3:AXGBicFlgVNhBGcL6wCrFQEv:AXGHsNhxLsr2C'
    const indicator = {
      type: 'indicator', spec_version: '2.1', id: 'indicator--aaaaaaaa-0000-4000-8000-000000000009', created: t, modified: t, valid_from: t, pattern_type: 'stix',
      pattern: `[file:hashes.'SHA-512' = '${sha512}'] OR [file:hashes.SSDEEP = '${ssdeep}']`,
    }
    const { event } = stixToMisp([indicator], meta)
    expect(event.Attribute!.map((a) => [a.type, a.category])).toEqual([
      ['sha512', 'Payload delivery'],
      ['ssdeep', 'Payload delivery'],
    ])
    expectMispAccepts(event)
  })
})

describe.skipIf(NO_SHARED_DATA)('x_misp_* properties from elsewhere', () => {
  it('takes only well-formed records, with strings and booleans where MISP wants them', () => {
    const t = '2026-01-01T00:00:00.000Z'
    const note = {
      type: 'note', spec_version: '2.1', id: 'note--aaaaaaaa-0000-4000-8000-000000000010', created: t, modified: t, content: 'x', object_refs: ['report--aaaaaaaa-0000-4000-8000-000000000011'],
      x_misp_attributes: [
        { uuid: 'bbbbbbbb-0000-4000-8000-000000000001', type: 'text', value: 'kept', to_ids: 'yes', distribution: 3, tags: ['a', 7], object: { uuid: 5 } },
        { uuid: 'bbbbbbbb-0000-4000-8000-000000000002', type: 'text' },
        'not a record',
      ],
      x_misp_galaxy_clusters: [{ galaxy_type: 'country', value: 'france' }, { value: 'no galaxy' }],
    }
    const { event } = stixToMisp([note], meta)
    expect(event.Attribute).toEqual([{ uuid: 'bbbbbbbb-0000-4000-8000-000000000001', type: 'text', category: 'Other', value: 'kept', to_ids: false, distribution: '3', Tag: [{ name: 'a' }] }])
    expect(event.Object).toEqual([])
    expect(event.Galaxy!.map((g) => g.GalaxyCluster!.map((c) => c.value))).toEqual([['france']])
    expectMispAccepts(event)
  })
})
