import { createHash } from 'node:crypto'
import { canonicalJson } from '../../core/canonical-json'
import type { StixLikeObject } from '../observables'

/** UUID v5 (RFC 4122 §4.3): the same name under the same namespace always gives the same id. */
export function uuidV5(namespace: string, name: string): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex')
  const bytes = createHash('sha1').update(ns).update(name, 'utf8').digest().subarray(0, 16)
  bytes[6] = (bytes[6]! & 0x0f) | 0x50
  bytes[8] = (bytes[8]! & 0x3f) | 0x80
  const hex = bytes.toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** Fixed namespace for the SDOs made from MISP data, so that re-importing an event is idempotent. */
export const SHIELDWALL_MISP_NAMESPACE = '6f1d3a52-9c4e-5b7a-8e21-3d0c4b9a7f10'
/** STIX 2.1 §2.9: the namespace of deterministic SCO identifiers. */
export const STIX_SCO_NAMESPACE = '00abedb4-aa42-466c-9c01-fed23315a9b7'

export const sdoId = (type: string, seed: string): string => `${type}--${uuidV5(SHIELDWALL_MISP_NAMESPACE, `${type}:${seed}`)}`

/** STIX 2.1 §2.9 ID-contributing properties of the SCOs this module makes. */
const ID_CONTRIBUTING: Record<string, string[]> = {
  'ipv4-addr': ['value'],
  'ipv6-addr': ['value'],
  'domain-name': ['value'],
  url: ['value'],
  'email-addr': ['value'],
  'mac-addr': ['value'],
  mutex: ['name'],
  'autonomous-system': ['number'],
  file: ['hashes', 'name'],
  'windows-registry-key': ['key', 'values'],
  'x509-certificate': ['hashes', 'serial_number'],
  'network-traffic': ['src_ref', 'dst_ref', 'src_port', 'dst_port', 'protocols'],
  'email-message': ['from_ref', 'subject', 'body'],
  'user-account': ['account_type', 'user_id', 'account_login'],
  process: [],
}

/** An SCO with its deterministic id: the same IP from two events is one object. */
export function sco(type: string, props: Record<string, unknown>, seed: string): StixLikeObject {
  const contributing = ID_CONTRIBUTING[type] ?? []
  const idProps = Object.fromEntries(contributing.filter((k) => props[k] !== undefined).map((k) => [k, props[k]]))
  // Without contributing properties (a process), the id falls back to the MISP source, as §2.9 allows.
  const name = Object.keys(idProps).length > 0 ? canonicalJson(idProps) : `misp:${seed}`
  return { type, spec_version: '2.1', id: `${type}--${uuidV5(STIX_SCO_NAMESPACE, name)}`, ...props }
}

export interface Comparison {
  /** `type:path` as written in a pattern, keys with hyphens already quoted. */
  path: string
  value: string | number
}

const quote = (s: string): string => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`

/** One observation expression ANDing the comparisons: `[a:b = 'x' AND c:d = 1]`. */
export const patternOf = (comparisons: readonly Comparison[]): string =>
  `[${comparisons.map((c) => `${c.path} = ${typeof c.value === 'number' ? c.value : quote(c.value)}`).join(' AND ')}]`

/** STIX timestamps from MISP epoch seconds (strings), falling back to a given instant. */
export function stixTime(epochSeconds: string | number | undefined, fallback: Date): string {
  const n = Number(epochSeconds)
  return (Number.isFinite(n) && n > 0 ? new Date(n * 1000) : fallback).toISOString()
}
