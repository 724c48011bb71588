import { describe, expect, it } from 'vitest'
import { nameUuid, newId } from './ids'

describe('nameUuid (UUID version 5)', () => {
  it('gives RFC 9562\u2019s published value for the DNS namespace and www.example.com', () => {
    expect(nameUuid('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2')
  })

  it('is stable for a name and distinct across names', () => {
    const ns = newId()
    expect(nameUuid(ns, 'inbox:a')).toBe(nameUuid(ns, 'inbox:a'))
    expect(nameUuid(ns, 'inbox:a')).not.toBe(nameUuid(ns, 'inbox:b'))
  })

  it('refuses a namespace that is not a UUID', () => {
    expect(() => nameUuid('not-a-uuid', 'x')).toThrow(/namespace/)
  })
})
