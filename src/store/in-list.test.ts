import { describe, expect, it } from 'vitest'
import { padInList } from './in-list'

describe('padInList', () => {
  it('pads to the next fixed length by repeating the last value, so the set of values is unchanged', () => {
    expect(padInList(['a', 'b', 'c'], 500)).toEqual(['a', 'b', 'c', 'c', 'c', 'c', 'c', 'c'])
    const padded = padInList(Array.from({ length: 130 }, (_, i) => i), 500)
    expect(padded).toHaveLength(256)
    expect(new Set(padded)).toEqual(new Set(Array.from({ length: 130 }, (_, i) => i)))
  })

  it('gives a handful of lengths for every batch size up to the maximum', () => {
    const lengths = new Set(Array.from({ length: 500 }, (_, i) => padInList(Array(i + 1).fill('x'), 500).length))
    expect([...lengths].sort((a, b) => a - b)).toEqual([8, 16, 32, 64, 128, 256, 500])
  })

  it('never truncates a list longer than the maximum, and refuses an empty one', () => {
    expect(padInList(Array(600).fill(1), 500)).toHaveLength(600)
    expect(() => padInList([], 500)).toThrow(/empty/)
  })
})
