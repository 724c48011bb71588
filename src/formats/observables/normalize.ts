import { domainToASCII } from 'node:url'
import ipaddr from 'ipaddr.js'

/**
 * One canonical spelling per observable value, so that the same IP, domain, URL or hash typed
 * two ways by two members lands on the same index key and raises a correlation.
 */

export const HASH_HEX_LENGTHS = { md5: 32, sha1: 40, sha224: 56, sha256: 64, sha384: 96, sha512: 128 } as const
export type HexHashKind = keyof typeof HASH_HEX_LENGTHS

/** Free-form values compared as they are: their case and spelling can matter. */
export const PLAIN_KINDS = [
  'mutex',
  'filename',
  'regkey',
  'user-agent',
  'email-subject',
  'asn',
  'x509-serial',
  'vulnerability',
  'named-pipe',
] as const
export type PlainKind = (typeof PLAIN_KINDS)[number]

export type ObservableKind = 'ipv4' | 'ipv6' | 'domain' | 'url' | 'email' | 'mac' | 'ssdeep' | 'tlsh' | HexHashKind | PlainKind

export const indexKey = (kind: ObservableKind, normalized: string): string => `${kind}:${normalized}`

const DOTTED_QUAD = /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(\/\d{1,2})?$/

function normalizeIp(raw: string, family: 'ipv4' | 'ipv6'): string | null {
  const value = raw.trim()
  // Cheap shape tests first: ipaddr.js reports a non-address by throwing, which costs microseconds.
  if (family === 'ipv4' ? !DOTTED_QUAD.test(value) : !value.includes(':')) return null
  try {
    if (value.includes('/')) {
      if (family === 'ipv4' && !ipaddr.IPv4.isValidCIDRFourPartDecimal(value)) return null
      const [addr, prefix] = ipaddr.parseCIDR(value)
      if (addr.kind() !== family) return null
      const full = family === 'ipv4' ? 32 : 128
      if (prefix === full) return addr.toString()
      // The network address, not whatever host address the writer used inside it.
      const network = family === 'ipv4' ? ipaddr.IPv4.networkAddressFromCIDR(value) : ipaddr.IPv6.networkAddressFromCIDR(value)
      return `${network.toString()}/${prefix}`
    }
    if (family === 'ipv4') return ipaddr.IPv4.isValidFourPartDecimal(value) ? ipaddr.IPv4.parse(value).toString() : null
    if (!ipaddr.IPv6.isValid(value)) return null
    return ipaddr.IPv6.parse(value).toString()
  } catch {
    return null
  }
}

const DOMAIN_LABEL = /^(?!-)[a-z0-9_-]{1,63}(?<!-)$/

function normalizeDomain(raw: string): string | null {
  const value = raw.trim().replace(/\.$/, '')
  if (value === '' || value.length > 253) return null
  const ascii = domainToASCII(value.toLowerCase())
  if (ascii === '') return null
  const labels = ascii.split('.')
  if (labels.length < 2 || !labels.every((l) => DOMAIN_LABEL.test(l))) return null
  // A dotted quad is an address, not a name.
  if (DOTTED_QUAD.test(ascii)) return null
  return ascii
}

function normalizeUrl(raw: string): string | null {
  const value = raw.trim()
  // Only absolute URLs with an authority: "foo" or "mailto:x" are not network indicators.
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return null
  try {
    const url = new URL(value)
    if (url.hostname === '') return null
    // WHATWG URL already lowercases scheme and host, drops default ports and punycodes IDNs.
    return url.href
  } catch {
    return null
  }
}

function normalizeEmail(raw: string): string | null {
  const value = raw.trim()
  const at = value.lastIndexOf('@')
  if (at <= 0 || at === value.length - 1) return null
  const local = value.slice(0, at)
  if (/\s/.test(local)) return null
  const domain = normalizeDomain(value.slice(at + 1))
  return domain === null ? null : `${local}@${domain}`
}

