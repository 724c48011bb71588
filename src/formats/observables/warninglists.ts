import ipaddr from 'ipaddr.js'
import { observableKey } from './normalize'

/**
 * Warning lists: values that are known to be benign or shared by everybody (private ranges,
 * public resolvers, the biggest domains, the hash of the empty file). A correlation on one of
 * them means nothing, so the index flags it instead of alerting two members about 8.8.8.8.
 *
 * The shipped lists are small subsets of the MISP warninglists project
 * (github.com/MISP/misp-warninglists, lists/<name>/list.json), under the same names.
 */
export interface WarningList {
  name: string
  /** Bare values (an IP, a CIDR, a domain, a hash) or index keys (`kind:value`). */
  entries: string[]
}

export const SHIPPED_WARNING_LISTS: readonly WarningList[] = [
  {
    // MISP warninglists: lists/rfc1918, lists/rfc5735 (special-use IPv4), lists/rfc6598 (CGNAT),
    // plus RFC 5737 documentation ranges and RFC 3927 link-local.
    name: 'List of RFC 1918, RFC 5735, RFC 6598 and RFC 5737 special-use IPv4 ranges',
    entries: [
      '0.0.0.0/8',
      '10.0.0.0/8',
      '100.64.0.0/10',
      '127.0.0.0/8',
      '169.254.0.0/16',
      '172.16.0.0/12',
      '192.0.0.0/24',
      '192.0.2.0/24',
      '192.168.0.0/16',
      '198.18.0.0/15',
      '198.51.100.0/24',
      '203.0.113.0/24',
      '224.0.0.0/4',
      '240.0.0.0/4',
      '255.255.255.255/32',
    ],
  },
  {
    // MISP warninglists: lists/rfc3849 (IPv6 documentation 2001:db8::/32), lists/ipv6-linklocal,
    // plus RFC 4193 unique-local, RFC 4291 loopback/unspecified/multicast, RFC 6052 NAT64.
    name: 'List of special-use IPv6 ranges (RFC 4291, RFC 4193, RFC 3849)',
    entries: ['::1/128', '::/128', 'fc00::/7', 'fe80::/10', 'ff00::/8', '2001:db8::/32', '64:ff9b::/96'],
  },
  {
    // MISP warninglists: lists/public-dns-v4 and lists/public-dns-v6.
    name: 'List of known public DNS resolvers',
    entries: [
      '8.8.8.8',
      '8.8.4.4',
      '1.1.1.1',
      '1.0.0.1',
      '9.9.9.9',
      '149.112.112.112',
      '208.67.222.222',
      '208.67.220.220',
      '4.2.2.1',
      '4.2.2.2',
      '2001:4860:4860::8888',
      '2001:4860:4860::8844',
      '2606:4700:4700::1111',
      '2606:4700:4700::1001',
      '2620:fe::fe',
    ],
  },
  {
    // MISP warninglists: lists/cisco_top1000 and lists/cloudflare-top200 -- the head of them,
    // registrable domains only (subdomains are covered by the match).
    name: 'Top domains (head of the Cisco Umbrella and Cloudflare top lists)',
    entries: [
      'google.com',
      'microsoft.com',
      'apple.com',
      'amazon.com',
      'amazonaws.com',
      'cloudflare.com',
      'github.com',
      'facebook.com',
      'youtube.com',
      'windowsupdate.com',
      'office.com',
      'live.com',
      'akamai.net',
      'akamaiedge.net',
      'googleapis.com',
      'gstatic.com',
      'icloud.com',
      'linkedin.com',
      'twitter.com',
      'wikipedia.org',
    ],
  },
  {
    // MISP warninglists: lists/empty-hashes.
    name: 'List of known hashes for empty files',
    entries: [
      'md5:d41d8cd98f00b204e9800998ecf8427e',
      'sha1:da39a3ee5e6b4b0d3255bfef95601890afd80709',
      'sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      'sha512:cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e',
    ],
  },
]

type Cidr = [ipaddr.IPv4 | ipaddr.IPv6, number]

interface CompiledList {
  name: string
  keys: Set<string>
  /** IPv4 ranges as [first, last] 32-bit numbers: the common case, tested without parsing. */
  v4: [number, number][]
  cidrs: Cidr[]
  domains: Set<string>
}

/** [first, last] of an IPv4 network, as unsigned 32-bit numbers. */
function v4Range(addr: ipaddr.IPv4, prefix: number): [number, number] {
  const o = addr.octets
  const base = ((o[0]! << 24) | (o[1]! << 16) | (o[2]! << 8) | o[3]!) >>> 0
  const size = 2 ** (32 - prefix)
  const first = base - (base % size)
  return [first, first + size - 1]
}

