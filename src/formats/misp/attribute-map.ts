import { normalizeObservable, type ObservableKind } from '../observables'
import type { StixLikeObject } from '../observables'
import { fullHive } from './registry-hive'
import { sco, type Comparison } from './stix-build'

/**
 * One MISP attribute value as STIX cyber observables plus the comparisons of the pattern an
 * indicator would assert. Values are normalized first, so the pattern and the SCOs agree with
 * the correlation index.
 */
export interface MappedValue {
  /** The SCOs; the first is the one the attribute stands for (relationships point at it). */
  objects: StixLikeObject[]
  comparisons: Comparison[]
}

export type HashAlgorithm = 'md5' | 'sha1' | 'sha224' | 'sha256' | 'sha384' | 'sha512' | 'ssdeep' | 'tlsh'

export const STIX_HASH_NAME: Record<HashAlgorithm, string> = {
  md5: 'MD5',
  sha1: 'SHA-1',
  sha224: 'SHA-224',
  sha256: 'SHA-256',
  sha384: 'SHA-384',
  sha512: 'SHA-512',
  ssdeep: 'SSDEEP',
  tlsh: 'TLSH',
}

export const isHashAlgorithm = (t: string): t is HashAlgorithm => t in STIX_HASH_NAME

/** `file:hashes.MD5`, `file:hashes.'SHA-256'`: keys with hyphens must be quoted in patterns. */
export const hashPath = (type: string, alg: HashAlgorithm): string => {
  const name = STIX_HASH_NAME[alg]
  return `${type}:hashes.${name.includes('-') ? `'${name}'` : name}`
}

class Unmappable extends Error {}

function norm(kind: ObservableKind, raw: string, what: string): string {
  const n = normalizeObservable(kind, raw)
  if (n === null) throw new Unmappable(`not a valid ${what}: ${JSON.stringify(raw)}`)
  return n
}

function address(raw: string, seed: string): { obj: StixLikeObject; path: string; value: string } {
  const v4 = normalizeObservable('ipv4', raw)
  if (v4 !== null) return { obj: sco('ipv4-addr', { value: v4 }, seed), path: 'ipv4-addr:value', value: v4 }
  const v6 = norm('ipv6', raw, 'IP address')
  return { obj: sco('ipv6-addr', { value: v6 }, seed), path: 'ipv6-addr:value', value: v6 }
}

function single(type: string, prop: string, kind: ObservableKind, what: string, raw: string, seed: string): MappedValue {
  const value = norm(kind, raw, what)
  return { objects: [sco(type, { [prop]: value }, seed)], comparisons: [{ path: `${type}:${prop}`, value }] }
}

function fileWith(name: string | null, alg: HashAlgorithm | null, hash: string | null, seed: string): MappedValue {
  const props: Record<string, unknown> = {}
  const comparisons: Comparison[] = []
  if (name !== null) {
    if (name === '') throw new Unmappable('empty file name')
    props.name = name
    comparisons.push({ path: 'file:name', value: name })
  }
  if (alg !== null && hash !== null) {
    const h = norm(alg, hash, `${alg} hash`)
    props.hashes = { [STIX_HASH_NAME[alg]]: h }
    comparisons.push({ path: hashPath('file', alg), value: h })
  }
  return { objects: [sco('file', props, seed)], comparisons }
}

function port(raw: string): number {
  const n = Number(raw)
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Unmappable(`not a port: ${JSON.stringify(raw)}`)
  return n
}

function endpointWithPort(side: 'src' | 'dst', host: string, rawPort: string, byName: boolean, seed: string): MappedValue {
  const end = byName
    ? (() => {
        const value = norm('domain', host, 'host name')
        return { obj: sco('domain-name', { value }, seed), path: 'domain-name:value', value }
      })()
    : address(host, seed)
  const p = port(rawPort)
  const traffic = sco('network-traffic', { [`${side}_ref`]: end.obj.id, [`${side}_port`]: p, protocols: ['tcp'] }, seed)
  return {
    objects: [traffic, end.obj],
    comparisons: [
      { path: `network-traffic:${side}_ref.value`, value: end.value },
      { path: `network-traffic:${side}_port`, value: p },
    ],
  }
}

function splitPair(value: string): [string, string] {
  const bar = value.indexOf('|')
  if (bar < 0) throw new Unmappable(`composite value without "|": ${JSON.stringify(value)}`)
  return [value.slice(0, bar), value.slice(bar + 1)]
}

type Mapper = (value: string, seed: string) => MappedValue