function normalizeMac(raw: string): string | null {
  const hex = raw.trim().toLowerCase().replace(/[:\-.]/g, '')
  if (!/^[0-9a-f]{12}$/.test(hex)) return null
  return hex.match(/../g)!.join(':')
}

function normalizeHexHash(raw: string, kind: HexHashKind): string | null {
  const value = raw.trim().toLowerCase()
  return value.length === HASH_HEX_LENGTHS[kind] && /^[0-9a-f]+$/.test(value) ? value : null
}

// ssdeep: blocksize:hash:hash, base64 alphabet; case is significant so it is kept.
const SSDEEP = /^\d+:[A-Za-z0-9/+]+:[A-Za-z0-9/+]+(,"[^"]*")?$/
const TLSH = /^(t1)?[0-9a-f]{70}$/

function normalizeAsn(raw: string): string | null {
  const m = /^(?:AS)?\s*(\d{1,10})$/i.exec(raw.trim())
  if (!m) return null
  const n = Number(m[1])
  return n <= 4_294_967_295 ? String(n) : null
}

/** The canonical form of `raw` as an observable of `kind`, or null if it is not one. */
export function normalizeObservable(kind: ObservableKind, raw: string): string | null {
  switch (kind) {
    case 'ipv4':
    case 'ipv6':
      return normalizeIp(raw, kind)
    case 'domain':
      return normalizeDomain(raw)
    case 'url':
      return normalizeUrl(raw)
    case 'email':
      return normalizeEmail(raw)
    case 'mac':
      return normalizeMac(raw)
    case 'md5':
    case 'sha1':
    case 'sha224':
    case 'sha256':
    case 'sha384':
    case 'sha512':
      return normalizeHexHash(raw, kind)
    case 'ssdeep':
      return SSDEEP.test(raw.trim()) ? raw.trim() : null
    case 'tlsh':
      return TLSH.test(raw.trim().toLowerCase()) ? raw.trim().toLowerCase() : null
    case 'asn':
      return normalizeAsn(raw)
    case 'vulnerability':
      return raw.trim() === '' ? null : raw.trim().toUpperCase()
    case 'mutex':
    case 'filename':
    case 'regkey':
    case 'user-agent':
    case 'email-subject':
    case 'x509-serial':
    case 'named-pipe':
      return raw === '' ? null : raw
  }
}

/** `kind:normalized`, or null when the value is not a valid `kind`. */
export function observableKey(kind: ObservableKind, raw: string): string | null {
  const n = normalizeObservable(kind, raw)
  return n === null ? null : indexKey(kind, n)
}

const HASH_BY_LENGTH = new Map<number, HexHashKind>(
  Object.entries(HASH_HEX_LENGTHS).map(([k, len]) => [len, k as HexHashKind]),
)

/**
 * The index keys a bare value typed by a user may stand for (bulk lookup): an address or CIDR,
 * a URL, an e-mail address, a hash by its length, a MAC, an ssdeep, or else a domain name.
 */
export function normalizeLookupValue(raw: string): string[] {
  const value = raw.trim()
  if (value === '') return []
  const keys: string[] = []
  const add = (kind: ObservableKind): void => {
    const key = observableKey(kind, value)
    if (key !== null && !keys.includes(key)) keys.push(key)
  }
  add('ipv4')
  add('ipv6')
  if (keys.length > 0) return keys
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    add('url')
    return keys
  }
  if (value.includes('@')) {
    add('email')
    return keys
  }
  if (/^[0-9a-f]+$/i.test(value)) {
    const hash = HASH_BY_LENGTH.get(value.length)
    if (hash !== undefined) add(hash)
    if (keys.length > 0) return keys
  }
  add('mac')
  add('ssdeep')
  if (/^AS\d+$/i.test(value)) add('asn')
  if (/^CVE-\d{4}-\d+$/i.test(value)) add('vulnerability')
  if (keys.length > 0) return keys
  add('domain')
  return keys
}
