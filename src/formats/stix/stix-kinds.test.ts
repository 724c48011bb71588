import { describe, expect, it } from 'vitest'
import { SCO_TYPES, SDO_TYPES, stixKind, typeOfId } from './stix-kinds'

describe('stixKind', () => {
  it('names the 19 SDOs and 18 SCOs of STIX 2.1', () => {
    expect(SDO_TYPES).toHaveLength(19)
    expect(SCO_TYPES).toHaveLength(18)
    expect(SDO_TYPES.every((t) => stixKind(t) === 'sdo')).toBe(true)
    expect(SCO_TYPES.every((t) => stixKind(t) === 'sco')).toBe(true)
  })

  it.each([
    ['relationship', 'sro'],
    ['sighting', 'sro'],
    ['marking-definition', 'marking'],
    ['language-content', 'meta'],
    ['extension-definition', 'meta'],
    ['x-mitre-tactic', 'custom'],
    ['bundle', 'custom'],
  ])('%s is %s', (type, kind) => {
    expect(stixKind(type)).toBe(kind)
  })
})

describe('typeOfId', () => {
  it('reads the type of an identifier, or null', () => {
    expect(typeOfId('attack-pattern--0042a9f5-f053-4769-b3ef-9ad018dfa298')).toBe('attack-pattern')
    expect(typeOfId('nonsense')).toBeNull()
  })
})
