import { describe, expect, it } from 'vitest'
import { editDistance, nearest } from './nearest'

describe('the nearest allowed values', () => {
  it('counts edits', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3)
    expect(editDistance('', 'abc')).toBe(3)
    expect(editDistance('same', 'same')).toBe(0)
    expect(editDistance('hihg', 'high')).toBe(1)
  })

  it('finds a typo, a wrong case and a prefix', () => {
    const sectors = ['energy', 'energy-electricity', 'energy-gas', 'health', 'transport', 'banking']
    expect(nearest('enrgy', sectors)).toEqual(['energy'])
    expect(nearest('Health', sectors)).toEqual(['health'])
    expect(nearest('energ', sectors)).toEqual(['energy', 'energy-electricity', 'energy-gas'])
    expect(nearest('malware-analisys', ['malware-analysis', 'digital-forensics'])).toEqual(['malware-analysis'])
  })

  it('offers nothing when nothing is close', () => {
    expect(nearest('zzzzzz', ['energy', 'health'])).toEqual([])
    expect(nearest('', ['energy'])).toEqual([])
  })
})
