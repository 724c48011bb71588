import { hashKindOf, type StixLikeObject } from '../observables'
import { isHashAlgorithm } from './attribute-map'
import type { CarriedAttribute, CarriedObject } from './carried'
import { uuidV5, SHIELDWALL_MISP_NAMESPACE } from './stix-build'

/**
 * STIX observables that MISP holds as one object (its templates in misp-objects: file, domain-ip,
 * ip-port, registry-key, x509), for STIX that did not come from MISP: a file with its hashes and
 * size stays one file instead of loose attributes that no longer say they belong together.
 */
interface Field {
  relation: string
  type: string
  category: string
  value: string
}

const uuidOf = (id: string): string => id.slice(id.indexOf('--') + 2)

function fileFields(o: StixLikeObject): Field[] {
  const out: Field[] = []
  if (typeof o.name === 'string' && o.name !== '') out.push({ relation: 'filename', type: 'filename', category: 'Payload delivery', value: o.name })
  for (const [name, v] of Object.entries((o.hashes ?? {}) as Record<string, unknown>)) {
    const alg = hashKindOf(name)
    if (alg !== undefined && isHashAlgorithm(alg) && typeof v === 'string') out.push({ relation: alg, type: alg, category: 'Payload delivery', value: v })
  }
  if (typeof o.size === 'number') out.push({ relation: 'size-in-bytes', type: 'size-in-bytes', category: 'Other', value: String(o.size) })
  // One name or one hash alone is an attribute, not an object.
  return out.length >= 2 ? out : []
}

const addressOf = (ref: unknown, byId: ReadonlyMap<string, StixLikeObject>): StixLikeObject | undefined => (typeof ref === 'string' ? byId.get(ref) : undefined)

function domainIpFields(o: StixLikeObject, byId: ReadonlyMap<string, StixLikeObject>): Field[] {
  const ips = ((o.resolves_to_refs ?? []) as unknown[])
    .map((r) => addressOf(r, byId))
    .filter((a): a is StixLikeObject => (a?.type === 'ipv4-addr' || a?.type === 'ipv6-addr') && typeof a.value === 'string')
  if (ips.length === 0 || typeof o.value !== 'string') return []
  return [
    { relation: 'domain', type: 'domain', category: 'Network activity', value: o.value },
    ...ips.map((a) => ({ relation: 'ip', type: 'ip-dst', category: 'Network activity', value: String(a.value) })),
  ]
}

function ipPortFields(o: StixLikeObject, byId: ReadonlyMap<string, StixLikeObject>): Field[] {
  const out: Field[] = []
  for (const side of ['src', 'dst'] as const) {
    const end = addressOf(o[`${side}_ref`], byId)
    if (end !== undefined && typeof end.value === 'string') {
      const byName = end.type === 'domain-name'
      out.push({ relation: byName ? 'hostname' : `ip-${side}`, type: byName ? 'hostname' : `ip-${side}`, category: 'Network activity', value: end.value })
    }
    const port = o[`${side}_port`]
    if (typeof port === 'number') out.push({ relation: `${side}-port`, type: 'port', category: 'Network activity', value: String(port) })
  }
  return out.length >= 2 ? out : []
}

function registryFields(o: StixLikeObject): Field[] {
  const value = ((o.values ?? []) as Record<string, unknown>[])[0]
  if (typeof o.key !== 'string' || value === undefined) return []
  const out: Field[] = [{ relation: 'key', type: 'regkey', category: 'Persistence mechanism', value: o.key }]
  for (const [prop, relation] of [['name', 'name'], ['data', 'data'], ['data_type', 'data-type']] as const) {
    if (typeof value[prop] === 'string' && value[prop] !== '') out.push({ relation, type: 'text', category: 'Persistence mechanism', value: value[prop] })
  }
  return out
}

function x509Fields(o: StixLikeObject): Field[] {
  const out: Field[] = []
  for (const [name, v] of Object.entries((o.hashes ?? {}) as Record<string, unknown>)) {
    const alg = hashKindOf(name)
    if (alg !== undefined && ['md5', 'sha1', 'sha256'].includes(alg) && typeof v === 'string') out.push({ relation: `x509-fingerprint-${alg}`, type: `x509-fingerprint-${alg}`, category: 'Network activity', value: v })
  }
  for (const [prop, relation] of [['issuer', 'issuer'], ['subject', 'subject'], ['serial_number', 'serial-number'], ['version', 'version']] as const) {
    if (typeof o[prop] === 'string' && o[prop] !== '') out.push({ relation, type: 'text', category: 'Network activity', value: o[prop] })
  }
  return out.length >= 2 ? out : []
}

const TEMPLATES: Record<string, { name: string; meta: string; fields: (o: StixLikeObject, byId: ReadonlyMap<string, StixLikeObject>) => Field[] }> = {
  file: { name: 'file', meta: 'file', fields: fileFields },
  'domain-name': { name: 'domain-ip', meta: 'network', fields: domainIpFields },
  'network-traffic': { name: 'ip-port', meta: 'network', fields: ipPortFields },
  'windows-registry-key': { name: 'registry-key', meta: 'file', fields: registryFields },
  'x509-certificate': { name: 'x509', meta: 'network', fields: x509Fields },
}

/** The MISP object an observable is, as attribute records, or null when it is one attribute or none. */
export function mispObjectOfSco(o: StixLikeObject, byId: ReadonlyMap<string, StixLikeObject>, toIds: boolean): CarriedAttribute[] | null {
  const template = TEMPLATES[o.type]
  const fields = template?.fields(o, byId) ?? []
  if (template === undefined || fields.length === 0) return null
  const object: CarriedObject = { uuid: uuidOf(o.id), name: template.name, meta_category: template.meta }
  return fields.map((f) => ({
    uuid: uuidV5(SHIELDWALL_MISP_NAMESPACE, `attribute:${o.id}:${f.relation}:${f.value}`),
    type: f.type,
    category: f.category,
    value: f.value,
    to_ids: toIds,
    object_relation: f.relation,
    object,
  }))
}
