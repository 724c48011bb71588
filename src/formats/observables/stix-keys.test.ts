import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { observableKeysOfStix, type StixLikeObject } from './stix-keys'
import { NO_SHARED_DATA, SHARED_DATA, jsonFilesUnder, stixObjectsIn } from './shared-data.test-helper'

const sco = (type: string, props: Record<string, unknown>): StixLikeObject => ({ type, id: `${type}--00000000-0000-4000-8000-000000000000`, ...props })
const indicator = (pattern: string, pattern_type = 'stix'): StixLikeObject => sco('indicator', { pattern, pattern_type })

describe('observableKeysOfStix on cyber observables', () => {
  it.each([
    [sco('ipv4-addr', { value: '198.51.100.3' }), ['ipv4:198.51.100.3']],
    [sco('ipv6-addr', { value: '2001:DB8:0::1' }), ['ipv6:2001:db8::1']],
    [sco('domain-name', { value: 'Evil.Example.' }), ['domain:evil.example']],
    [sco('url', { value: 'HTTP://evil.example:80/a' }), ['url:http://evil.example/a']],
    [sco('email-addr', { value: 'Boss@Evil.Example' }), ['email:Boss@evil.example']],
    [sco('mac-addr', { value: '00:1A:2B:3C:4D:5E' }), ['mac:00:1a:2b:3c:4d:5e']],
    [sco('mutex', { name: 'Global\\x' }), ['mutex:Global\\x']],
    [sco('windows-registry-key', { key: 'HKEY_LOCAL_MACHINE\\Software\\Run' }), ['regkey:HKEY_LOCAL_MACHINE\\Software\\Run']],
    [sco('autonomous-system', { number: 15169 }), ['asn:15169']],
    [
      sco('file', { name: 'a.exe', hashes: { MD5: 'D41D8CD98F00B204E9800998ECF8427E', 'SHA-256': 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 'SHA3-256': 'ff' } }),
      ['md5:d41d8cd98f00b204e9800998ecf8427e', 'sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 'filename:a.exe'],
    ],
    [sco('x509-certificate', { hashes: { 'SHA-1': 'DA39A3EE5E6B4B0D3255BFEF95601890AFD80709' }, serial_number: '01:02' }), ['sha1:da39a3ee5e6b4b0d3255bfef95601890afd80709', 'x509-serial:01:02']],
    [sco('email-message', { subject: 'Invoice', from_ref: 'email-addr--x' }), ['email-subject:Invoice']],
    [sco('network-traffic', { extensions: { 'http-request-ext': { request_method: 'get', request_value: '/', request_header: { 'User-Agent': 'Evil/1.0' } } } }), ['user-agent:Evil/1.0']],
    [sco('file', { hashes: { MD5: 'not-a-hash' } }), []],
    [sco('ipv4-addr', { value: 42 }), []],
    [sco('malware', { name: 'x', is_family: true }), []],
  ])('%j', (obj, keys) => {
    expect(observableKeysOfStix(obj)).toEqual(keys)
  })
})

describe('observableKeysOfStix on indicators', () => {
  it('indexes the positive equality comparisons of a stix pattern by kind', () => {
    const keys = observableKeysOfStix(
      indicator(
        "[ipv4-addr:value = '198.51.100.1' OR ipv6-addr:value = '2001:db8::1' OR domain-name:value = 'Evil.example' OR " +
          "url:value = 'http://evil.example/' OR email-addr:value = 'a@evil.example' OR file:hashes.'SHA-256' = " +
          "'E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855' OR file:hashes.MD5 = 'd41d8cd98f00b204e9800998ecf8427e' OR " +
          "network-traffic:dst_ref.value = '203.0.113.9' OR email-message:from_ref.value = 'b@evil.example'] " +
          "AND [domain-name:value NOT = 'good.example' AND mutex:name IN ('m1', 'm2')]",
      ),
    )
    expect(keys).toEqual([
      'ipv4:198.51.100.1',
      'ipv6:2001:db8::1',
      'domain:evil.example',
      'url:http://evil.example/',
      'email:a@evil.example',
      'sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      'md5:d41d8cd98f00b204e9800998ecf8427e',
      'ipv4:203.0.113.9',
      'email:b@evil.example',
      'mutex:m1',
      'mutex:m2',
    ])
  })

  it('gives nothing for unparseable, non-stix or valueless patterns, without throwing', () => {
    expect(observableKeysOfStix(indicator("[ipv4-addr:value = '1.2.3.4'"))).toEqual([])
    expect(observableKeysOfStix(indicator('alert tcp any any -> any any', 'snort'))).toEqual([])
    expect(observableKeysOfStix(indicator("[ipv4-addr:value = 'not an ip' AND file:size > 5]"))).toEqual([])
    expect(observableKeysOfStix(sco('indicator', { pattern_type: 'stix' }))).toEqual([])
  })

  it.skipIf(NO_SHARED_DATA)('indexes the OASIS example indicators', () => {
    const objects = jsonFilesUnder(join(SHARED_DATA, 'stix2.1-examples')).flatMap(stixObjectsIn) as StixLikeObject[]
    const indicators = objects.filter((o) => o.type === 'indicator')
    const keyed = indicators.filter((o) => observableKeysOfStix(o).length > 0)
    // A few example patterns test only non-equality (MATCHES) or unindexed properties.
    expect(keyed.length).toBeGreaterThan(indicators.length * 0.8)
    const all = indicators.flatMap(observableKeysOfStix)
    expect(all).toContain('domain:hugesoft.org')
    expect(all).toContain('md5:001dd76872d80801692ff942308c64e6')
    expect(all).toContain('ipv4:223.166.0.0/15')
  })
})