const ADDRESS: Mapper = (v, seed) => {
  const a = address(v, seed)
  return { objects: [a.obj], comparisons: [{ path: a.path, value: a.value }] }
}
const DOMAIN: Mapper = (v, seed) => single('domain-name', 'value', 'domain', 'domain name', v, seed)
const URL_: Mapper = (v, seed) => single('url', 'value', 'url', 'absolute URL', v, seed)
const EMAIL: Mapper = (v, seed) => single('email-addr', 'value', 'email', 'e-mail address', v, seed)
const EMAIL_FILE: Mapper = (v, seed) => fileWith(v, null, null, seed)

const MAPPERS: Record<string, Mapper> = {
  'ip-src': ADDRESS,
  'ip-dst': ADDRESS,
  domain: DOMAIN,
  hostname: DOMAIN,
  url: URL_,
  uri: URL_,
  link: URL_,
  email: EMAIL,
  'email-src': EMAIL,
  'email-dst': EMAIL,
  'email-reply-to': EMAIL,
  'whois-registrant-email': EMAIL,
  'email-attachment': EMAIL_FILE,
  filename: EMAIL_FILE,
  'email-subject': (v, seed) => {
    if (v === '') throw new Unmappable('empty subject')
    return { objects: [sco('email-message', { is_multipart: false, subject: v }, seed)], comparisons: [{ path: 'email-message:subject', value: v }] }
  },
  mutex: (v, seed) => single('mutex', 'name', 'mutex', 'mutex name', v, seed),
  regkey: (v, seed) => single('windows-registry-key', 'key', 'regkey', 'registry key', fullHive(v), seed),
  'regkey|value': (v, seed) => {
    const [rawKey, data] = splitPair(v)
    const key = fullHive(rawKey)
    if (key === '') throw new Unmappable('empty registry key')
    return {
      objects: [sco('windows-registry-key', { key, values: [{ data }] }, seed)],
      comparisons: [
        { path: 'windows-registry-key:key', value: key },
        { path: 'windows-registry-key:values[*].data', value: data },
      ],
    }
  },
  AS: (v, seed) => {
    const number = Number(norm('asn', v, 'AS number'))
    return { objects: [sco('autonomous-system', { number }, seed)], comparisons: [{ path: 'autonomous-system:number', value: number }] }
  },
  'mac-address': (v, seed) => single('mac-addr', 'value', 'mac', 'MAC address', v, seed),
  'ip-dst|port': (v, seed) => endpointWithPort('dst', ...splitPair(v), false, seed),
  'ip-src|port': (v, seed) => endpointWithPort('src', ...splitPair(v), false, seed),
  'hostname|port': (v, seed) => endpointWithPort('dst', ...splitPair(v), true, seed),
  'domain|ip': (v, seed) => {
    const [name, ip] = splitPair(v)
    const domain = norm('domain', name, 'domain name')
    const a = address(ip, seed)
    return {
      objects: [sco('domain-name', { value: domain, resolves_to_refs: [a.obj.id] }, seed), a.obj],
      comparisons: [
        { path: 'domain-name:value', value: domain },
        { path: `domain-name:resolves_to_refs[*].value`, value: a.value },
      ],
    }
  },
}

for (const alg of Object.keys(STIX_HASH_NAME) as HashAlgorithm[]) {
  MAPPERS[alg] = (v, seed) => fileWith(null, alg, v, seed)
  MAPPERS[`filename|${alg}`] = (v, seed) => {
    const [name, hash] = splitPair(v)
    return fileWith(name, alg, hash, seed)
  }
  MAPPERS[`x509-fingerprint-${alg}`] = (v, seed) => {
    const h = norm(alg, v, `${alg} fingerprint`)
    return {
      objects: [sco('x509-certificate', { hashes: { [STIX_HASH_NAME[alg]]: h } }, seed)],
      comparisons: [{ path: hashPath('x509-certificate', alg), value: h }],
    }
  }
}

/** Indicator-only: STIX has no observable for a bare user agent, only a pattern on traffic. */
export const PATTERN_ONLY: Record<string, (v: string) => Comparison> = {
  'user-agent': (v) => ({ path: "network-traffic:extensions.'http-request-ext'.request_header.'User-Agent'", value: v }),
}

export const MAPPED_ATTRIBUTE_TYPES: readonly string[] = Object.keys(MAPPERS)

/** The STIX form of a MISP attribute value, or the reason it has none. */
export function mapAttributeValue(type: string, value: string, seed: string): MappedValue | { unmappable: string } {
  const mapper = MAPPERS[type]
  if (mapper === undefined) return { unmappable: `MISP attribute type "${type}" has no STIX observable` }
  try {
    return mapper(value, seed)
  } catch (e) {
    if (e instanceof Unmappable) return { unmappable: e.message }
    throw e
  }
}
