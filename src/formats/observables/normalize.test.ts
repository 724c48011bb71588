import { describe, expect, it } from 'vitest'
import { normalizeLookupValue, normalizeObservable } from './normalize'

describe('normalizeObservable', () => {
  it.each([
    ['ipv4', ' 198.51.100.1 ', '198.51.100.1'],
    ['ipv4', '10.1.2.3/8', '10.0.0.0/8'],
    ['ipv4', '198.51.100.7/32', '198.51.100.7'],
    ['ipv4', '010.1.1.1', null],
    ['ipv4', '1.2.3', null],
    ['ipv4', '256.1.1.1', null],
    ['ipv4', '2001:db8::1', null],
    ['ipv6', '2001:0DB8:0000:0000:0000:0000:0000:0001', '2001:db8::1'],
    ['ipv6', '2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1'],
    ['ipv6', '2001:db8::5/32', '2001:db8::/32'],
    ['ipv6', '2001:db8::5/128', '2001:db8::5'],
    ['ipv6', '1.2.3.4', null],
    ['domain', 'WWW.Example.COM.', 'www.example.com'],
    ['domain', 'münchen.de', 'xn--mnchen-3ya.de'],
    ['domain', '_dmarc.example.org', '_dmarc.example.org'],
    ['domain', 'localhost', null],
    ['domain', 'bad domain.com', null],
    ['domain', '-x.example', null],
    ['domain', '1.2.3.4', null],
    ['url', 'HTTP://Example.COM:80/a/B?q=1#f', 'http://example.com/a/B?q=1#f'],
    ['url', 'https://example.com:443', 'https://example.com/'],
    ['url', 'https://example.com:8443/x', 'https://example.com:8443/x'],
    ['url', 'http://bücher.example/', 'http://xn--bcher-kva.example/'],
    ['url', 'example.com/path', null],
    ['url', 'mailto:a@b.example', null],
    ['url', 'http://', null],
    ['email', 'John.Doe@Example.COM', 'John.Doe@example.com'],
    ['email', 'no-at-sign', null],
    ['email', '@example.com', null],
    ['md5', 'D41D8CD98F00B204E9800998ECF8427E', 'd41d8cd98f00b204e9800998ecf8427e'],
    ['md5', 'd41d8cd98f00b204e9800998ecf8427', null],
    ['sha1', 'DA39A3EE5E6B4B0D3255BFEF95601890AFD80709', 'da39a3ee5e6b4b0d3255bfef95601890afd80709'],
    ['sha256', '3a3468fa89b2ab7cbfe5400858a8ec0066e9e8de', null],
    ['sha256', 'z'.repeat(64), null],
    ['ssdeep', '6144:BvqbV6zoA5yJJ1entjx+UJlVshhKuqMrgyN:BvqbV6zoA5yJJ1entjx', '6144:BvqbV6zoA5yJJ1entjx+UJlVshhKuqMrgyN:BvqbV6zoA5yJJ1entjx'],
    ['ssdeep', '6144:BvqbV6zoA5yJJ1entjx+UJlVshhKuqMrgyN', null],
    ['mac', '00-1A-2B-3C-4D-5E', '00:1a:2b:3c:4d:5e'],
    ['mac', '001a.2b3c.4d5e', '00:1a:2b:3c:4d:5e'],
    ['mac', '00:1a:2b:3c:4d', null],
    ['asn', 'AS66642', '66642'],
    ['asn', '3356', '3356'],
    ['asn', 'ASX', null],
    ['mutex', 'Global\\MyMutex', 'Global\\MyMutex'],
    ['filename', 'Invoice.PDF.exe', 'Invoice.PDF.exe'],
    ['vulnerability', 'cve-2017-11774', 'CVE-2017-11774'],
  ] as const)('%s %j -> %j', (kind, raw, expected) => {
    expect(normalizeObservable(kind, raw)).toBe(expected)
  })
})

describe('normalizeLookupValue', () => {
  it.each([
    ['198.51.100.1', ['ipv4:198.51.100.1']],
    ['10.9.8.7/8', ['ipv4:10.0.0.0/8']],
    ['2001:DB8::1', ['ipv6:2001:db8::1']],
    ['Evil.Example.com', ['domain:evil.example.com']],
    ['https://Evil.example.com/x', ['url:https://evil.example.com/x']],
    ['Phish@Evil.Example', ['email:Phish@evil.example']],
    ['D41D8CD98F00B204E9800998ECF8427E', ['md5:d41d8cd98f00b204e9800998ecf8427e']],
    ['da39a3ee5e6b4b0d3255bfef95601890afd80709', ['sha1:da39a3ee5e6b4b0d3255bfef95601890afd80709']],
    ['e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', ['sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855']],
    ['00:1a:2b:3c:4d:5e', ['mac:00:1a:2b:3c:4d:5e']],
    ['AS3356', ['asn:3356']],
    ['CVE-2021-44228', ['vulnerability:CVE-2021-44228']],
    ['not a value', []],
    ['   ', []],
  ])('%j -> %j', (raw, keys) => {
    expect(normalizeLookupValue(raw)).toEqual(keys)
  })
})
