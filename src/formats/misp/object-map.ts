import { normalizeObservable } from '../observables'
import { isHashAlgorithm, hashPath, STIX_HASH_NAME, type MappedValue } from './attribute-map'
import type { MispAttribute, MispObject } from './misp-types'
import { fullHive } from './registry-hive'
import { sco, type Comparison } from './stix-build'

/**
 * MISP objects that STIX has as one observable (a file with its hashes, a connection with its
 * ends): built whole, so that the hashes of one file stay one file. Attributes a builder does not
 * use are left to the per-attribute mapping by the caller.
 */
export interface MappedObject extends MappedValue {
  used: Set<string>
}

const byRelation = (o: MispObject, relation: string): MispAttribute[] => o.Attribute.filter((a) => a.object_relation === relation)

function fileObject(o: MispObject): MappedObject | null {
  const used = new Set<string>()
  const props: Record<string, unknown> = {}
  const comparisons: Comparison[] = []
  const hashes: Record<string, string> = {}
  for (const a of o.Attribute) {
    const rel = a.object_relation ?? ''
    if (isHashAlgorithm(rel)) {
      const h = normalizeObservable(rel, a.value)
      if (h === null || hashes[STIX_HASH_NAME[rel]] !== undefined) continue
      hashes[STIX_HASH_NAME[rel]] = h
      comparisons.push({ path: hashPath('file', rel), value: h })
      used.add(a.uuid)
    } else if (rel === 'filename' && props.name === undefined && a.value !== '') {
      props.name = a.value
      comparisons.unshift({ path: 'file:name', value: a.value })
      used.add(a.uuid)
    } else if (rel === 'size-in-bytes' && /^\d+$/.test(a.value)) {
      props.size = Number(a.value)
      used.add(a.uuid)
    }
  }
  if (Object.keys(hashes).length > 0) props.hashes = hashes
  if (props.name === undefined && props.hashes === undefined) return null
  return { objects: [sco('file', props, o.uuid)], comparisons, used }
}

function registryKeyObject(o: MispObject): MappedObject | null {
  const key = byRelation(o, 'key')[0]
  if (key === undefined || key.value === '') return null
  const used = new Set([key.uuid])
  const value: Record<string, string> = {}
  for (const [rel, prop] of [['name', 'name'], ['data', 'data'], ['data-type', 'data_type']] as const) {
    const a = byRelation(o, rel)[0]
    if (a !== undefined) {
      value[prop] = a.value
      used.add(a.uuid)
    }
  }
  const props: Record<string, unknown> = { key: fullHive(key.value) }
  if (Object.keys(value).length > 0) props.values = [value]
  return { objects: [sco('windows-registry-key', props, o.uuid)], comparisons: [{ path: 'windows-registry-key:key', value: fullHive(key.value) }], used }
}

function x509Object(o: MispObject): MappedObject | null {
  const used = new Set<string>()
  const hashes: Record<string, string> = {}
  const comparisons: Comparison[] = []
  const props: Record<string, unknown> = {}
  for (const a of o.Attribute) {
    const alg = /^x509-fingerprint-(.+)$/.exec(a.object_relation ?? '')?.[1]
    if (alg !== undefined && isHashAlgorithm(alg)) {
      const h = normalizeObservable(alg, a.value)
      if (h === null) continue
      hashes[STIX_HASH_NAME[alg]] = h
      comparisons.push({ path: hashPath('x509-certificate', alg), value: h })
      used.add(a.uuid)
    } else if (a.object_relation === 'issuer' || a.object_relation === 'subject' || a.object_relation === 'version') {
      props[a.object_relation] = a.value
      used.add(a.uuid)
    } else if (a.object_relation === 'serial-number') {
      props.serial_number = a.value
      used.add(a.uuid)
    }
  }
  if (used.size === 0) return null
  if (Object.keys(hashes).length > 0) props.hashes = hashes
  return { objects: [sco('x509-certificate', props, o.uuid)], comparisons, used }
}

