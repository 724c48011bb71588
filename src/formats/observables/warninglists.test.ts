import fc from 'fast-check'
import ipaddr from 'ipaddr.js'
import { describe, expect, it } from 'vitest'
import { SHIPPED_WARNING_LISTS, WarningLists, type WarningList } from './warninglists'
import { propertyRuns } from '../../../test/property-runs'

describe('WarningLists', () => {
  const lists = new WarningLists()

  it.each([
    ['ipv4:10.20.30.40', /RFC 1918/],
    ['ipv4:192.168.1.0/24', /RFC 1918/],
    ['ipv4:100.64.3.1', /RFC 6598/],
    ['ipv4:127.0.0.1', /RFC 1918/],
    ['ipv4:169.254.10.10', /RFC 1918/],
    ['ipv4:198.51.100.1', /RFC 5737/],
    ['ipv6:fe80::1', /IPv6/],
    ['ipv6:2001:db8::/48', /IPv6/],
    ['ipv6:::1', /IPv6/],
    ['ipv4:8.8.8.8', /public DNS/],
    ['ipv6:2606:4700:4700::1111', /public DNS/],
    ['domain:google.com', /Top domains/],
    ['domain:mail.google.com', /Top domains/],
    ['url:https://github.com/x/y', /Top domains/],
    ['url:http://192.168.0.1/admin', /RFC 1918/],
    ['email:someone@microsoft.com', /Top domains/],
    ['md5:d41d8cd98f00b204e9800998ecf8427e', /empty files/],
    ['sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', /empty files/],
  ])('flags %s', (key, list) => {
    expect(lists.match(key)).toMatch(list)
  })

  it.each([
    'ipv4:8.8.8.9',
    'ipv4:11.0.0.1',
    'ipv4:10.0.0.0/7', // wider than the listed range: not all of it is private
    'ipv6:2001:4860::1',
    'domain:notgoogle.com',
    'domain:google.com.evil.example',
    'url:https://evil.example/github.com',
    'md5:00000000000000000000000000000000',
    'mutex:google.com',
  ])('does not flag %s', (key) => {
    expect(lists.match(key)).toBeNull()
  })

  it('takes extra lists of bare values and index keys, at construction or later', () => {
    const custom = new WarningLists([{ name: 'our sinkholes', entries: ['203.0.113.0/24', 'sinkhole.example'] }])
    custom.add({ name: 'our mutexes', entries: ['mutex:Global\\benign'] })
    expect(custom.match('domain:a.sinkhole.example')).toBe('our sinkholes')
    expect(custom.match('mutex:Global\\benign')).toBe('our mutexes')
    expect(custom.match('mutex:Global\\other')).toBeNull()
  })
})

describe('WarningLists on IPv4 keys', () => {
  // The numeric fast path must answer exactly as ipaddr.js containment over every listed entry.
  const extra: WarningList = { name: 'extra', entries: ['203.0.113.0/25', '198.18.0.0/15', '8.8.4.4'] }
  const lists = new WarningLists([extra])
  const v4Entries = [...SHIPPED_WARNING_LISTS, extra]
    .flatMap((l) => l.entries)
    .filter((e) => ipaddr.isValidCIDR(e) || ipaddr.IPv4.isValidFourPartDecimal(e))
    .map((e) => (e.includes('/') ? ipaddr.parseCIDR(e) : ([ipaddr.parse(e), e.includes(':') ? 128 : 32] as [ipaddr.IPv4 | ipaddr.IPv6, number])))
    .filter(([a]) => a.kind() === 'ipv4')
  const reference = (key: string): boolean => {
    const [addr, prefix] = key.includes('/') ? ipaddr.parseCIDR(key.slice(5)) : [ipaddr.parse(key.slice(5)), 32]
    return v4Entries.some(([net, bits]) => prefix >= bits && addr.match(net, bits))
  }
  const octet = fc.integer({ min: 0, max: 255 })
  const key = fc
    .tuple(fc.constantFrom(10, 172, 192, 127, 203, 198, 8, 11, 100, 169, 224), octet, octet, octet, fc.option(fc.integer({ min: 4, max: 32 }), { nil: null }))
    .map(([a, b, c, d, p]) =>
      p === null ? `ipv4:${a}.${b}.${c}.${d}` : `ipv4:${ipaddr.IPv4.networkAddressFromCIDR(`${a}.${b}.${c}.${d}/${p}`).toString()}/${p}`,
    )

  it('agrees with ipaddr.js containment over random addresses and networks', () => {
    expect(v4Entries.length).toBeGreaterThan(5)
    fc.assert(
      fc.property(key, (k) => {
        expect(lists.match(k) !== null, k).toBe(reference(k))
      }),
      { numRuns: propertyRuns(5000) },
    )
  })
})
