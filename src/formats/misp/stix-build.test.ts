import { describe, expect, it } from 'vitest'
import { patternOf, sco, uuidV5 } from './stix-build'
import { equalityObservables, parsePattern } from '../observables'

describe('stix-build', () => {
  it('computes RFC 4122 version 5 UUIDs (known vector: DNS namespace, www.example.com)', () => {
    expect(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2')
  })

  it('derives SCO ids from their ID-contributing properties only', () => {
    const a = sco('domain-name', { value: 'evil.example' }, 'seed-a')
    const b = sco('domain-name', { value: 'evil.example', resolves_to_refs: ['ipv4-addr--x'] }, 'seed-b')
    expect(a.id).toBe(b.id)
    expect(sco('domain-name', { value: 'other.example' }, 'seed-a').id).not.toBe(a.id)
  })

  it('writes patterns that parse back to the same comparisons', () => {
    const pattern = patternOf([
      { path: 'file:name', value: "it's \\ odd" },
      { path: "file:hashes.'SHA-256'", value: 'ab' },
      { path: 'network-traffic:dst_port', value: 443 },
    ])
    expect(equalityObservables(parsePattern(pattern))).toEqual([
      { type: 'file', path: 'name', value: "it's \\ odd" },
      { type: 'file', path: 'hashes.SHA-256', value: 'ab' },
      { type: 'network-traffic', path: 'dst_port', value: '443' },
    ])
  })
})