/** `ipv4:a.b.c.d` or `ipv4:a.b.c.d/n` (already canonical) as a range, without ipaddr.js. */
function v4RangeOfKey(key: string): [number, number] | null {
  if (!key.startsWith('ipv4:')) return null
  const slash = key.indexOf('/')
  const parts = key.slice(5, slash < 0 ? undefined : slash).split('.')
  if (parts.length !== 4) return null
  let n = 0
  for (const p of parts) {
    const octet = Number(p)
    if (!Number.isInteger(octet) || octet < 0 || octet > 255) return null
    n = n * 256 + octet
  }
  const prefix = slash < 0 ? 32 : Number(key.slice(slash + 1))
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > 32) return null
  const size = 2 ** (32 - prefix)
  const first = n - (n % size)
  return [first, first + size - 1]
}

const KIND_OF_BARE: readonly ('ipv4' | 'ipv6' | 'domain')[] = ['ipv4', 'ipv6', 'domain']

function compile(list: WarningList): CompiledList {
  const compiled: CompiledList = { name: list.name, keys: new Set(), v4: [], cidrs: [], domains: new Set() }
  for (const entry of list.entries) {
    if (/^[a-z0-9-]+:/.test(entry) && !ipaddr.isValid(entry) && !entry.includes('/')) {
      compiled.keys.add(entry)
      continue
    }
    if (ipaddr.isValidCIDR(entry)) {
      addRange(compiled, ipaddr.parseCIDR(entry))
      continue
    }
    for (const kind of KIND_OF_BARE) {
      const key = observableKey(kind, entry)
      if (key === null) continue
      if (kind === 'domain') compiled.domains.add(key.slice('domain:'.length))
      else addRange(compiled, [ipaddr.parse(entry), kind === 'ipv4' ? 32 : 128])
      break
    }
  }
  return compiled
}

function addRange(list: CompiledList, cidr: Cidr): void {
  const [addr, prefix] = cidr
  if (addr.kind() === 'ipv4') list.v4.push(v4Range(addr as ipaddr.IPv4, prefix))
  list.cidrs.push(cidr)
}

function addressOfKey(key: string): Cidr | null {
  const m = /^(ipv4|ipv6):(.+)$/.exec(key)
  if (!m) return null
  try {
    return m[2]!.includes('/') ? ipaddr.parseCIDR(m[2]!) : [ipaddr.parse(m[2]!), m[1] === 'ipv4' ? 32 : 128]
  } catch {
    return null
  }
}

/** ipaddr.js's own four-part test, asked before its isValid(), which throws and catches on every non-address. */
const FOUR_PART_DECIMAL = /^(0|[1-9]\d*)(\.(0|[1-9]\d*)){3}$/

/**
 * URL hosts may be literal addresses (`http://10.0.0.1/`, `http://[::1]/`). Most hosts are names:
 * ipaddr.js's isValidFourPartDecimal() built and caught an exception for each of them (15 % of an
 * import's main thread in a profile), so its cheap pattern test runs first (same answer).
 */
function addressOfHost(host: string): Cidr | null {
  const bare = host.replace(/^\[|\]$/g, '')
  if (FOUR_PART_DECIMAL.test(bare) && ipaddr.IPv4.isValid(bare)) return [ipaddr.parse(bare), 32]
  if (ipaddr.IPv6.isValid(bare)) return [ipaddr.parse(bare), 128]
  return null
}

/** A network (or host) lies in a listed range when its address is inside and it is no wider. */
const inside = ([addr, prefix]: Cidr, [net, netPrefix]: Cidr): boolean =>
  addr.kind() === net.kind() && prefix >= netPrefix && addr.match(net, netPrefix)

/** `mail.google.com` is covered by `google.com`. */
function domainCovered(domain: string, listed: Set<string>): boolean {
  for (let d = domain; d.includes('.'); d = d.slice(d.indexOf('.') + 1)) if (listed.has(d)) return true
  return false
}

function hostOfKey(key: string): string | null {
  if (key.startsWith('domain:')) return key.slice('domain:'.length)
  if (key.startsWith('email:')) return key.slice(key.lastIndexOf('@') + 1)
  if (key.startsWith('url:')) {
    try {
      return new URL(key.slice('url:'.length)).hostname
    } catch {
      return null
    }
  }
  return null
}

export class WarningLists {
  readonly #lists: CompiledList[] = []

  constructor(extraLists: readonly WarningList[] = []) {
    for (const list of [...SHIPPED_WARNING_LISTS, ...extraLists]) this.add(list)
  }

  add(list: WarningList): void {
    this.#lists.push(compile(list))
  }

  /** The name of the first list that covers this index key, or null. */
  match(key: string): string | null {
    const v4 = v4RangeOfKey(key)
    if (v4 !== null) {
      for (const list of this.#lists) {
        if (list.keys.has(key) || list.v4.some(([first, last]) => v4[0] >= first && v4[1] <= last)) return list.name
      }
      return null
    }
    const address = addressOfKey(key)
    const host = hostOfKey(key)
    const hostAddress = host === null ? null : addressOfHost(host)
    for (const list of this.#lists) {
      if (list.keys.has(key)) return list.name
      if (address !== null && list.cidrs.some((c) => inside(address, c))) return list.name
      if (hostAddress !== null && list.cidrs.some((c) => inside(hostAddress, c))) return list.name
      if (host !== null && domainCovered(host, list.domains)) return list.name
    }
    return null
  }
}
