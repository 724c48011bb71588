import type { MispAttribute, MispEvent } from './misp-types'
import { isTlpTag } from './misp-tlp'
import { attr, event } from './misp.test-helper'

const SHA512 = 'cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e'
const SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
const MD5 = 'd41d8cd98f00b204e9800998ecf8427e'
const SSDEEP = '3:AXGBicFlgVNhBGcL6wCrFQEv:AXGHsNhxLsr2C'

/** A hand-written event with what the real ones lack: objects, references, galaxies, tags, a sharing group. */
export function objectEvent(): MispEvent {
  const rel = (relation: string, type: string, value: string, over: Partial<MispAttribute> = {}) => attr(type, value, { object_relation: relation, category: over.category ?? 'Payload delivery', to_ids: false, ...over })
  return event({
    uuid: '22222222-2222-4333-8444-555555555555',
    distribution: '4',
    sharing_group_id: '12',
    Tag: [{ name: 'tlp:amber' }, { name: 'Type:OSINT' }, { name: 'misp-galaxy:threat-actor="Sofacy"' }, { name: 'misp-galaxy:country="france"' }],
    Attribute: [
      attr('ip-dst|port', '203.0.113.5|8443', { Tag: [{ name: 'kill-chain:c2' }] }),
      attr('filename|sha512', `evil.bin|${SHA512}`, { category: 'Payload delivery' }),
      attr('ssdeep', SSDEEP, { category: 'Payload delivery', to_ids: false }),
      attr('regkey|value', 'HKLM\\Software\\Run|evil.exe', { category: 'Persistence mechanism' }),
      attr('ip-src', '198.51.100.3', { distribution: '4', sharing_group_id: '12', to_ids: false }),
      attr('text', 'analyst note', { category: 'Other', to_ids: false }),
      attr('port', '8443', { to_ids: false }),
    ],
    Object: [
      {
        uuid: '33333333-0000-4000-8000-000000000001',
        name: 'file',
        'meta-category': 'file',
        Attribute: [rel('filename', 'filename', 'dropper.exe'), rel('md5', 'md5', MD5), rel('sha256', 'sha256', SHA256), rel('size-in-bytes', 'size-in-bytes', '4096', { category: 'Other' })],
        ObjectReference: [{ uuid: '33333333-0000-4000-8000-0000000000ff', referenced_uuid: '33333333-0000-4000-8000-000000000002', relationship_type: 'connects-to' }],
      },
      {
        uuid: '33333333-0000-4000-8000-000000000002',
        name: 'domain-ip',
        'meta-category': 'network',
        Attribute: [rel('domain', 'domain', 'c2.evil.example', { category: 'Network activity' }), rel('ip', 'ip-dst', '198.51.100.9', { category: 'Network activity' }), rel('ip', 'ip-dst', '198.51.100.10', { category: 'Network activity' })],
      },
      {
        uuid: '33333333-0000-4000-8000-000000000003',
        name: 'registry-key',
        'meta-category': 'file',
        Attribute: [rel('key', 'regkey', 'HKCU\\Software\\Evil', { category: 'Persistence mechanism' }), rel('data', 'text', 'payload', { category: 'Persistence mechanism' }), rel('data-type', 'text', 'REG_SZ', { category: 'Persistence mechanism' })],
      },
      {
        uuid: '33333333-0000-4000-8000-000000000004',
        name: 'ip-port',
        'meta-category': 'network',
        Attribute: [rel('ip', 'ip-dst', '203.0.113.77', { category: 'Network activity', to_ids: true }), rel('dst-port', 'port', '443', { category: 'Network activity' })],
      },
      {
        uuid: '33333333-0000-4000-8000-000000000005',
        name: 'vulnerability',
        'meta-category': 'vulnerability',
        Attribute: [rel('id', 'vulnerability', 'CVE-2021-44228', { category: 'External analysis' }), rel('summary', 'text', 'Log4Shell', { category: 'Other' })],
      },
    ],
    Galaxy: [
      { type: 'threat-actor', name: 'Threat Actor', uuid: '698774c7-8022-42c4-917f-8d6e4f06ada3', GalaxyCluster: [{ uuid: '7cdff317-a673-4474-84ec-4f1754947823', value: 'Sofacy', tag_name: 'misp-galaxy:threat-actor="Sofacy"', description: 'APT28' }] },
      { type: 'country', name: 'Country', GalaxyCluster: [{ uuid: '84668357-5a8c-4bdd-9f0f-6b50b2aee4c1', value: 'france', tag_name: 'misp-galaxy:country="france"' }] },
    ],
  })
}


export const attributeKey = (a: MispAttribute, objectUuid = ''): string => `${objectUuid}|${a.uuid}|${a.type}|${a.value}|${a.object_relation ?? ''}`
export const attributesOf = (ev: MispEvent): string[] => [
  ...(ev.Attribute ?? []).map((a) => attributeKey(a)),
  ...(ev.Object ?? []).flatMap((o) => o.Attribute.map((a) => attributeKey(a, `${o.uuid}:${o.name}`))),
]
export const clustersOf = (ev: MispEvent): string[] => (ev.Galaxy ?? []).flatMap((g) => (g.GalaxyCluster ?? []).map((c) => `${g.type}|${c.uuid ?? ''}|${c.value}`))
/** TLP tags aside: the event comes back at its level in the hub (see the TLP test). */
export const tagsOf = (ev: MispEvent): string[] => [
  ...(ev.Tag ?? []).map((t) => t.name).filter((t) => !isTlpTag(t)),
  ...[...(ev.Attribute ?? []), ...(ev.Object ?? []).flatMap((o) => o.Attribute)].flatMap((a) => (a.Tag ?? []).map((t) => `${a.uuid}:${t.name}`)),
]
export const referencesOf = (ev: MispEvent): string[] => (ev.Object ?? []).flatMap((o) => (o.ObjectReference ?? []).map((r) => `${o.uuid}-${r.relationship_type}->${r.referenced_uuid}`))

/** Everything of `before` that `after` lacks, per kind: empty when nothing was lost. */
export function losses(before: MispEvent, after: MispEvent): Record<string, string[]> {
  const missing = (f: (e: MispEvent) => string[]): string[] => {
    const have = new Set(f(after))
    return f(before).filter((x) => !have.has(x))
  }
  return { attributes: missing(attributesOf), clusters: missing(clustersOf), tags: missing(tagsOf), references: missing(referencesOf) }
}
export const NOTHING_LOST = { attributes: [], clusters: [], tags: [], references: [] }
