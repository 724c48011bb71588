import { describe, expect, it } from 'vitest'
import { durations, humanDuration, ratings, share } from './metrics.figures'

describe('metric figures a person can read', () => {
  it.each([
    [0, '0 s'],
    [59.4, '59 s'],
    [60, '1 min'],
    [3599, '1 h'],
    [3600, '1 h'],
    [12_000, '3 h 20 min'],
    [172_800, '2 d'],
    [187_200, '2 d 4 h'],
  ])('%s seconds read as %s', (s, words) => {
    expect(humanDuration(s)).toBe(words)
  })

  it('rounds durations to the second and gives the median in words', () => {
    expect(durations([10.4, null, 20.6, 3600.2])).toEqual({ count: 3, medianSeconds: 21, meanSeconds: 1210, median: '21 s' })
    expect(durations([null])).toEqual({ count: 0, medianSeconds: null, meanSeconds: null, median: null })
  })

  it('rounds shares to three decimals and rating means to two', () => {
    expect(share(1, 3)).toBe(0.333)
    expect(share(0, 0)).toBeNull()
    expect(ratings([5, 4, 4, null])).toEqual({ count: 3, mean: 4.33 })
    expect(ratings([])).toEqual({ count: 0, mean: null })
  })
})