function endpoint(o: MispObject, rels: string[], used: Set<string>) {
  for (const rel of rels) {
    for (const a of byRelation(o, rel)) {
      const v4 = normalizeObservable('ipv4', a.value)
      const v6 = v4 === null ? normalizeObservable('ipv6', a.value) : null
      const name = v4 === null && v6 === null ? normalizeObservable('domain', a.value) : null
      const [type, value] = v4 !== null ? ['ipv4-addr', v4] : v6 !== null ? ['ipv6-addr', v6] : ['domain-name', name]
      if (value === null) continue
      used.add(a.uuid)
      return { obj: sco(type, { value }, o.uuid), value }
    }
  }
  return null
}

function networkObject(o: MispObject): MappedObject | null {
  const used = new Set<string>()
  const src = endpoint(o, ['ip-src', 'src-ip'], used)
  const dst = endpoint(o, ['ip-dst', 'ip', 'dst-ip', 'hostname-dst', 'domain'], used)
  if (src === null && dst === null) return null
  const props: Record<string, unknown> = {}
  const comparisons: Comparison[] = []
  const objects = []
  for (const [side, end] of [['src', src], ['dst', dst]] as const) {
    if (end === null) continue
    props[`${side}_ref`] = end.obj.id
    comparisons.push({ path: `network-traffic:${side}_ref.value`, value: end.value })
    objects.push(end.obj)
    const p = byRelation(o, `${side}-port`)[0]
    if (p !== undefined && /^\d{1,5}$/.test(p.value) && Number(p.value) <= 65535) {
      props[`${side}_port`] = Number(p.value)
      comparisons.push({ path: `network-traffic:${side}_port`, value: Number(p.value) })
      used.add(p.uuid)
    }
  }
  const protocols: string[] = []
  for (const rel of ['layer3-protocol', 'layer4-protocol', 'layer7-protocol', 'protocol']) {
    for (const a of byRelation(o, rel)) {
      protocols.push(a.value.toLowerCase())
      used.add(a.uuid)
    }
  }
  props.protocols = protocols.length > 0 ? [...new Set(protocols)] : ['tcp']
  return { objects: [sco('network-traffic', props, o.uuid), ...objects], comparisons, used }
}

function domainIpObject(o: MispObject): MappedObject | null {
  const d = byRelation(o, 'domain')[0]
  const domain = d === undefined ? null : normalizeObservable('domain', d.value)
  if (d === undefined || domain === null) return null
  const used = new Set([d.uuid])
  const ips = []
  const comparisons: Comparison[] = [{ path: 'domain-name:value', value: domain }]
  for (const a of byRelation(o, 'ip')) {
    const v4 = normalizeObservable('ipv4', a.value)
    const v6 = v4 === null ? normalizeObservable('ipv6', a.value) : null
    if (v4 === null && v6 === null) continue
    const value = (v4 ?? v6)!
    ips.push(sco(v4 !== null ? 'ipv4-addr' : 'ipv6-addr', { value }, o.uuid))
    comparisons.push({ path: 'domain-name:resolves_to_refs[*].value', value })
    used.add(a.uuid)
  }
  const props: Record<string, unknown> = { value: domain }
  if (ips.length > 0) props.resolves_to_refs = ips.map((i) => i.id)
  return { objects: [sco('domain-name', props, o.uuid), ...ips], comparisons, used }
}

const BUILDERS: Record<string, (o: MispObject) => MappedObject | null> = {
  file: fileObject,
  'registry-key': registryKeyObject,
  x509: x509Object,
  'network-connection': networkObject,
  'network-socket': networkObject,
  'ip-port': networkObject,
  'domain-ip': domainIpObject,
}

/** The whole-object STIX form of a MISP object, or null when STIX has none for it. */
export const mapMispObject = (o: MispObject): MappedObject | null => BUILDERS[o.name]?.(o) ?? null
