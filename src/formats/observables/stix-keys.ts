import { observableKey, type HexHashKind, type ObservableKind } from './normalize'
import { simpleEquality } from './simple-pattern'
import { equalityObservables, parsePattern, type EqualityObservable } from './stix-pattern'

/**
 * The index keys a STIX object carries: what the correlation index files it under. Reads the
 * few properties it needs from any object shaped like STIX; full validation is done elsewhere.
 */
export interface StixLikeObject {
  type: string
  id: string
  [property: string]: unknown
}

const HASH_KINDS: Record<string, HexHashKind | 'ssdeep' | 'tlsh'> = {
  MD5: 'md5',
  SHA1: 'sha1',
  SHA224: 'sha224',
  SHA256: 'sha256',
  SHA384: 'sha384',
  SHA512: 'sha512',
  SSDEEP: 'ssdeep',
  TLSH: 'tlsh',
}

/** `SHA-256`, `sha256` and `'SHA256'` all name one algorithm. */
export const hashKindOf = (algorithm: string): HexHashKind | 'ssdeep' | 'tlsh' | undefined =>
  HASH_KINDS[algorithm.toUpperCase().replace(/[-_]/g, '')]

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null)

function push(keys: string[], kind: ObservableKind, raw: unknown): void {
  const value = typeof raw === 'number' ? String(raw) : str(raw)
  if (value === null) return
  const key = observableKey(kind, value)
  if (key !== null && !keys.includes(key)) keys.push(key)
}

function pushHashes(keys: string[], hashes: unknown): void {
  if (hashes === null || typeof hashes !== 'object') return
  for (const [algorithm, value] of Object.entries(hashes as Record<string, unknown>)) {
    const kind = hashKindOf(algorithm)
    if (kind !== undefined) push(keys, kind, value)
  }
}

function pushUserAgent(keys: string[], extensions: unknown): void {
  const http = (extensions as Record<string, { request_header?: Record<string, unknown> }> | undefined)?.['http-request-ext']
  const headers = http?.request_header
  if (headers === undefined) return
  for (const [name, value] of Object.entries(headers)) if (name.toLowerCase() === 'user-agent') push(keys, 'user-agent', value)
}

const CVE = /^CVE-\d{4}-\d{4,}$/i

function keysOfObservable(obj: StixLikeObject, keys: string[]): void {
  switch (obj.type) {
    case 'ipv4-addr':
      return push(keys, 'ipv4', obj.value)
    case 'ipv6-addr':
      return push(keys, 'ipv6', obj.value)
    case 'domain-name':
      return push(keys, 'domain', obj.value)
    case 'url':
      return push(keys, 'url', obj.value)
    case 'email-addr':
      return push(keys, 'email', obj.value)
    case 'mac-addr':
      return push(keys, 'mac', obj.value)
    case 'mutex':
      return push(keys, 'mutex', obj.name)
    case 'windows-registry-key':
      return push(keys, 'regkey', obj.key)
    case 'autonomous-system':
      return push(keys, 'asn', obj.number)
    case 'file':
      pushHashes(keys, obj.hashes)
      return push(keys, 'filename', obj.name)
    case 'artifact':
      return pushHashes(keys, obj.hashes)
    case 'x509-certificate':
      pushHashes(keys, obj.hashes)
      return push(keys, 'x509-serial', obj.serial_number)
    case 'email-message':
      return push(keys, 'email-subject', obj.subject)
    case 'network-traffic':
      return pushUserAgent(keys, obj.extensions)
    case 'vulnerability':
      if (typeof obj.name === 'string' && CVE.test(obj.name)) push(keys, 'vulnerability', obj.name)
      return
  }
}

/** Pattern object type + path (as `pathToString` spells it) to the kind of value compared. */
const PATTERN_PATH_KINDS: Record<string, ObservableKind | 'address'> = {
  'ipv4-addr:value': 'ipv4',
  'ipv6-addr:value': 'ipv6',
  'domain-name:value': 'domain',
  'url:value': 'url',
  'email-addr:value': 'email',
  'mac-addr:value': 'mac',
  'mutex:name': 'mutex',
  'windows-registry-key:key': 'regkey',
  'autonomous-system:number': 'asn',
  'file:name': 'filename',
  'x509-certificate:serial_number': 'x509-serial',
  'email-message:subject': 'email-subject',
  'email-message:from_ref.value': 'email',
  'email-message:sender_ref.value': 'email',
  'email-message:to_refs[*].value': 'email',
  'email-message:cc_refs[*].value': 'email',
  'network-traffic:dst_ref.value': 'address',
  'network-traffic:src_ref.value': 'address',
  'network-traffic:extensions.http-request-ext.request_header.User-Agent': 'user-agent',
  'vulnerability:name': 'vulnerability',
}

const HASHED_TYPES = new Set(['file', 'artifact', 'x509-certificate'])

/** The observable kinds a pattern comparison may denote; `address` refs may hold any of three. */
export function kindsOfPatternPath(type: string, path: string): ObservableKind[] {
  const direct = PATTERN_PATH_KINDS[`${type}:${path}`]
  if (direct === 'address') return ['ipv4', 'ipv6', 'domain']
  if (direct !== undefined) return [direct]
  const hash = /^hashes\.(.+)$/.exec(path)
  if (hash && HASHED_TYPES.has(type)) {
    const kind = hashKindOf(hash[1]!)
    return kind === undefined ? [] : [kind]
  }
  return []
}

/** Index keys of one equality comparison: the first kind the value is valid as. */
export function keysOfEquality(eq: EqualityObservable): string[] {
  for (const kind of kindsOfPatternPath(eq.type, eq.path)) {
    const key = observableKey(kind, eq.value)
    if (key !== null) return [key]
  }
  return []
}

function keysOfIndicator(obj: StixLikeObject, keys: string[]): void {
  if (obj.pattern_type !== 'stix' || typeof obj.pattern !== 'string') return
  const simple = simpleEquality(obj.pattern)
  let equalities: EqualityObservable[]
  try {
    equalities = simple !== null ? [simple] : equalityObservables(parsePattern(obj.pattern))
  } catch {
    // A pattern that does not parse asserts nothing we can index; validation reports it.
    return
  }
  for (const eq of equalities) for (const key of keysOfEquality(eq)) if (!keys.includes(key)) keys.push(key)
}

/** The index keys (`kind:normalized`) that a STIX object carries; never throws. */
export function observableKeysOfStix(obj: StixLikeObject): string[] {
  const keys: string[] = []
  if (obj.type === 'indicator') keysOfIndicator(obj, keys)
  else keysOfObservable(obj, keys)
  return keys
}
